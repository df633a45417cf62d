import { isAerialRegime } from '../radio/propagation/aerialRegime.js'
import {
  aerialNlosShadowFadingSigmaDb,
  rmaAvLosShadowFadingSigmaDb,
  umaAvLosShadowFadingSigmaDb,
  umiAvLosShadowFadingSigmaDb,
} from '../radio/propagation/aerialShadowFading.js'
import { rmaShadowFadingSigmaDb, umaShadowFadingSigmaDb, umiShadowFadingSigmaDb } from '../radio/propagation/shadowFading.js'
import type { Explained } from './translateRate.js'
import { formatNumber as f } from './scenarioTerms.js'
import { standardNormalQuantile } from './standardNormalQuantile.js'

/** The TR 38.901 scenarios the translator knows (with their TR 36.777 aerial variants). */
export type Environment = 'uma' | 'umi' | 'rma'
export const environments: readonly Environment[] = Object.freeze(['uma', 'umi', 'rma'])

/** Shadow-fading σ of the serving link and where it comes from. */
export interface ServingShadowing {
  sigmaDb: number
  aerial: boolean
  los: boolean
  clause: string
}

/**
 * σ of the serving link's shadow fading at a UE height (radio-models.md §1.4, §3.4). In the aerial
 * regime (TR 36.777: above 22.5 m UMa/UMi, 10 m RMa) the serving link is taken as line of sight by
 * default (UMa-AV is LOS with probability 1 above 100 m), σ from TR 36.777 Table B-3; on the ground
 * it is taken as NLOS by default (the cell edge), σ from TR 38.901 Table 7.4.1-1. RMa LOS uses the
 * beyond-breakpoint 6 dB. UMa-AV LOS at 120 m → 4.64·e^(−0.0066·120) = 2.10 dB.
 */
export function servingShadowing(environment: Environment, heightM: number, los?: boolean): ServingShadowing {
  const aerial = isAerialRegime(`${environment}-av`, heightM)
  const lineOfSight = los ?? aerial
  if (aerial) {
    const losSigma = { uma: umaAvLosShadowFadingSigmaDb, umi: umiAvLosShadowFadingSigmaDb, rma: rmaAvLosShadowFadingSigmaDb }[environment]
    return {
      sigmaDb: lineOfSight ? losSigma(heightM) : aerialNlosShadowFadingSigmaDb[`${environment}-av`],
      aerial,
      los: lineOfSight,
      clause: `TR 36.777 Table B-3, ${environment.toUpperCase()}-AV ${lineOfSight ? 'LOS' : 'NLOS'}`,
    }
  }
  const terrestrial = { uma: umaShadowFadingSigmaDb, umi: umiShadowFadingSigmaDb, rma: { los: rmaShadowFadingSigmaDb.losAfterBreakpoint, nlos: rmaShadowFadingSigmaDb.nlos } }[environment]
  return { sigmaDb: lineOfSight ? terrestrial.los : terrestrial.nlos, aerial, los: lineOfSight, clause: `TR 38.901 Table 7.4.1-1, ${environment.toUpperCase()} ${lineOfSight ? 'LOS' : 'NLOS'}` }
}

/**
 * Shadow-fading margin for a per-point coverage probability (sla-and-qoe-models.md §6, §7 step 10):
 * with log-normal shadowing σ, P(level ≥ threshold) = Φ((median − threshold)/σ), so the median must
 * exceed the threshold by Φ⁻¹(p)·σ. 99 % → 2.326σ; σ 2.10 dB → 4.89 dB.
 */
export function shadowFadingMargin(coveragePercent: number, shadowing: ServingShadowing, heightM: number): Explained & { marginDb: number; quantile: number } {
  const quantile = standardNormalQuantile(coveragePercent / 100)
  const marginDb = quantile * shadowing.sigmaDb
  return {
    marginDb,
    quantile,
    basis:
      `Coverage (§7 step 10): each point must reach its RSRP and UL SINR targets with probability ${f(coveragePercent)} %; σ = ${f(shadowing.sigmaDb)} dB at ${f(heightM)} m ` +
      `(${shadowing.clause}) → margin Φ⁻¹(${f(coveragePercent / 100)})·σ = ${f(quantile)} × ${f(shadowing.sigmaDb)} = ${f(marginDb)} dB: the median levels must exceed the targets by that much.`,
    basisZh:
      `覆盖（§7 第 10 步）：每个点须以 ${f(coveragePercent)} % 的覆盖概率达到参考信号接收功率（RSRP）与上行信干噪比（SINR）目标；${f(heightM)} m 高度处阴影衰落标准差 σ = ${f(shadowing.sigmaDb)} dB` +
      `（${shadowing.clause}）→ 阴影衰落余量 Φ⁻¹(${f(coveragePercent / 100)})·σ = ${f(quantile)} × ${f(shadowing.sigmaDb)} = ${f(marginDb)} dB：中值电平须比目标高出该余量。`,
  }
}
