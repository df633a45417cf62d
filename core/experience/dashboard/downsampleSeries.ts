/** Default maximum of points of a KQI dashboard's series. */
export const defaultMaxSeriesPoints = 600

/**
 * A series of at most `maxPoints` points: itself when short enough, else bucket means — the points cut
 * into maxPoints runs of (nearly) equal length, each replaced by its mean x and mean value. Means keep
 * the level of every stretch, where picking every k-th point would alias 1 s fluctuations.
 */
export function downsampleSeries(x: ArrayLike<number>, values: ArrayLike<number>, maxPoints: number): { x: number[]; values: number[] } {
  if (x.length !== values.length) throw new Error(`bug: ${x.length} x for ${values.length} values`)
  if (!Number.isInteger(maxPoints) || maxPoints < 1) throw new RangeError(`maxSeriesPoints must be a positive integer, not ${maxPoints}`)
  const n = x.length
  if (n <= maxPoints) return { x: Array.from(x), values: Array.from(values) }
  const outX: number[] = []
  const outValues: number[] = []
  for (let k = 0; k < maxPoints; k++) {
    const start = Math.floor((k * n) / maxPoints)
    const end = Math.floor(((k + 1) * n) / maxPoints)
    let sumX = 0
    let sumV = 0
    for (let i = start; i < end; i++) {
      sumX += x[i] as number
      sumV += values[i] as number
    }
    outX.push(sumX / (end - start))
    outValues.push(sumV / (end - start))
  }
  return { x: outX, values: outValues }
}
