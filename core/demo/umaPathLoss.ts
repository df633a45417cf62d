/**
 * TR 38.901 UMa large-scale path loss (clause 7.4.1, Table 7.4.1-1) and LOS probability
 * (clause 7.4.2, Table 7.4.2-1) for outdoor UEs. Distances and heights in metres, fc in GHz inside
 * the formulas, the breakpoint with fc in Hz and c = 3.0e8 m/s, as ns-3 and Sionna implement them
 * (see docs/radio-models.md §1). Effective environment height hE = 1 m, which is exact for
 * hUT < 13 m (all ground UEs) and the usual deterministic choice above.
 */

const speedOfLightMps = 3.0e8
const environmentHeightM = 1

export interface UmaLink {
  /** Horizontal BS–UE distance; clamped to the 10 m lower validity limit. */
  distance2dM: number
  bsHeightM: number
  ueHeightM: number
  fcGhz: number
}

function distance3dM(link: UmaLink): number {
  return Math.hypot(Math.max(link.distance2dM, 10), link.bsHeightM - link.ueHeightM)
}

/** Breakpoint distance d'BP = 4 h'BS h'UT fc / c (Table 7.4.1-1 note 1), metres. */
export function umaBreakpointDistanceM(bsHeightM: number, ueHeightM: number, fcGhz: number): number {
  return (4 * (bsHeightM - environmentHeightM) * (ueHeightM - environmentHeightM) * fcGhz * 1e9) / speedOfLightMps
}

/** UMa LOS path loss in dB: PL1 up to d'BP, PL2 beyond (Table 7.4.1-1); the branch compares d2D. */
export function umaLosPathLossDb(link: UmaLink): number {
  const d3dM = distance3dM(link)
  const breakpointM = umaBreakpointDistanceM(link.bsHeightM, link.ueHeightM, link.fcGhz)
  if (Math.max(link.distance2dM, 10) <= breakpointM) return 28.0 + 22 * Math.log10(d3dM) + 20 * Math.log10(link.fcGhz)
  return (
    28.0 +
    40 * Math.log10(d3dM) +
    20 * Math.log10(link.fcGhz) -
    9 * Math.log10(breakpointM ** 2 + (link.bsHeightM - link.ueHeightM) ** 2)
  )
}

/** UMa NLOS path loss in dB: max(PL_LOS, PL'_NLOS) (Table 7.4.1-1). */
export function umaNlosPathLossDb(link: UmaLink): number {
  const nlosDb = 13.54 + 39.08 * Math.log10(distance3dM(link)) + 20 * Math.log10(link.fcGhz) - 0.6 * (link.ueHeightM - 1.5)
  return Math.max(umaLosPathLossDb(link), nlosDb)
}

/** UMa LOS probability for an outdoor UE (Table 7.4.2-1), 0…1. */
export function umaLosProbability(distance2dM: number, ueHeightM: number): number {
  if (distance2dM <= 18) return 1
  const heightFactor = ueHeightM <= 13 ? 0 : ((Math.min(ueHeightM, 23) - 13) / 10) ** 1.5
  const base = 18 / distance2dM + Math.exp(-distance2dM / 63) * (1 - 18 / distance2dM)
  return base * (1 + heightFactor * 1.25 * (distance2dM / 100) ** 3 * Math.exp(-distance2dM / 150))
}

/** Shadow-fading standard deviations of UMa in dB (Table 7.4.1-1): LOS 4, NLOS 6. */
export const umaShadowFadingSigmaDb = { los: 4, nlos: 6 } as const

/** Shadow-fading decorrelation distances of UMa in metres (TR 38.901 Table 7.5-6): LOS 37, NLOS 50. */
export const umaShadowDecorrelationM = { los: 37, nlos: 50 } as const

/** Correlation distance of the UMa LOS/NLOS state for spatial consistency, metres (TR 38.901 Table 7.6.3.1-2 as several public simulators use it; spec text not checked). */
export const umaLosStateDecorrelationM = 50
