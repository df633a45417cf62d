import { verdictCodes } from '../../api/schemas/feasibilitySchemas.js'

/** A point the service cannot be promised at: it fails a target or nothing is known there. */
export const isUnserved = (verdictCode: number): boolean => verdictCode === verdictCodes.fail || verdictCode === verdictCodes['no-data']

/**
 * Expected interruption along a route, seconds per flight hour. Model (stated with every result):
 * the drone flies the route once at a constant ground speed `speedMps`; each point stands for the
 * ground between the midpoints to its neighbours; the picture is frozen or corrupted while the drone
 * crosses a stretch of consecutive unserved points (fail or no data) and for `recoveryS` after it,
 * while the decoder heals (TS 26.114 §16.2.1 corruption duration: from the last good frame to the
 * next good one; sla-and-qoe-models.md §7 A6). So
 *   interruption = 3600 · Σ_stretches (L_stretch / v + T_rec) / (L_route / v), capped at 3600.
 * A route of zero length falls back to the share of unserved points.
 */
export function routeInterruptionSecondsPerHour(verdict: ArrayLike<number>, alongM: ArrayLike<number>, speedMps: number, recoveryS: number): number {
  const n = verdict.length
  if (n === 0) return 0
  const routeM = (alongM[n - 1] as number) - (alongM[0] as number)
  if (!(routeM > 0)) return areaInterruptionSecondsPerHour(verdict)
  let interruptedS = 0
  let stretchM = 0
  for (let i = 0; i < n; i++) {
    if (isUnserved(verdict[i] as number)) {
      const before = i > 0 ? ((alongM[i] as number) - (alongM[i - 1] as number)) / 2 : 0
      const after = i < n - 1 ? ((alongM[i + 1] as number) - (alongM[i] as number)) / 2 : 0
      stretchM += before + after
      continue
    }
    if (i > 0 && isUnserved(verdict[i - 1] as number)) {
      interruptedS += stretchM / speedMps + recoveryS
      stretchM = 0
    }
  }
  if (isUnserved(verdict[n - 1] as number)) interruptedS += stretchM / speedMps + recoveryS
  return Math.min(3600, (3600 * interruptedS) / (routeM / speedMps))
}

/**
 * Expected interruption over an area, seconds per hour: a drone working the area is equally likely
 * to be at any of its grid points, so the time share of unserved points × 3600.
 */
export function areaInterruptionSecondsPerHour(verdict: ArrayLike<number>): number {
  if (verdict.length === 0) return 0
  let unserved = 0
  for (let i = 0; i < verdict.length; i++) if (isUnserved(verdict[i] as number)) unserved++
  return (3600 * unserved) / verdict.length
}

/** The model in words, for the result and the report. */
export function describeInterruptionModel(kind: 'route' | 'area', speedMps: number, recoveryS: number): string {
  if (kind === 'area') return 'area: interruption = 3600 s × share of grid points that fail or have no data (the drone is equally likely to be anywhere in the area); altitudes weighted equally'
  return (
    `route flown at ${speedMps} m/s: the video is interrupted while crossing each stretch of consecutive points that fail or have no data ` +
    `and for ${recoveryS} s after it (recovery, TS 26.114 §16.2.1 corruption duration); ` +
    'interruption = 3600 s × Σ(stretch length / speed + recovery) / (route length / speed); altitudes flown for equal times (mean)'
  )
}
