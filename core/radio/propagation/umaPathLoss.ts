import { umaBreakpointDistanceM } from './breakpointDistance.js'
import { distance3dM, type LinkGeometry } from './propagationLink.js'

// The formulas evaluate any input as given; validity ranges and clamping live in validateLink.ts.

/**
 * UMa LOS path loss, dB (TR 38.901 Table 7.4.1-1, UMa LOS):
 * PL1 = 28.0 + 22·log10(d3D) + 20·log10(fc) up to d'BP, then
 * PL2 = 28.0 + 40·log10(d3D) + 20·log10(fc) − 9·log10(d'BP² + (hBS − hUT)²).
 * The branch compares d2D with d'BP; the terms use d3D (hE = 1 m, see breakpointDistance.ts).
 */
export function umaLosPathLossDb(link: LinkGeometry): number {
  const d3dM = distance3dM(link)
  const breakpointM = umaBreakpointDistanceM(link.bsHeightM, link.utHeightM, link.fcGhz)
  const frequencyTermDb = 20 * Math.log10(link.fcGhz)
  if (link.distance2dM <= breakpointM) return 28.0 + 22 * Math.log10(d3dM) + frequencyTermDb
  const heightDifferenceM = link.bsHeightM - link.utHeightM
  return 28.0 + 40 * Math.log10(d3dM) + frequencyTermDb - 9 * Math.log10(breakpointM ** 2 + heightDifferenceM ** 2)
}

/**
 * UMa NLOS path loss, dB (TR 38.901 Table 7.4.1-1, UMa NLOS): max(PL_UMa-LOS, PL'),
 * PL' = 13.54 + 39.08·log10(d3D) + 20·log10(fc) − 0.6·(hUT − 1.5).
 */
export function umaNlosPathLossDb(link: LinkGeometry): number {
  const primeDb = 13.54 + 39.08 * Math.log10(distance3dM(link)) + 20 * Math.log10(link.fcGhz) - 0.6 * (link.utHeightM - 1.5)
  return Math.max(umaLosPathLossDb(link), primeDb)
}

/**
 * UMa NLOS optional model, dB (TR 38.901 Table 7.4.1-1, "optional"):
 * 32.4 + 20·log10(fc) + 30·log10(d3D), without the max with LOS. PARTLY verified (one
 * implementation, radio-models.md §1.2); use with {@link umaOptionalNlosShadowFadingSigmaDb}.
 */
export function umaOptionalNlosPathLossDb(link: LinkGeometry): number {
  return 32.4 + 20 * Math.log10(link.fcGhz) + 30 * Math.log10(distance3dM(link))
}

/** Shadow-fading σ of the UMa optional NLOS model, dB: 7.8 (UNVERIFIED, from memory; radio-models.md §7). */
export const umaOptionalNlosShadowFadingSigmaDb = 7.8
