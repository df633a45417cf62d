import type { EvidenceTag, LocalisedText, NetworkTarget } from '../api/schemas/slaSchemas.js'
import { defaultUplinkIotDb } from '../radio/link/uplinkSinr.js'
import { RadioInputError } from '../radio/radioInputError.js'
import { aerialRegimeMinimumHeightM } from '../radio/propagation/aerialRegime.js'
import type { LinkDirection } from '../radio/rate/linkDirection.js'
import { defaultDownlinkInterferenceRiseDb, type RadioPlan } from './radioPlan.js'
import { citeTerm, formatNumber as f, weakestTag, type ScenarioTerms, type TermReading } from './scenarioTerms.js'
import { SlaInputError } from './slaInputError.js'
import { networkTarget } from './targetDefinitions.js'
import { rateAbovePeak } from './translateConsistency.js'
import { environments, servingShadowing, shadowFadingMargin, type Environment } from './translateCoverage.js'
import { carrierShare, downlinkRsrpForSinr, peakRateAtShare, planSsbEpreDbm, requiredSinr, uplinkRsrpForSinr, type CarrierShare } from './translateRadio.js'
import type { Explained } from './translateRate.js'
import type { FlowDemand, Traffic } from './translateTraffic.js'

/** The plan's view of both directions; a bad carrier or TDD pattern is reported against its scenario term. */
export function planShares(plan: RadioPlan): Record<LinkDirection, CarrierShare> {
  try {
    return { ul: carrierShare(plan, 'ul'), dl: carrierShare(plan, 'dl') }
  } catch (error) {
    if (!(error instanceof RadioInputError)) throw error
    const term = { bandwidthMhz: 'carrier-bandwidth', scsKhz: 'subcarrier-spacing', pattern: 'tdd-pattern', split: 'specialSlotSplit', fr: 'fr' }[error.argument] ?? error.argument
    throw new SlaInputError(term, `${term}: ${error.message}`)
  }
}

/** Where the UE is: height, environment and the serving link's state (terms `altitude`, `environment`, `serving-link`). */
export function placement(terms: ScenarioTerms): { height: TermReading<number> | undefined; heightM: number; environment: Environment; los: boolean | undefined; tag: EvidenceTag } {
  const height = terms.optionalNumber('altitude', { min: 1, max: 3000 })
  const environment = terms.optionalText('environment', environments)
  const link = terms.optionalText('serving-link', ['los', 'nlos'])
  return {
    height,
    heightM: height?.value ?? 1.5,
    environment: (environment?.value ?? 'uma') as Environment,
    los: link === undefined ? undefined : link.value === 'los',
    tag: weakestTag(height?.tag ?? 'U', environment?.tag ?? 'U', link?.tag ?? 'V'),
  }
}

export interface RadioTargetInput {
  terms: ScenarioTerms
  plan: RadioPlan
  planTag: EvidenceTag
  shares: Record<LinkDirection, CarrierShare>
  traffic: Traffic
  /** Per-point coverage share, % (the SLA's coverage term). */
  coverage: TermReading<number>
  /** Consistency warnings in both languages; the peak-rate check adds to them. */
  warnings: LocalisedText[]
}

/**
 * The radio requirement (sla-and-qoe-models.md §7 steps 9–10): UL (and DL) SINR for the guaranteed
 * rates at the planned share, the SS-RSRP at which they are reachable, and the per-point coverage
 * probability with the shadow-fading margin at the UE height. Warns when a rate tops the peak.
 */
export function radioTargets(input: RadioTargetInput): NetworkTarget[] {
  const { plan, planTag, traffic, coverage } = input
  const place = placement(input.terms)
  const shadowing = servingShadowing(place.environment, place.heightM, place.los)
  const margin = shadowFadingMargin(coverage.value, shadowing, place.heightM)
  const model = `${place.environment}-av` as const
  const regime = shadowing.aerial ? `aerial regime, above ${aerialRegimeMinimumHeightM[model]} m for ${model.toUpperCase()}` : 'terrestrial regime'
  const regimeZh = shadowing.aerial ? `空中区间，${model.toUpperCase()} 高于 ${aerialRegimeMinimumHeightM[model]} m` : '地面区间'
  const ul = directionSinr(input, traffic.ul as FlowDemand)
  const iotDb = plan.ulIotDb ?? (shadowing.aerial ? defaultUplinkIotDb.aerialIotDb : defaultUplinkIotDb.iotDb)
  const ssbEpreDbm = planSsbEpreDbm(plan)
  const ulRsrp = uplinkRsrpForSinr({ sinrDb: ul.sinr.targetDb, allocatedPrbs: input.shares.ul.allocatedPrbs, scsKhz: plan.scsKhz, gnbNoiseFigureDb: plan.gnbNoiseFigureDb, iotDb, ssbEpreDbm, ueMaxPowerDbm: plan.ueMaxPowerDbm })
  const dl = traffic.dl === null ? null : directionSinr(input, traffic.dl)
  const riseDb = plan.dlInterferenceRiseDb ?? (shadowing.aerial ? defaultDownlinkInterferenceRiseDb.aerialDb : defaultDownlinkInterferenceRiseDb.terrestrialDb)
  const dlRsrp = dl === null ? null : downlinkRsrpForSinr(dl.sinr.targetDb, plan.scsKhz, plan.ueNoiseFigureDb, riseDb)
  const uplinkBinds = dlRsrp === null || ulRsrp.rsrpDbm >= dlRsrp.rsrpDbm
  const rsrpDbm = uplinkBinds ? ulRsrp.rsrpDbm : (dlRsrp as { rsrpDbm: number }).rsrpDbm
  const radioTag = weakestTag(planTag, place.tag, 'U')
  const pointBasis: Explained = {
    basis: `Per point: P(level ≥ target) ≥ ${f(coverage.value)} % with median ≥ target + ${f(margin.marginDb)} dB (${regime}).`,
    basisZh: `逐点：P(电平 ≥ 目标) ≥ ${f(coverage.value)} %，即中值 ≥ 目标 + ${f(margin.marginDb)} dB（${regimeZh}）。`,
  }
  const binding = uplinkBinds ? { en: 'uplink', zh: '上行' } : { en: 'downlink', zh: '下行' }
  const targets = [
    networkTarget('ul-sinr', ul.sinr.targetDb, { percentile: coverage.value, windowS: null, basis: [...ul.basis, pointBasis], tag: weakestTag(traffic.ul?.tag ?? 'U', radioTag) }),
    ...(dl === null ? [] : [networkTarget('dl-sinr', dl.sinr.targetDb, { percentile: coverage.value, windowS: null, basis: [...dl.basis, pointBasis], tag: weakestTag(traffic.dl?.tag ?? 'U', radioTag) })]),
    networkTarget('rsrp', rsrpDbm, {
      percentile: coverage.value,
      windowS: null,
      basis: [
        line(ulRsrp),
        ...(dlRsrp === null ? [] : [line(dlRsrp)]),
        ...(dlRsrp === null ? [] : [{ basis: `The ${binding.en} requirement is the higher and sets the target.`, basisZh: `${binding.zh}要求更高，决定该目标。` }]),
        {
          basis: `IoT ${f(iotDb)} dB and DL interference rise ${f(riseDb)} dB are UNVERIFIED planning values (${regime}); SSB EPRE from ${f(plan.gnbTxPowerDbm)} dBm over the carrier.`,
          basisZh: `上行干扰抬升 IoT ${f(iotDb)} dB 与下行干扰抬升 ${f(riseDb)} dB 为未经核实的规划取值（${regimeZh}）；SSB EPRE 由 ${f(plan.gnbTxPowerDbm)} dBm 在整个载波上均分得到。`,
        },
        pointBasis,
      ],
      tag: weakestTag(traffic.ul?.tag ?? 'U', radioTag),
    }),
    networkTarget('coverage-probability', coverage.value, {
      percentile: null,
      windowS: null,
      basis: [
        {
          basis: `Coverage: ${citeTerm(coverage)} of route and area points, each meeting the targets with this probability (§7 step 10).`,
          basisZh: `覆盖：航线与区域点的 ${citeTerm(coverage)}，每个点以该覆盖概率达到各项目标（§7 第 10 步）。`,
        },
        line(margin),
      ],
      tag: weakestTag(coverage.tag, place.tag, 'S'),
    }),
  ]
  return targets
}

/** The basis line of a mechanism step, without its numbers. */
function line(step: Explained): Explained {
  return { basis: step.basis, basisZh: step.basisZh }
}

function directionSinr(input: RadioTargetInput, demand: FlowDemand): { sinr: ReturnType<typeof requiredSinr>; basis: Explained[] } {
  const share = input.shares[demand.direction]
  const sinr = requiredSinr(demand.gfbrMbps, share, input.plan.cqiMapping, input.plan.sinrMarginDb)
  const peak = peakRateAtShare(input.plan, share)
  const warning = rateAbovePeak(demand.direction, demand.gfbrMbps, peak.peakMbps)
  if (warning !== null) input.warnings.push(warning)
  const loadPercent = f((100 * demand.gfbrMbps) / peak.peakMbps)
  return { sinr, basis: [line(sinr), { basis: `${peak.basis} The flow takes ${loadPercent} % of that peak.`, basisZh: `${peak.basisZh}该业务流占用该峰值速率的 ${loadPercent} %。` }] }
}
