import type { PathLossModelName } from './pathLossModelName.js'

/**
 * Height above which a TR 36.777 Annex B aerial model leaves the TR 38.901 terrestrial formulas, m
 * (radio-models.md §3.1): UMa-AV and UMi-AV above 22.5 m, RMa-AV above 10 m. At and below it the
 * aerial model is the terrestrial one unchanged; at the boundary the two do not join (steps of a
 * few dB are the model, §3.6 item 6).
 */
export const aerialRegimeMinimumHeightM = { 'uma-av': 22.5, 'umi-av': 22.5, 'rma-av': 10 } as const

/** The three aerial-UE models. */
export type AerialModelName = keyof typeof aerialRegimeMinimumHeightM

/** True for the TR 36.777 aerial models. */
export function isAerialModel(model: PathLossModelName): model is AerialModelName {
  return model === 'uma-av' || model === 'umi-av' || model === 'rma-av'
}

/** True when a UT at `utHeightM` (m) is in the aerial regime of `model` (Table B-1..B-3 apply). */
export function isAerialRegime(model: AerialModelName, utHeightM: number): boolean {
  return utHeightM > aerialRegimeMinimumHeightM[model]
}

/**
 * Carrier range TR 36.777 studied, GHz: LTE bands, recalled as ≈0.7–2 GHz (UNVERIFIED, radio-models.md
 * §3 and §6 trap 14). Outside it the aerial formulas are an extrapolation through their fc terms;
 * Certus evaluates them and adds a warning.
 */
export const aerialStudiedFcRangeGhz = { minimum: 0.7, maximum: 2 } as const
