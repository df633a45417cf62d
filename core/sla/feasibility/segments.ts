import { feasibilityVerdicts, verdictCodes, type FeasibilitySegment, type FeasibilityVerdict } from '../../api/schemas/feasibilitySchemas.js'
import type { PredictionPoints } from '../../coverage/predictionPoints.js'
import type { EvaluatedColumns } from './evaluateLayer.js'
import type { PointCheck } from './pointChecks.js'

/** Where each point falls: the segment layout is the same at every altitude. */
export interface SegmentLayout {
  /** Per point of a layer, its segment's index within the layer. */
  segmentOfPoint: Int32Array
  segments: { fromM: number | null; toM: number | null; block: { column: number; row: number } | null }[]
}

/**
 * Routes: consecutive points grouped by distance from the start into stretches of `segmentLengthM`
 * (the last one takes the remainder, so it is never a lone end point). Areas: the grid's cells
 * grouped into square blocks of about `segmentLengthM` (round(segmentLengthM / grid spacing) cells a
 * side), numbered in the order the grid lists them.
 */
export function layoutSegments(points: PredictionPoints, segmentLengthM: number): SegmentLayout {
  const n = points.lon.length
  const segmentOfPoint = new Int32Array(n)
  if (points.alongM !== undefined) {
    const totalM = n === 0 ? 0 : (points.alongM[n - 1] as number)
    const last = Math.max(0, Math.ceil(totalM / segmentLengthM - 1e-9) - 1)
    const segments: SegmentLayout['segments'] = []
    let previous = -1
    for (let i = 0; i < n; i++) {
      const k = Math.min(last, Math.floor((points.alongM[i] as number) / segmentLengthM))
      // Distances only grow along the route; a stretch without a point (spacing > length) is skipped.
      if (k !== previous) segments.push({ fromM: k * segmentLengthM, toM: Math.min((k + 1) * segmentLengthM, totalM), block: null })
      previous = k
      segmentOfPoint[i] = segments.length - 1
    }
    return { segmentOfPoint, segments }
  }
  if (points.grid === undefined) throw new Error('bug: prediction points carry neither a route distance nor a grid')
  const side = Math.max(1, Math.round(segmentLengthM / points.grid.resolutionM))
  const indexOfBlock = new Map<string, number>()
  const segments: SegmentLayout['segments'] = []
  for (let i = 0; i < n; i++) {
    const column = Math.floor((points.grid.column[i] as number) / side)
    const row = Math.floor((points.grid.row[i] as number) / side)
    const key = `${column},${row}`
    let index = indexOfBlock.get(key)
    if (index === undefined) {
      index = segments.length
      indexOfBlock.set(key, index)
      segments.push({ fromM: null, toM: null, block: { column, row } })
    }
    segmentOfPoint[i] = index
  }
  return { segmentOfPoint, segments }
}

export interface LayerSegmentsInput {
  layout: SegmentLayout
  altitudeM: number
  /** First point of the layer in the columns. */
  offset: number
  /** Index in the result's segment list of this layer's first segment. */
  firstIndex: number
  lon: Float64Array
  lat: Float64Array
  columns: EvaluatedColumns
  checks: readonly PointCheck[]
  cellNames: ReadonlyMap<number, string>
}

/**
 * The segments of one altitude layer: counts, verdict (the worst point's, with no data ranked
 * between marginal and fail: an unknown stretch cannot be promised, but it is not a known failure),
 * the failing targets, and the cells and SSB beams serving the offending points.
 */
export function layerSegments(input: LayerSegmentsInput): FeasibilitySegment[] {
  const { layout, columns, offset } = input
  const accumulators = layout.segments.map(() => newAccumulator(input.checks.length))
  for (let i = 0; i < input.lon.length; i++) {
    const a = accumulators[layout.segmentOfPoint[i] as number] as Accumulator
    const o = offset + i
    const verdict = columns.verdict[o] as number
    a.points.push(i)
    a.counts[verdict] = (a.counts[verdict] as number) + 1
    if (columns.source[o] === 0) a.measured++
    const mask = columns.failedMask[o] as number
    input.checks.forEach((_, k) => {
      if (mask & (1 << k)) a.failing[k] = (a.failing[k] as number) + 1
    })
  }
  return accumulators.map((a, index) => {
    const shape = layout.segments[index] as SegmentLayout['segments'][number]
    return {
      index: input.firstIndex + index,
      altitudeM: input.altitudeM,
      verdict: segmentVerdict(a.counts),
      ...shape,
      centre: centreOf(a.points, input.lon, input.lat),
      points: a.points.length,
      measuredPoints: a.measured,
      counts: { pass: a.counts[0] as number, marginal: a.counts[1] as number, fail: a.counts[2] as number, noData: a.counts[3] as number },
      failing: input.checks
        .map((check, k) => ({ targetId: check.targetId, points: a.failing[k] as number }))
        .filter((f) => f.points > 0)
        .sort((x, y) => y.points - x.points),
      servingCells: servingCells(a.points, offset, columns, input.cellNames),
    }
  })
}

interface Accumulator {
  points: number[]
  /** By verdict code. */
  counts: number[]
  measured: number
  failing: number[]
}

const newAccumulator = (checks: number): Accumulator => ({ points: [], counts: [0, 0, 0, 0], measured: 0, failing: new Array<number>(checks).fill(0) })

/** Severity for "worst": pass 0 < marginal 1 < no data 2 < fail 3. */
export const verdictSeverity: Readonly<Record<FeasibilityVerdict, number>> = { pass: 0, marginal: 1, 'no-data': 2, fail: 3 }

function segmentVerdict(counts: readonly number[]): FeasibilityVerdict {
  let worst: FeasibilityVerdict = 'pass'
  counts.forEach((count, code) => {
    const verdict = feasibilityVerdicts[code] as FeasibilityVerdict
    if (count > 0 && verdictSeverity[verdict] > verdictSeverity[worst]) worst = verdict
  })
  return worst
}

function centreOf(points: readonly number[], lon: Float64Array, lat: Float64Array): [number, number] {
  let sumLon = 0
  let sumLat = 0
  for (const i of points) {
    sumLon += lon[i] as number
    sumLat += lat[i] as number
  }
  return [sumLon / points.length, sumLat / points.length]
}

function servingCells(points: readonly number[], offset: number, columns: EvaluatedColumns, cellNames: ReadonlyMap<number, string>): FeasibilitySegment['servingCells'] {
  const offending = points.filter((i) => columns.verdict[offset + i] !== verdictCodes.pass)
  const chosen = offending.length > 0 ? offending : points
  const byCell = new Map<number, { beams: Set<number>; points: number }>()
  for (const i of chosen) {
    const cellId = columns.servingCellId[offset + i] as number
    if (cellId < 0) continue
    const entry = byCell.get(cellId) ?? { beams: new Set<number>(), points: 0 }
    entry.points++
    const beam = columns.beam[offset + i] as number
    if (beam >= 0) entry.beams.add(beam)
    byCell.set(cellId, entry)
  }
  return [...byCell.entries()]
    .map(([cellId, { beams, points: count }]) => ({ cellId, name: cellNames.get(cellId) ?? `cell ${cellId}`, beams: [...beams].sort((a, b) => a - b), points: count }))
    .sort((a, b) => b.points - a.points || a.cellId - b.cellId)
}

/** Offending segments, worst first: by severity, then by offending points, then by altitude and position. */
export function worstSegments(segments: readonly FeasibilitySegment[], limit: number): FeasibilitySegment[] {
  const offending = (s: FeasibilitySegment): number => s.counts.fail + s.counts.noData + s.counts.marginal
  return segments
    .filter((s) => s.verdict !== 'pass')
    .sort((a, b) => verdictSeverity[b.verdict] - verdictSeverity[a.verdict] || offending(b) - offending(a) || a.altitudeM - b.altitudeM || a.index - b.index)
    .slice(0, limit)
}
