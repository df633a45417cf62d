// TR 38.901 Table 7.4.2-1, LOS probability of outdoor UTs (for indoor UTs pass d2D-out). Distances
// and heights in m; results 0…1.

/** RMa LOS probability (TR 38.901 Table 7.4.2-1, RMa): 1 up to 10 m, else exp(−(d2D − 10)/1000). */
export function rmaLosProbability(distance2dM: number): number {
  return distance2dM <= 10 ? 1 : Math.exp(-(distance2dM - 10) / 1000)
}

/** UMi-Street Canyon LOS probability (TR 38.901 Table 7.4.2-1, UMi-SC): 1 up to 18 m, else 18/d2D + exp(−d2D/36)·(1 − 18/d2D). */
export function umiLosProbability(distance2dM: number): number {
  if (distance2dM <= 18) return 1
  return 18 / distance2dM + Math.exp(-distance2dM / 36) * (1 - 18 / distance2dM)
}

/**
 * UMa LOS probability (TR 38.901 Table 7.4.2-1, UMa): 1 up to 18 m, else
 * [18/d2D + exp(−d2D/63)·(1 − 18/d2D)]·[1 + C'(hUT)·(5/4)·(d2D/100)³·exp(−d2D/150)],
 * C' = 0 for hUT ≤ 13 m, ((hUT − 13)/10)^1.5 for 13 < hUT ≤ 23 m. The table stops at 23 m; above it C'
 * is held at its 23 m value (only reached by callers that skip the 22.5 m validity check, like the demo).
 * For hUT > 13 m the product exceeds 1 just beyond 18 m (by up to 0.6 % at hUT 22.5 m, as written in
 * the table); it is capped at 1, a probability.
 */
export function umaLosProbability(distance2dM: number, utHeightM: number): number {
  if (distance2dM <= 18) return 1
  const heightFactor = utHeightM <= 13 ? 0 : ((Math.min(utHeightM, 23) - 13) / 10) ** 1.5
  const base = 18 / distance2dM + Math.exp(-distance2dM / 63) * (1 - 18 / distance2dM)
  return Math.min(1, base * (1 + heightFactor * 1.25 * (distance2dM / 100) ** 3 * Math.exp(-distance2dM / 150)))
}

/**
 * Correlation distance of the UMa LOS/NLOS state for spatial consistency, m: 50 (TR 38.901
 * Table 7.6.3.1-2 as several public simulators use it; spec text not checked, UNVERIFIED).
 */
export const umaLosStateDecorrelationM = 50
