import type { EvidenceTag } from '../api/schemas/slaSchemas.js'
import { cellCarrierDefaults, defaultCoverageParameters } from '../coverage/coverageParameters.js'
import { defaultSpecialSlotSplit, type SpecialSlotSplit } from '../radio/rate/tddPattern.js'
import { defaultCqiMapping, type SinrToCqiMapping } from '../radio/rate/sinrToCqi.js'
import type { FrequencyRange } from '../radio/rate/transmissionBandwidth.js'
import { weakestTag, type ScenarioTerms, type TermRange } from './scenarioTerms.js'

/**
 * The network a scenario is translated against: carrier, TDD pattern, layers, the share of PRBs
 * planned for the flow, powers, noise figures, interference and the SINR → CQI mapping.
 */
export interface RadioPlan {
  bandwidthMhz: number
  scsKhz: number
  fr: FrequencyRange
  /** Slot letters, e.g. DDDSU. */
  tddPattern: string
  specialSlotSplit: SpecialSlotSplit
  ulLayers: number
  dlLayers: number
  /** Share of the carrier's PRBs planned for the flow, 0…1 (§7 step 9: 1 = the drone gets the whole UL carrier). */
  ulPrbShare: number
  dlPrbShare: number
  /** Added to the CQI threshold SINR: link-adaptation, BLER and fast-fading margin, dB. */
  sinrMarginDb: number
  /** gNB total transmit power over the carrier (SSB EPRE = this spread over every subcarrier), dBm. */
  gnbTxPowerDbm: number
  /** UE maximum output power P_CMAX, dBm. */
  ueMaxPowerDbm: number
  gnbNoiseFigureDb: number
  ueNoiseFigureDb: number
  /** UL interference over thermal at the gNB, dB; null = by regime (3 dB terrestrial, 6 dB aerial: uplinkSinr.ts). */
  ulIotDb: number | null
  /** DL interference rise (I + N)/N at the UE, dB; null = by regime ({@link defaultDownlinkInterferenceRiseDb}). */
  dlInterferenceRiseDb: number | null
  cqiMapping: SinrToCqiMapping
}

/**
 * Link margin added to the SINR of the CQI that carries the rate, dB. UNVERIFIED planning choice:
 * the CQI thresholds are for 10 % BLER in AWGN, and link adaptation and fast fading need a few dB;
 * 4 dB turns the 5.9 dB of CQI 7 into the "plan UL SINR ≥ 10 dB" of sla-and-qoe-models.md §7 step 9.
 */
export const defaultSinrMarginDb = 4

/**
 * DL interference rise (I + N)/N at the UE for the RSRP a DL SINR needs, dB. UNVERIFIED placeholders
 * mirroring the UL IoT planning values (uplinkSinr.ts): 3 dB on the ground, 6 dB in the air. At
 * altitude many cells are in line of sight, so calibrate against measured DL SINR.
 */
export const defaultDownlinkInterferenceRiseDb = Object.freeze({ terrestrialDb: 3, aerialDb: 6 })

/**
 * The plan used when neither the caller nor the scenario says otherwise: the n78 carrier of the
 * coverage engine's defaults (100 MHz, 30 kHz, DDDSU 10:2:2, 49 dBm), one UL and two DL layers,
 * the whole carrier for the flow (§7 step 9), PC3 UE, ns-3 noise figures and CQI table 1 thresholds.
 */
export const defaultRadioPlan: RadioPlan = Object.freeze({
  bandwidthMhz: cellCarrierDefaults.bandwidthMhz,
  scsKhz: cellCarrierDefaults.scsKhz,
  fr: 'fr1',
  tddPattern: cellCarrierDefaults.tddPattern,
  specialSlotSplit: defaultSpecialSlotSplit,
  ulLayers: 1,
  dlLayers: defaultCoverageParameters.dlLayers,
  ulPrbShare: 1,
  dlPrbShare: 1,
  sinrMarginDb: defaultSinrMarginDb,
  gnbTxPowerDbm: cellCarrierDefaults.txPowerDbm,
  ueMaxPowerDbm: defaultCoverageParameters.ueMaxPowerDbm,
  gnbNoiseFigureDb: defaultCoverageParameters.gnbNoiseFigureDb,
  ueNoiseFigureDb: defaultCoverageParameters.ueNoiseFigureDb,
  ulIotDb: null,
  dlInterferenceRiseDb: null,
  cqiMapping: defaultCqiMapping,
})

type NumericField = 'bandwidthMhz' | 'scsKhz' | 'ulLayers' | 'dlLayers' | 'ulPrbShare' | 'dlPrbShare' | 'sinrMarginDb' | 'gnbTxPowerDbm' | 'ueMaxPowerDbm' | 'ulIotDb' | 'dlInterferenceRiseDb'

/** Scenario terms that set a field of the plan, with their valid ranges. */
export const radioPlanTerms: Readonly<Record<NumericField, { term: string; range: TermRange }>> = Object.freeze({
  bandwidthMhz: { term: 'carrier-bandwidth', range: { min: 5, max: 400 } },
  scsKhz: { term: 'subcarrier-spacing', range: { min: 15, max: 120 } },
  ulLayers: { term: 'ul-layers', range: { min: 1, max: 4 } },
  dlLayers: { term: 'dl-layers', range: { min: 1, max: 8 } },
  ulPrbShare: { term: 'ul-prb-share', range: { min: 0.001, max: 1 } },
  dlPrbShare: { term: 'dl-prb-share', range: { min: 0.001, max: 1 } },
  sinrMarginDb: { term: 'sinr-margin', range: { min: 0, max: 20 } },
  gnbTxPowerDbm: { term: 'gnb-tx-power', range: { min: 0, max: 70 } },
  ueMaxPowerDbm: { term: 'ue-max-power', range: { min: -10, max: 33 } },
  ulIotDb: { term: 'ul-iot', range: { min: 0, max: 40 } },
  dlInterferenceRiseDb: { term: 'dl-interference-rise', range: { min: 0, max: 40 } },
})

/** The plan resolved for one scenario, with the weakest tag among the scenario terms that set it. */
export interface ResolvedRadioPlan {
  plan: RadioPlan
  tag: EvidenceTag
  /** Fields taken from scenario terms, e.g. `tddPattern ← tdd-pattern`. */
  fromTerms: string[]
}

/**
 * Each field from, in order: the caller's `radio` (the project's network), the scenario's term, the
 * default plan. Default values count as U (planning choices); the caller's as describing the network.
 */
export function resolveRadioPlan(terms: ScenarioTerms, radio: Partial<RadioPlan> = {}): ResolvedRadioPlan {
  const plan: RadioPlan = { ...defaultRadioPlan, ...radio }
  const tags: EvidenceTag[] = []
  const fromTerms: string[] = []
  for (const [field, { term, range }] of Object.entries(radioPlanTerms) as [NumericField, { term: string; range: TermRange }][]) {
    if (radio[field] !== undefined) continue
    const reading = terms.optionalNumber(term, range)
    if (reading === undefined) {
      tags.push('U')
      continue
    }
    plan[field] = reading.value
    tags.push(reading.tag)
    fromTerms.push(`${field} ← ${term}`)
  }
  if (radio.tddPattern === undefined) {
    const pattern = terms.optionalText('tdd-pattern')
    if (pattern !== undefined) {
      plan.tddPattern = pattern.value
      tags.push(pattern.tag)
      fromTerms.push('tddPattern ← tdd-pattern')
    } else tags.push('U')
  }
  return { plan, tag: weakestTag(...tags), fromTerms }
}
