import type { EvidenceTag, NetworkTarget } from '../api/schemas/slaSchemas.js'
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
  warnings: string[]
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
  const pointBasis = `Per point: P(level ≥ target) ≥ ${f(coverage.value)} % with median ≥ target + ${f(margin.marginDb)} dB (${regime}).`
  const targets = [
    networkTarget('ul-sinr', ul.sinr.targetDb, { percentile: coverage.value, windowS: null, basis: [...ul.basis, pointBasis], tag: weakestTag(traffic.ul?.tag ?? 'U', radioTag) }),
    ...(dl === null ? [] : [networkTarget('dl-sinr', dl.sinr.targetDb, { percentile: coverage.value, windowS: null, basis: [...dl.basis, pointBasis], tag: weakestTag(traffic.dl?.tag ?? 'U', radioTag) })]),
    networkTarget('rsrp', rsrpDbm, {
      percentile: coverage.value,
      windowS: null,
      basis: [
        ulRsrp.basis,
        ...(dlRsrp === null ? [] : [dlRsrp.basis]),
        ...(dlRsrp === null ? [] : [`The ${uplinkBinds ? 'uplink' : 'downlink'} requirement is the higher and sets the target.`]),
        `IoT ${f(iotDb)} dB and DL interference rise ${f(riseDb)} dB are UNVERIFIED planning values (${regime}); SSB EPRE from ${f(plan.gnbTxPowerDbm)} dBm over the carrier.`,
        pointBasis,
      ],
      tag: weakestTag(traffic.ul?.tag ?? 'U', radioTag),
    }),
    networkTarget('coverage-probability', coverage.value, {
      percentile: null,
      windowS: null,
      basis: [`Coverage: ${citeTerm(coverage)} of route and area points, each meeting the targets with this probability (§7 step 10).`, margin.basis],
      tag: weakestTag(coverage.tag, place.tag, 'S'),
    }),
  ]
  return targets
}

function directionSinr(input: RadioTargetInput, demand: FlowDemand): { sinr: ReturnType<typeof requiredSinr>; basis: string[] } {
  const share = input.shares[demand.direction]
  const sinr = requiredSinr(demand.gfbrMbps, share, input.plan.cqiMapping, input.plan.sinrMarginDb)
  const peak = peakRateAtShare(input.plan, share)
  const warning = rateAbovePeak(demand.direction, demand.gfbrMbps, peak.peakMbps)
  if (warning !== null) input.warnings.push(warning)
  const load = `The flow takes ${f((100 * demand.gfbrMbps) / peak.peakMbps)} % of that peak.`
  return { sinr, basis: [sinr.basis, `${peak.basis} ${load}`] }
}
