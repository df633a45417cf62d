import { aerialRegimeMinimumHeightM, isAerialModel } from './aerialRegime.js'
import type { PathLossModelName } from './pathLossModelName.js'

/** An inclusive range of one input; `source` names where it comes from when that is not the model's clause. */
export interface ParameterRange {
  readonly minimum: number
  readonly maximum: number
  readonly source?: string
}

/** Where a model's formulas hold: one range per input, units as in the names (GHz, m). */
export interface ModelValidity {
  /** Short model name for messages, e.g. `UMa`, `UMa-AV aerial regime`. */
  readonly label: string
  /** The clause the ranges come from, e.g. `TR 38.901 Table 7.4.1-1`. */
  readonly clause: string
  readonly fcGhz: ParameterRange
  readonly distance2dM: ParameterRange
  readonly bsHeightM: ParameterRange
  readonly utHeightM: ParameterRange
  /** Average building height h; null where the model has no such input. */
  readonly buildingHeightM: ParameterRange | null
  /** Average street width W; null where the model has no such input. */
  readonly streetWidthM: ParameterRange | null
}

const tr38901 = 'TR 38.901 Table 7.4.1-1'
const tr36777 = 'TR 36.777 Annex B'

/**
 * BS heights accepted for UMa, m: 10…150. A planning range, not the spec's: TR 38.901 Table 7.4.1-1
 * evaluates UMa at hBS = 25 m only, yet real macro sites stand at other heights and the formulas are
 * used across them (the range of the Vienna 5G system-level simulator).
 */
export const umaBsHeightRangeM: ParameterRange = { minimum: 10, maximum: 150, source: 'planning range; TR 38.901 Table 7.4.1-1 gives hBS = 25 m' }

/**
 * BS heights accepted for UMi-Street Canyon, m: 3…25. A planning range, not the spec's: TR 38.901
 * gives hBS = 10 m; UMi sites stand below the rooftops (above 25 m use UMa), and hBS must stay above
 * hE = 1 m for the breakpoint to exist.
 */
export const umiBsHeightRangeM: ParameterRange = { minimum: 3, maximum: 25, source: 'planning range; TR 38.901 Table 7.4.1-1 gives hBS = 10 m' }

const urbanFcGhz: ParameterRange = { minimum: 0.5, maximum: 100 }
const ruralFcGhz: ParameterRange = { minimum: 0.5, maximum: 30 }
const urbanUtHeightM: ParameterRange = { minimum: 1.5, maximum: 22.5 }
const rmaBsHeightM: ParameterRange = { minimum: 10, maximum: 150 }
const rmaEnvironmentM: ParameterRange = { minimum: 5, maximum: 50 }
/**
 * TR 36.777 aerial UT heights, m (radio-models.md §3.1). The lower d2D limit of 10 m is kept in the
 * aerial regime as in TR 38.901 (the Annex B applicability rows were not available, UNVERIFIED).
 */
const aerialUtHeightM: ParameterRange = { minimum: 1.5, maximum: 300, source: tr36777 }

const uma: ModelValidity = {
  label: 'UMa', clause: tr38901, fcGhz: urbanFcGhz, distance2dM: { minimum: 10, maximum: 5000 },
  bsHeightM: umaBsHeightRangeM, utHeightM: urbanUtHeightM, buildingHeightM: null, streetWidthM: null,
}

const umi: ModelValidity = {
  label: 'UMi-Street Canyon', clause: tr38901, fcGhz: urbanFcGhz, distance2dM: { minimum: 10, maximum: 5000 },
  bsHeightM: umiBsHeightRangeM, utHeightM: urbanUtHeightM, buildingHeightM: null, streetWidthM: null,
}

/**
 * RMa: d2D up to 5 km, where NLOS stops (LOS alone is specified to 10 km: call rmaLosPathLossDb for
 * that); every result carries both states, so both must hold.
 */
const rma: ModelValidity = {
  label: 'RMa', clause: tr38901, fcGhz: ruralFcGhz, distance2dM: { minimum: 10, maximum: 5000 },
  bsHeightM: rmaBsHeightM, utHeightM: { minimum: 1, maximum: 10 }, buildingHeightM: rmaEnvironmentM, streetWidthM: rmaEnvironmentM,
}

function terrestrialRegime(base: ModelValidity, label: string): ModelValidity {
  return { ...base, label: `${label} terrestrial regime`, clause: `${tr36777} → ${tr38901}`, utHeightM: aerialUtHeightM }
}

function aerialRegime(base: ModelValidity, label: string, maximumDistance2dM: number): ModelValidity {
  return {
    ...base,
    label: `${label} aerial regime`,
    clause: 'TR 36.777 Table B-2',
    distance2dM: { minimum: 10, maximum: maximumDistance2dM },
    utHeightM: aerialUtHeightM,
  }
}

const validityByModel: Readonly<Record<PathLossModelName, { terrestrial: ModelValidity; aerial: ModelValidity | null }>> = {
  uma: { terrestrial: uma, aerial: null },
  umi: { terrestrial: umi, aerial: null },
  rma: { terrestrial: rma, aerial: null },
  'uma-av': { terrestrial: terrestrialRegime(uma, 'UMa-AV'), aerial: aerialRegime(uma, 'UMa-AV', 4000) },
  'umi-av': { terrestrial: terrestrialRegime(umi, 'UMi-AV'), aerial: aerialRegime(umi, 'UMi-AV', 4000) },
  'rma-av': { terrestrial: terrestrialRegime(rma, 'RMa-AV'), aerial: aerialRegime(rma, 'RMa-AV', 10_000) },
}

/**
 * The validity of `model` for a UT at `utHeightM` (m): the aerial models have one set per regime
 * (their d2D limit differs), the same hUT range in both. Returns shared, frozen-by-convention records:
 * no allocation, so kernels may call it per point.
 */
export function modelValidity(model: PathLossModelName, utHeightM: number): ModelValidity {
  const entry = validityByModel[model]
  if (entry.aerial !== null && isAerialModel(model) && utHeightM > aerialRegimeMinimumHeightM[model]) return entry.aerial
  return entry.terrestrial
}
