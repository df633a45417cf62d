import { RadioInputError } from '../radioInputError.js'
import { isPathLossModelName, pathLossModelNames, type PathLossModelName } from './pathLossModelName.js'
import type { PropagationLink } from './propagationLink.js'
import { propagationModels } from './propagationModels.js'
import { resolveLinkParameters, resolvePoint, type ValidityMode } from './validateLink.js'

export { pathLossModelNames, type PathLossModelName }
export type { ValidityMode }

/** One BS–UT link: carrier in GHz, horizontal distance and antenna heights above ground in m. */
export interface PathLossLinkInput {
  fcGhz: number
  distance2dM: number
  bsHeightM: number
  utHeightM: number
}

/** Options of {@link evaluatePathLoss}. */
export interface PathLossOptions {
  /** Average building height h for RMa, m; default 5 (TR 38.901 Table 7.4.1-1). Ignored (with a warning) by UMa/UMi. */
  buildingHeightM?: number
  /** Average street width W for RMa, m; default 20 (TR 38.901 Table 7.4.1-1). Ignored (with a warning) by UMa/UMi. */
  streetWidthM?: number
  /** Out-of-validity inputs: `strict` (default) throws, `clamp` clamps and warns (see ValidityMode). */
  mode?: ValidityMode
}

/** Large-scale quantities of one link. Path loss and σ in dB, probability 0…1. */
export interface PathLossResult {
  pathLossLosDb: number
  /** NLOS path loss, already max(LOS, NLOS') where the model says so. */
  pathLossNlosDb: number
  losProbability: number
  /** Shadow-fading standard deviation in the LOS state, dB. */
  shadowFadingLosDb: number
  /** Shadow-fading standard deviation in the NLOS state, dB. */
  shadowFadingNlosDb: number
  /** What was clamped, extrapolated or ignored; empty when every input was in range. */
  warnings: string[]
}

/**
 * Path loss (LOS and NLOS), LOS probability and shadow-fading σ of a link under one model: TR 38.901
 * Tables 7.4.1-1 and 7.4.2-1 (`uma`, `umi`, `rma`) or TR 36.777 Tables B-1..B-3 (`-av`, which equal the
 * TR 38.901 model up to 22.5 m, 10 m for RMa-AV). Deterministic: UMa hE = 1 m, no shadowing drawn.
 * @throws RadioInputError for an unknown model, a non-finite input, or (strict) an input out of range.
 */
export function evaluatePathLoss(model: PathLossModelName, link: PathLossLinkInput, options: PathLossOptions = {}): PathLossResult {
  if (!isPathLossModelName(model)) {
    throw new RadioInputError('model', `model must be one of ${pathLossModelNames.join(', ')}, not ${JSON.stringify(model)}`)
  }
  const parameters = { fcGhz: link.fcGhz, bsHeightM: link.bsHeightM, buildingHeightM: options.buildingHeightM, streetWidthM: options.streetWidthM }
  for (const [argument, value] of Object.entries({ ...parameters, distance2dM: link.distance2dM, utHeightM: link.utHeightM })) {
    if (value !== undefined && !Number.isFinite(value)) throw RadioInputError.notFinite(argument, value, model)
  }
  const mode = options.mode ?? 'strict'
  const warnings: string[] = []
  const resolved: PropagationLink = {
    ...resolveLinkParameters(model, parameters, mode, warnings),
    distance2dM: link.distance2dM,
    utHeightM: link.utHeightM,
  }
  resolvePoint(model, resolved, link.distance2dM, link.utHeightM, mode, warnings)
  const propagation = propagationModels[model]
  return {
    pathLossLosDb: propagation.losPathLossDb(resolved),
    pathLossNlosDb: propagation.nlosPathLossDb(resolved),
    losProbability: propagation.losProbability(resolved),
    shadowFadingLosDb: propagation.shadowFadingLosDb(resolved),
    shadowFadingNlosDb: propagation.shadowFadingNlosDb(resolved),
    warnings,
  }
}

/**
 * LOS/NLOS combination the coverage engine uses, dB: the linear-domain mean of the two path gains,
 * −10·log10(P_LOS·10^(−PL_LOS/10) + (1 − P_LOS)·10^(−PL_NLOS/10)) (radio-models.md §4.4). It is the
 * expected received power, not a dB average (which would be optimistic, §6 trap 9). Computed relative
 * to the smaller loss so no term underflows.
 */
export function meanPathLossDb(losDb: number, nlosDb: number, pLos: number): number {
  const smallerDb = Math.min(losDb, nlosDb)
  return smallerDb - 10 * Math.log10(pLos * 10 ** (-(losDb - smallerDb) / 10) + (1 - pLos) * 10 ** (-(nlosDb - smallerDb) / 10))
}

/**
 * Shadow-fading σ of the combined link, dB: sqrt(P_LOS·σ_LOS² + (1 − P_LOS)·σ_NLOS²), the σ of the
 * shadowing when the state is LOS with probability P_LOS (the mixture's spread about each state's own
 * mean; the spread between the two means is already in {@link meanPathLossDb}). Chosen over "σ of the
 * more likely state" because it is continuous in P_LOS: no step where P_LOS crosses 0.5.
 */
export function combinedShadowFadingSigmaDb(sigmaLosDb: number, sigmaNlosDb: number, pLos: number): number {
  return Math.sqrt(pLos * sigmaLosDb ** 2 + (1 - pLos) * sigmaNlosDb ** 2)
}
