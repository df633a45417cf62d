import { umiBreakpointDistanceM } from './breakpointDistance.js'
import { distance3dM, type LinkGeometry } from './propagationLink.js'

/**
 * UMi-Street Canyon LOS path loss, dB (TR 38.901 Table 7.4.1-1, UMi-SC LOS):
 * PL1 = 32.4 + 21·log10(d3D) + 20·log10(fc) up to d'BP, then
 * PL2 = 32.4 + 40·log10(d3D) + 20·log10(fc) − 9.5·log10(d'BP² + (hBS − hUT)²).
 * The branch compares d2D with d'BP (hE = 1 m); the terms use d3D.
 */
export function umiLosPathLossDb(link: LinkGeometry): number {
  const d3dM = distance3dM(link)
  const breakpointM = umiBreakpointDistanceM(link.bsHeightM, link.utHeightM, link.fcGhz)
  const frequencyTermDb = 20 * Math.log10(link.fcGhz)
  if (link.distance2dM <= breakpointM) return 32.4 + 21 * Math.log10(d3dM) + frequencyTermDb
  const heightDifferenceM = link.bsHeightM - link.utHeightM
  return 32.4 + 40 * Math.log10(d3dM) + frequencyTermDb - 9.5 * Math.log10(breakpointM ** 2 + heightDifferenceM ** 2)
}

/**
 * UMi-Street Canyon NLOS path loss, dB (TR 38.901 Table 7.4.1-1, UMi-SC NLOS): max(PL_UMi-LOS, PL'),
 * PL' = 35.3·log10(d3D) + 22.4 + 21.3·log10(fc) − 0.3·(hUT − 1.5).
 */
export function umiNlosPathLossDb(link: LinkGeometry): number {
  const primeDb = 35.3 * Math.log10(distance3dM(link)) + 22.4 + 21.3 * Math.log10(link.fcGhz) - 0.3 * (link.utHeightM - 1.5)
  return Math.max(umiLosPathLossDb(link), primeDb)
}

/**
 * UMi NLOS optional model, dB (TR 38.901 Table 7.4.1-1, "optional"):
 * 32.4 + 20·log10(fc) + 31.9·log10(d3D), without the max with LOS. PARTLY verified (several
 * MATLAB/Python implementations, radio-models.md §1.2).
 */
export function umiOptionalNlosPathLossDb(link: LinkGeometry): number {
  return 32.4 + 20 * Math.log10(link.fcGhz) + 31.9 * Math.log10(distance3dM(link))
}

/** Shadow-fading σ of the UMi optional NLOS model, dB: 8.2 (PARTLY: seen in code, spec text not checked). */
export const umiOptionalNlosShadowFadingSigmaDb = 8.2
