import { speedOfLightMps } from './constants.js'

/**
 * Effective environment height hE used for UMa, m: fixed at 1 m.
 *
 * TR 38.901 Table 7.4.1-1 note 1 makes hE = 1 m with probability 1/(1 + C(d2D, hUT)) and otherwise
 * draws it from {12, 15, …, hUT − 1.5} m; C = 0 below hUT = 13 m, so every ground UE has hE = 1 m
 * exactly. Above 13 m Certus keeps hE = 1 m so that maps are deterministic (radio-models.md §6 trap 5);
 * {@link umaEnvironmentHeightOneProbability} gives the spec's probability for a Monte-Carlo variant.
 */
export const umaEnvironmentHeightM = 1

/** Effective environment height hE of UMi-Street Canyon, m: always 1 m (TR 38.901 Table 7.4.1-1 note 1). */
export const umiEnvironmentHeightM = 1

/**
 * Probability that hE = 1 m in UMa, 1/(1 + C(d2D, hUT)) (TR 38.901 Table 7.4.1-1 note 1), with
 * C = 0 for hUT < 13 m, else ((hUT − 13)/10)^1.5 · g(d2D), g = 0 for d2D ≤ 18 m and
 * (5/4)(d2D/100)³·exp(−d2D/150) above. Distances and heights in m.
 */
export function umaEnvironmentHeightOneProbability(distance2dM: number, utHeightM: number): number {
  if (utHeightM < 13 || distance2dM <= 18) return 1
  const g = 1.25 * (distance2dM / 100) ** 3 * Math.exp(-distance2dM / 150)
  return 1 / (1 + ((utHeightM - 13) / 10) ** 1.5 * g)
}

/**
 * UMa breakpoint distance d'BP = 4·h'BS·h'UT·fc/c with h' = h − hE, hE = {@link umaEnvironmentHeightM}
 * (TR 38.901 Table 7.4.1-1 note 1), m. Heights in m, fc in GHz (converted to Hz here).
 */
export function umaBreakpointDistanceM(bsHeightM: number, utHeightM: number, fcGhz: number): number {
  return (4 * (bsHeightM - umaEnvironmentHeightM) * (utHeightM - umaEnvironmentHeightM) * fcGhz * 1e9) / speedOfLightMps
}

/** UMi-Street Canyon breakpoint distance d'BP = 4·(hBS − 1)·(hUT − 1)·fc/c (TR 38.901 Table 7.4.1-1 note 1), m; fc in GHz. */
export function umiBreakpointDistanceM(bsHeightM: number, utHeightM: number, fcGhz: number): number {
  return (4 * (bsHeightM - umiEnvironmentHeightM) * (utHeightM - umiEnvironmentHeightM) * fcGhz * 1e9) / speedOfLightMps
}

/** RMa breakpoint distance dBP = 2π·hBS·hUT·fc/c, no effective height (TR 38.901 Table 7.4.1-1 note 5), m; fc in GHz. */
export function rmaBreakpointDistanceM(bsHeightM: number, utHeightM: number, fcGhz: number): number {
  return (2 * Math.PI * bsHeightM * utHeightM * fcGhz * 1e9) / speedOfLightMps
}
