import { RadioInputError } from '../radioInputError.js'
import { aerialStudiedFcRangeGhz, isAerialModel, isAerialRegime } from './aerialRegime.js'
import type { PathLossModelName } from './pathLossModelName.js'
import type { PropagationLink } from './propagationLink.js'
import { rmaDefaultBuildingHeightM, rmaDefaultStreetWidthM } from './rmaPathLoss.js'
import { modelValidity, type ModelValidity, type ParameterRange } from './validityRanges.js'

/**
 * How inputs outside a model's validity are handled: `strict` throws a RadioInputError naming the
 * argument, range and clause; `clamp` moves the value to the nearest limit and says so in a warning
 * (maps need an answer everywhere). One exception in `clamp`: a d2D beyond the upper limit is
 * evaluated as given (extrapolated, with a warning), because a clamped distance would freeze path
 * loss and paint false coverage out to the horizon.
 */
export type ValidityMode = 'strict' | 'clamp'

/** The per-call inputs of a link: carrier, BS height and the RMa environment (defaults h 5 m, W 20 m). */
export interface LinkParameters {
  fcGhz: number
  bsHeightM: number
  buildingHeightM?: number
  streetWidthM?: number
}

type ResolvedParameters = Required<LinkParameters>

const units: Record<string, string> = { fcGhz: 'GHz' }

function context(validity: ModelValidity, range: ParameterRange): string {
  return `${validity.label} (${range.source ?? validity.clause})`
}

/** Checks (strict) or clamps (clamp) one value against its range; pushes a warning when clamped. */
function resolveValue(
  argument: keyof ModelValidity & keyof PropagationLink,
  value: number,
  validity: ModelValidity,
  mode: ValidityMode,
  warnings: string[] | null,
): number {
  const range = validity[argument] as ParameterRange
  if (value >= range.minimum && value <= range.maximum) return value
  const unit = units[argument] ?? 'm'
  if (mode === 'strict' || Number.isNaN(value)) {
    throw RadioInputError.outOfRange(argument, value, { minimum: range.minimum, maximum: range.maximum, unit }, context(validity, range))
  }
  const limit = value < range.minimum ? range.minimum : range.maximum
  warnings?.push(
    `${argument} ${value} ${unit} is ${value < range.minimum ? 'below' : 'above'} ${limit} ${unit}, the ${value < range.minimum ? 'lower' : 'upper'} limit for ${context(validity, range)}: evaluated at ${limit} ${unit}`,
  )
  return limit
}

/**
 * Resolves the per-call parameters of `model`: fills the RMa defaults, then checks or clamps fc, hBS,
 * h and W (their ranges do not depend on the regime). h and W given to a model without them are
 * ignored with a warning. Units: GHz, m.
 */
export function resolveLinkParameters(
  model: PathLossModelName,
  parameters: LinkParameters,
  mode: ValidityMode,
  warnings: string[] | null,
): ResolvedParameters {
  const validity = modelValidity(model, 0)
  const resolved: ResolvedParameters = {
    fcGhz: resolveValue('fcGhz', parameters.fcGhz, validity, mode, warnings),
    bsHeightM: resolveValue('bsHeightM', parameters.bsHeightM, validity, mode, warnings),
    buildingHeightM: parameters.buildingHeightM ?? rmaDefaultBuildingHeightM,
    streetWidthM: parameters.streetWidthM ?? rmaDefaultStreetWidthM,
  }
  for (const argument of ['buildingHeightM', 'streetWidthM'] as const) {
    if (validity[argument] !== null) resolved[argument] = resolveValue(argument, resolved[argument], validity, mode, warnings)
    else if (parameters[argument] !== undefined) warnings?.push(`${argument} is ignored by ${validity.label}: only RMa uses it`)
  }
  return resolved
}

/**
 * Writes one point's d2D and hUT (m) into `link`, checked (strict) or clamped (clamp, see
 * {@link ValidityMode}); `link` already holds the resolved parameters. Returns true when the point
 * was moved or extrapolated. Pushes warnings when `warnings` is given (kernels pass null: no
 * allocation per point). NaN passes through in `clamp` and throws in `strict`.
 */
export function resolvePoint(
  model: PathLossModelName,
  link: PropagationLink,
  distance2dM: number,
  utHeightM: number,
  mode: ValidityMode,
  warnings: string[] | null,
): boolean {
  link.utHeightM = Number.isNaN(utHeightM) && mode === 'clamp' ? utHeightM : resolveValue('utHeightM', utHeightM, modelValidity(model, 0), mode, warnings)
  const validity = modelValidity(model, link.utHeightM)
  const range = validity.distance2dM
  let adjusted = !Object.is(link.utHeightM, utHeightM)
  if (distance2dM > range.maximum && mode === 'clamp') {
    warnings?.push(
      `distance2dM ${distance2dM} m is beyond ${range.maximum} m, the upper limit for ${context(validity, range)}: the formulas are extrapolated`,
    )
    link.distance2dM = distance2dM
    adjusted = true
  } else {
    link.distance2dM = Number.isNaN(distance2dM) && mode === 'clamp' ? distance2dM : resolveValue('distance2dM', distance2dM, validity, mode, warnings)
    adjusted ||= !Object.is(link.distance2dM, distance2dM)
  }
  if (warnings !== null && isAerialModel(model) && isAerialRegime(model, link.utHeightM)) warnAboutAerialCarrier(link.fcGhz, warnings)
  return adjusted
}

function warnAboutAerialCarrier(fcGhz: number, warnings: string[]): void {
  if (fcGhz >= aerialStudiedFcRangeGhz.minimum && fcGhz <= aerialStudiedFcRangeGhz.maximum) return
  warnings.push(
    `fcGhz ${fcGhz} GHz is outside the ${aerialStudiedFcRangeGhz.minimum}…${aerialStudiedFcRangeGhz.maximum} GHz LTE bands TR 36.777 was studied in (as recalled, UNVERIFIED): the aerial formulas are extrapolated through their fc terms`,
  )
}
