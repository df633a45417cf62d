import type { SliceExportOptionsInput } from '../../api/schemas/slaExportSchemas.js'
import type { NetworkTarget, Scenario, SlaTargets } from '../../api/schemas/slaSchemas.js'

/** What an export needs besides the targets; the schema (core/api/schemas/slaExportSchemas.ts) documents each field and its default. */
export type SliceExportOptions = SliceExportOptionsInput

/** The options with their defaults resolved from the scenario. */
export interface ResolvedExportOptions {
  fleetSize: number
  maxSpeedKmh: number
  minimumAltitudeM: number | null
  countryCodes: string[]
  coverageArea: string | null
  ulMaxMbps: number | null
  dlMaxMbps: number | null
  sst: number
  plmn: { mcc: string; mnc: string } | null
}

/** Default speed when neither the options nor the scenario say: 60 km/h, a typical drone patrol limit (planning value). */
export const defaultMaxSpeedKmh = 60

export function resolveExportOptions(targets: SlaTargets, scenario: Scenario, options: SliceExportOptions = {}): ResolvedExportOptions {
  const term = (test: (id: string, unit: string) => boolean): number | undefined => {
    const found = scenario.terms.find((t) => typeof t.value === 'number' && test(t.id, t.unit))
    return found === undefined ? undefined : (found.value as number)
  }
  const speedKmh = term((_, unit) => unit === 'km/h') ?? mapDefined(term((_, unit) => unit === 'm/s'), (v) => v * 3.6)
  return {
    fleetSize: options.fleetSize ?? term((id) => id.includes('fleet')) ?? 1,
    maxSpeedKmh: options.maxSpeedKmh ?? speedKmh ?? defaultMaxSpeedKmh,
    minimumAltitudeM: options.minimumAltitudeM ?? term((id, unit) => id.includes('altitude') && unit === 'm') ?? null,
    countryCodes: options.countryCodes ?? ['CN'],
    coverageArea: options.coverageArea ?? null,
    ulMaxMbps: options.ulMaxMbps ?? maxRateMbps(targets, 'ul'),
    dlMaxMbps: options.dlMaxMbps ?? maxRateMbps(targets, 'dl'),
    sst: options.sst ?? 1,
    plmn: options.plmn ?? null,
  }
}

const mapDefined = <T, U>(value: T | undefined, map: (v: T) => U): U | undefined => (value === undefined ? undefined : map(value))

/** A per-UE maximum (MFBR) target of the direction, if the translator gave one (ids `ul-max-throughput` / `ul-throughput-max`). */
function maxRateMbps(targets: SlaTargets, direction: 'ul' | 'dl'): number | null {
  const target = targets.targets.find((t) => t.id === `${direction}-max-throughput` || t.id === `${direction}-throughput-max`)
  return target === undefined ? null : rateMbps(target)
}

const rateUnitsMbps: Readonly<Record<string, number>> = { 'bit/s': 1e-6, 'kbit/s': 1e-3, 'Mbit/s': 1, 'Gbit/s': 1e3 }

/** A throughput target in Mbit/s; throws naming the target on another unit. */
export function rateMbps(target: NetworkTarget): number {
  const factor = rateUnitsMbps[target.unit]
  if (factor === undefined) throw new RangeError(`target ${target.id} must be in ${Object.keys(rateUnitsMbps).join(', ')}, not ${JSON.stringify(target.unit)}`)
  return target.value * factor
}

/** Mbit/s → kbit/s, the unit of TS 28.541 XLThpt and of the GST throughput attributes, rounded to whole kbit/s. */
export const kbps = (mbps: number): number => Math.round(mbps * 1000)

/** A time target in ms (from ms, s or µs); throws naming the target on another unit. */
export function durationMs(target: NetworkTarget): number {
  if (target.unit === 'ms') return target.value
  if (target.unit === 's') return target.value * 1000
  if (target.unit === 'µs' || target.unit === 'us') return target.value / 1000
  throw new RangeError(`target ${target.id} must be in ms, s or µs, not ${JSON.stringify(target.unit)}`)
}

/** A share target in percent (from % or a ratio 0…1); throws naming the target on another unit. */
export function percent(target: NetworkTarget): number {
  if (target.unit === '%') return target.value
  if (target.unit === 'ratio') return target.value * 100
  throw new RangeError(`target ${target.id} must be in % or ratio, not ${JSON.stringify(target.unit)}`)
}

/**
 * Availability in percent: an `availability` target if the translator gave one; else derived from
 * the interruption limit, as the share of time the service is delivered (TS 22.261 §3.1 communication
 * service availability): 100 · (1 − interruption s/h ÷ 3600), so 3.6 s/h → 99.9 %. Null when neither.
 */
export function availabilityPct(targets: SlaTargets): number | null {
  const availability = targets.targets.find((t) => t.id === 'availability')
  if (availability !== undefined) return percent(availability)
  const interruption = targets.targets.find((t) => t.id === 'interruption')
  if (interruption === undefined) return null
  const secondsPerHour = interruption.unit === '%' ? interruption.value * 36 : interruption.unit === 'ratio' ? interruption.value * 3600 : interruption.value
  return roundTo(100 * (1 - secondsPerHour / 3600), 4)
}

/** Rounds to `digits` decimals without binary noise (99.99972 → 99.9997). */
export const roundTo = (value: number, digits: number): number => Number(value.toFixed(digits))

/** The target with this id, if the SLA has one. */
export const target = (targets: SlaTargets, id: string): NetworkTarget | undefined => targets.targets.find((t) => t.id === id)
