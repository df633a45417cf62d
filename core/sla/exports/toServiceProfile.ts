import { z } from 'zod'
import type { Scenario, SlaTargets } from '../../api/schemas/slaSchemas.js'
import { availabilityPct, durationMs, kbps, percent, rateMbps, resolveExportOptions, roundTo, target, type SliceExportOptions } from './sliceExportInputs.js'

/** servAttrCom of a TS 28.541 service attribute (category, tagging, exposure), mirroring the NG.116 tags. */
const servAttrComSchema = z
  .object({
    category: z.enum(['CHARACTER', 'SCALABILITY']),
    tagging: z.array(z.enum(['PERFORMANCE', 'FUNCTION', 'OPERATION'])),
    exposure: z.enum(['API', 'KPI']),
  })
  .strict()

/** XLThpt: guaranteed and maximum throughput, kbit/s (TS 28.541, uint64). */
const throughputSchema = z
  .object({ servAttrCom: servAttrComSchema, guaThpt: z.number().int().nonnegative(), maxThpt: z.number().int().nonnegative().optional() })
  .strict()

/**
 * The ServiceProfile attributes Certus fills (TS 28.541 Slice NRM v17.7.0, sla-and-qoe-models.md
 * §3.1), with the standard's units: throughput kbit/s, latency ms (uint16), jitter µs (uint32),
 * availability percent with 4 decimals, reliability a percent string, uESpeed km/h.
 */
export const serviceProfileSchema = z
  .object({
    serviceProfileId: z.string().min(1),
    plmnInfoList: z.array(z.object({ plmnId: z.object({ mcc: z.string().regex(/^\d{3}$/), mnc: z.string().regex(/^\d{2,3}$/) }), snssai: z.object({ sst: z.number().int() }) })).optional(),
    sst: z.number().int().min(0).max(255),
    maxNumberofUEs: z.number().int().positive(),
    uEMobilityLevel: z.enum(['STATIONARY', 'NOMADIC', 'RESTRICTED MOBILITY', 'FULLY MOBILITY']),
    uESpeed: z.number().int().nonnegative(),
    networkSliceSharingIndicator: z.enum(['SHARED', 'NON-SHARED']),
    availability: z.number().min(0).max(100).optional(),
    uLLatency: z.number().int().min(0).max(65_535).optional(),
    dLLatency: z.number().int().min(0).max(65_535).optional(),
    jitter: z.number().int().min(0).max(4_294_967_295).optional(),
    reliability: z.string().regex(/^\d{1,3}(\.\d+)?$/, 'a percentage such as "99.9997"').optional(),
    survivalTime: z.string().optional(),
    uLThptPerUE: throughputSchema.optional(),
    dLThptPerUE: throughputSchema.optional(),
    uLThptPerSlice: throughputSchema.optional(),
    dLThptPerSlice: throughputSchema.optional(),
    coverageArea: z.string().optional(),
  })
  .strict()
export type ServiceProfile = z.infer<typeof serviceProfileSchema>

type ServAttrCom = z.infer<typeof servAttrComSchema>
/** Per-UE rates characterise the service; per-slice quotas scale with the fleet. Both are performance KPIs. */
const servAttrCom = (category: ServAttrCom['category']): ServAttrCom => ({ category, tagging: ['PERFORMANCE'], exposure: 'KPI' })

/**
 * The SLA's targets as a TS 28.541 ServiceProfile: per-UE throughput (guaranteed = the throughput
 * target, maximum = the MFBR target or option), per-slice quotas (× fleet size), latency in the
 * scenario's direction, jitter, reliability (rounded to 4 decimals), availability (from the
 * interruption limit), the UE speed and count. Rounded to the integer units the standard uses.
 */
export function toServiceProfile(targets: SlaTargets, scenario: Scenario, options: SliceExportOptions = {}): ServiceProfile {
  const o = resolveExportOptions(targets, scenario, options)
  const profile: ServiceProfile = {
    serviceProfileId: `certus-${scenario.id}-v${scenario.version}`,
    ...(o.plmn === null ? {} : { plmnInfoList: [{ plmnId: o.plmn, snssai: { sst: o.sst } }] }),
    sst: o.sst,
    maxNumberofUEs: o.fleetSize,
    uEMobilityLevel: o.maxSpeedKmh > 0 ? 'FULLY MOBILITY' : 'STATIONARY',
    uESpeed: Math.round(o.maxSpeedKmh),
    networkSliceSharingIndicator: 'NON-SHARED',
  }
  const availability = availabilityPct(targets)
  if (availability !== null) profile.availability = roundTo(availability, 4)
  const latency = target(targets, 'latency')
  if (latency !== undefined) {
    const ms = Math.round(durationMs(latency))
    if (scenario.direction !== 'dl') profile.uLLatency = ms
    if (scenario.direction !== 'ul') profile.dLLatency = ms
  }
  const jitter = target(targets, 'jitter')
  if (jitter !== undefined) profile.jitter = Math.round(durationMs(jitter) * 1000)
  const reliability = target(targets, 'reliability')
  if (reliability !== undefined) profile.reliability = String(roundTo(percent(reliability), 4))
  const survival = target(targets, 'survival-time')
  if (survival !== undefined) profile.survivalTime = String(durationMs(survival))
  addThroughputs(profile, 'uL', rateOf(targets, 'ul-throughput'), o.ulMaxMbps, o.fleetSize)
  addThroughputs(profile, 'dL', rateOf(targets, 'dl-throughput'), o.dlMaxMbps, o.fleetSize)
  if (o.coverageArea !== null) profile.coverageArea = o.coverageArea
  return serviceProfileSchema.parse(profile)
}

const rateOf = (targets: SlaTargets, id: string): number | null => {
  const found = target(targets, id)
  return found === undefined ? null : rateMbps(found)
}

function addThroughputs(profile: ServiceProfile, direction: 'uL' | 'dL', guaranteedMbps: number | null, maxMbps: number | null, fleetSize: number): void {
  if (guaranteedMbps === null && maxMbps === null) return
  const throughput = (category: ServAttrCom['category'], ues: number) => ({
    servAttrCom: servAttrCom(category),
    guaThpt: kbps((guaranteedMbps ?? 0) * ues),
    ...(maxMbps === null ? {} : { maxThpt: kbps(maxMbps * ues) }),
  })
  profile[`${direction}ThptPerUE`] = throughput('CHARACTER', 1)
  profile[`${direction}ThptPerSlice`] = throughput('SCALABILITY', fleetSize)
}
