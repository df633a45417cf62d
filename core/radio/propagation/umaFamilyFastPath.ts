import { aerialRegimeMinimumHeightM } from './aerialRegime.js'
import { umaAvLosShadowFadingSigmaDb, aerialNlosShadowFadingSigmaDb } from './aerialShadowFading.js'
import { umaBreakpointDistanceM } from './breakpointDistance.js'
import { umaShadowFadingSigmaDb } from './shadowFading.js'

/**
 * UMa and UMa-AV for one (fc, hBS, hUT), with every term that does not depend on distance computed
 * once: the coverage kernel evaluates these formulas for millions of points per cell, and the
 * scalar functions (umaPathLoss.ts, aerialPathLoss.ts, losProbability.ts, aerialLosProbability.ts)
 * recompute the breakpoint and the frequency terms on each call. Same formulas and clauses as those
 * (TR 38.901 Tables 7.4.1-1 and 7.4.2-1; TR 36.777 Tables B-1..B-3); pathLossKernel.test.ts holds the
 * two to 1e-3 dB. Inputs already resolved (clamped) by validateLink.ts.
 */
export interface UmaFamilyPoint {
  losDb: number
  nlosDb: number
  losProbability: number
  sigmaLosDb: number
  sigmaNlosDb: number
}

export function prepareUmaFamily(aerialModel: boolean, fcGhz: number, bsHeightM: number, utHeightM: number): (distance2dM: number, out: UmaFamilyPoint) => void {
  const dz = bsHeightM - utHeightM
  const dz2 = dz * dz
  const frequencyTermDb = 20 * Math.log10(fcGhz)
  if (aerialModel && utHeightM > aerialRegimeMinimumHeightM['uma-av']) {
    // TR 36.777 Table B-2 (UMa-AV): LOS without breakpoint; NLOS with max(LOS, ·) as aerialPathLoss.ts documents.
    const nlosSlope = 46 - 7 * Math.log10(utHeightM)
    const nlosConstant = -17.5 + 20 * Math.log10((40 * Math.PI * fcGhz) / 3)
    const logHeight = Math.log10(utHeightM)
    const d1 = Math.max(460 * logHeight - 700, 18)
    const p1 = 4300 * logHeight - 3800
    const sigmaLos = umaAvLosShadowFadingSigmaDb(utHeightM)
    return (d2d, out) => {
      const logD3d = Math.log10(Math.sqrt(d2d * d2d + dz2))
      const los = 28.0 + 22 * logD3d + frequencyTermDb
      const nlos = nlosConstant + nlosSlope * logD3d
      out.losDb = los
      out.nlosDb = nlos > los ? nlos : los
      // TR 36.777 Table B-1: 1 above 100 m; d1/d2D + exp(−d2D/p1)(1 − d1/d2D) beyond d1.
      out.losProbability = utHeightM > 100 || d2d <= d1 ? 1 : d1 / d2d + Math.exp(-d2d / p1) * (1 - d1 / d2d)
      out.sigmaLosDb = sigmaLos
      out.sigmaNlosDb = aerialNlosShadowFadingSigmaDb['uma-av']
    }
  }
  // TR 38.901 Table 7.4.1-1 (UMa) and Table 7.4.2-1 (LOS probability).
  const breakpointM = umaBreakpointDistanceM(bsHeightM, utHeightM, fcGhz)
  const pl2Constant = 28.0 + frequencyTermDb - 9 * Math.log10(breakpointM * breakpointM + dz2)
  const nlosConstant = 13.54 + frequencyTermDb - 0.6 * (utHeightM - 1.5)
  const heightFactor = utHeightM <= 13 ? 0 : ((Math.min(utHeightM, 23) - 13) / 10) ** 1.5
  return (d2d, out) => {
    const logD3d = Math.log10(Math.sqrt(d2d * d2d + dz2))
    const los = d2d <= breakpointM ? 28.0 + 22 * logD3d + frequencyTermDb : pl2Constant + 40 * logD3d
    const nlos = nlosConstant + 39.08 * logD3d
    out.losDb = los
    out.nlosDb = nlos > los ? nlos : los
    if (d2d <= 18) out.losProbability = 1
    else {
      const base = 18 / d2d + Math.exp(-d2d / 63) * (1 - 18 / d2d)
      const p = heightFactor === 0 ? base : base * (1 + heightFactor * 1.25 * (d2d / 100) ** 3 * Math.exp(-d2d / 150))
      out.losProbability = p < 1 ? p : 1
    }
    out.sigmaLosDb = umaShadowFadingSigmaDb.los
    out.sigmaNlosDb = umaShadowFadingSigmaDb.nlos
  }
}
