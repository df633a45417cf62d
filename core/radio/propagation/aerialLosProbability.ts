// TR 36.777 Table B-1, LOS probability of aerial UTs in the aerial regime (radio-models.md §3.2).
// Generic form: 1 for d2D ≤ d1, else d1/d2D + exp(−d2D/p1)·(1 − d1/d2D). Distances and heights in m.

function generalLosProbability(distance2dM: number, d1M: number, p1M: number): number {
  if (distance2dM <= d1M) return 1
  return d1M / distance2dM + Math.exp(-distance2dM / p1M) * (1 - d1M / distance2dM)
}

/**
 * RMa-AV LOS probability (TR 36.777 Table B-1, RMa-AV): for 10 < hUT ≤ 40 m,
 * d1 = max(1350.8·log10(hUT) − 1602, 18), p1 = max(15021·log10(hUT) − 16053, 1000); 1 above 40 m.
 */
export function rmaAvLosProbability(distance2dM: number, utHeightM: number): number {
  if (utHeightM > 40) return 1
  const logHeight = Math.log10(utHeightM)
  return generalLosProbability(distance2dM, Math.max(1350.8 * logHeight - 1602, 18), Math.max(15021 * logHeight - 16053, 1000))
}

/**
 * UMa-AV LOS probability (TR 36.777 Table B-1, UMa-AV): for 22.5 < hUT ≤ 100 m,
 * d1 = max(460·log10(hUT) − 700, 18), p1 = 4300·log10(hUT) − 3800; 1 above 100 m.
 */
export function umaAvLosProbability(distance2dM: number, utHeightM: number): number {
  if (utHeightM > 100) return 1
  const logHeight = Math.log10(utHeightM)
  return generalLosProbability(distance2dM, Math.max(460 * logHeight - 700, 18), 4300 * logHeight - 3800)
}

/**
 * UMi-AV LOS probability (TR 36.777 Table B-1, UMi-AV): for 22.5 < hUT ≤ 300 m,
 * d1 = max(294.05·log10(hUT) − 432.94, 18), p1 = 233.98·log10(hUT) − 0.95. Keeps the d2D ≤ d1 → 1
 * clamp that av-nist omits (radio-models.md §3.6 item 4).
 */
export function umiAvLosProbability(distance2dM: number, utHeightM: number): number {
  const logHeight = Math.log10(utHeightM)
  return generalLosProbability(distance2dM, Math.max(294.05 * logHeight - 432.94, 18), 233.98 * logHeight - 0.95)
}
