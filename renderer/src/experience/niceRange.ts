/**
 * [low, high] widened to whole steps of 1, 2 or 5 × 10ⁿ (about five steps across), so that axis ends
 * fall on round numbers: niceRange(15.3, 1480) = [0, 1500].
 */
export function niceRange(low: number, high: number): [number, number] {
  if (!(high > low)) return [low - 1, low + 1]
  const rough = (high - low) / 5
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude
  // toPrecision drops the binary noise of a decimal step (3 × 0.2 = 0.6000000000000001).
  const round = (value: number): number => Number(value.toPrecision(12))
  return [round(Math.floor(low / step) * step), round(Math.ceil(high / step) * step)]
}
