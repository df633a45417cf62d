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

/**
 * The distance-independent terms of UMa / UMa-AV for one (fc, hBS, hUT), in one shape for both
 * regimes, so that a kernel (this file's closure, the WebAssembly coverage kernel) evaluates
 * - LOS = near constant + near slope·log10(d3D) while d2D ≤ breakpoint, else far constant + far slope·log10(d3D);
 * - NLOS = max(LOS, NLOS constant + NLOS slope·log10(d3D));
 * - P_LOS = 1 while d2D ≤ d1, else min(1, (d1/d2D + e^(−d2D/p1)·(1 − d1/d2D))·(1 + C·5/4·(d2D/100)³·e^(−d2D/150))).
 * Levels in dB, slopes in dB per decade of d3D (m), distances in m.
 */
export interface UmaFamilyConstants {
  /** (hBS − hUT)², m²: d3D² = d2D² + this. */
  heightDifferenceSquaredM2: number
  /** d'BP, m (TR 38.901 Table 7.4.1-1 note 1); +∞ in the UMa-AV aerial regime (no breakpoint). */
  breakpointM: number
  losNearConstantDb: number
  losNearSlopeDb: number
  losFarConstantDb: number
  losFarSlopeDb: number
  nlosConstantDb: number
  nlosSlopeDb: number
  /** d1, m; +∞ where P_LOS = 1 at every distance (UMa-AV above 100 m). */
  losDistanceM: number
  /** p1, m. */
  losDecayM: number
  /** C(hUT) of TR 38.901 Table 7.4.2-1 (UMa, 0 up to 13 m and in the aerial regime). */
  heightFactor: number
  sigmaLosDb: number
  sigmaNlosDb: number
}

/** See {@link UmaFamilyConstants}; `aerialModel` selects UMa-AV (its aerial regime above 22.5 m). */
export function umaFamilyConstants(aerialModel: boolean, fcGhz: number, bsHeightM: number, utHeightM: number): UmaFamilyConstants {
  const dz = bsHeightM - utHeightM
  const heightDifferenceSquaredM2 = dz * dz
  const frequencyTermDb = 20 * Math.log10(fcGhz)
  if (aerialModel && utHeightM > aerialRegimeMinimumHeightM['uma-av']) {
    // TR 36.777 Table B-2 (UMa-AV): LOS without breakpoint; NLOS with max(LOS, ·) as aerialPathLoss.ts documents.
    const logHeight = Math.log10(utHeightM)
    const losConstantDb = 28.0 + frequencyTermDb
    return {
      heightDifferenceSquaredM2,
      breakpointM: Infinity,
      losNearConstantDb: losConstantDb,
      losNearSlopeDb: 22,
      losFarConstantDb: losConstantDb,
      losFarSlopeDb: 22,
      nlosConstantDb: -17.5 + 20 * Math.log10((40 * Math.PI * fcGhz) / 3),
      nlosSlopeDb: 46 - 7 * logHeight,
      // TR 36.777 Table B-1: 1 above 100 m; d1/d2D + exp(−d2D/p1)(1 − d1/d2D) beyond d1.
      losDistanceM: utHeightM > 100 ? Infinity : Math.max(460 * logHeight - 700, 18),
      losDecayM: 4300 * logHeight - 3800,
      heightFactor: 0,
      sigmaLosDb: umaAvLosShadowFadingSigmaDb(utHeightM),
      sigmaNlosDb: aerialNlosShadowFadingSigmaDb['uma-av'],
    }
  }
  // TR 38.901 Table 7.4.1-1 (UMa) and Table 7.4.2-1 (LOS probability).
  const breakpointM = umaBreakpointDistanceM(bsHeightM, utHeightM, fcGhz)
  return {
    heightDifferenceSquaredM2,
    breakpointM,
    losNearConstantDb: 28.0 + frequencyTermDb,
    losNearSlopeDb: 22,
    losFarConstantDb: 28.0 + frequencyTermDb - 9 * Math.log10(breakpointM * breakpointM + heightDifferenceSquaredM2),
    losFarSlopeDb: 40,
    nlosConstantDb: 13.54 + frequencyTermDb - 0.6 * (utHeightM - 1.5),
    nlosSlopeDb: 39.08,
    losDistanceM: 18,
    losDecayM: 63,
    heightFactor: utHeightM <= 13 ? 0 : ((Math.min(utHeightM, 23) - 13) / 10) ** 1.5,
    sigmaLosDb: umaShadowFadingSigmaDb.los,
    sigmaNlosDb: umaShadowFadingSigmaDb.nlos,
  }
}

/** The UMa / UMa-AV evaluator of one (fc GHz, hBS m, hUT m): writes a point's LOS/NLOS path loss, P_LOS and σs for a d2D in m. */
export function prepareUmaFamily(aerialModel: boolean, fcGhz: number, bsHeightM: number, utHeightM: number): (distance2dM: number, out: UmaFamilyPoint) => void {
  const k = umaFamilyConstants(aerialModel, fcGhz, bsHeightM, utHeightM)
  const { heightDifferenceSquaredM2, breakpointM, losDistanceM, losDecayM, heightFactor } = k
  return (d2d, out) => {
    const logD3d = Math.log10(Math.sqrt(d2d * d2d + heightDifferenceSquaredM2))
    const los = d2d <= breakpointM ? k.losNearConstantDb + k.losNearSlopeDb * logD3d : k.losFarConstantDb + k.losFarSlopeDb * logD3d
    const nlos = k.nlosConstantDb + k.nlosSlopeDb * logD3d
    out.losDb = los
    out.nlosDb = nlos > los ? nlos : los
    if (d2d <= losDistanceM) out.losProbability = 1
    else {
      const base = losDistanceM / d2d + Math.exp(-d2d / losDecayM) * (1 - losDistanceM / d2d)
      const p = heightFactor === 0 ? base : base * (1 + heightFactor * 1.25 * (d2d / 100) ** 3 * Math.exp(-d2d / 150))
      out.losProbability = p < 1 ? p : 1
    }
    out.sigmaLosDb = k.sigmaLosDb
    out.sigmaNlosDb = k.sigmaNlosDb
  }
}
