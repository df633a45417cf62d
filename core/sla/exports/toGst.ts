import { z } from 'zod'
import type { Scenario, SlaTargets } from '../../api/schemas/slaSchemas.js'
import { fiveQiTable } from './fiveQiTable.js'
import { availabilityPct, kbps, rateMbps, resolveExportOptions, target, type SliceExportOptions } from './sliceExportInputs.js'

/** The GST version whose attribute names and units are used (v10 adds Area of service: Minimum altitude). */
export const gstVersion = '10.0.0'

const characteristicSchema = z
  .object({
    name: z.string().min(1),
    value: z
      .object({
        value: z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]),
        unitOfMeasure: z.string().min(1),
        alias: z.string().optional(),
      })
      .strict(),
  })
  .strict()
export type GstCharacteristic = z.infer<typeof characteristicSchema>

/**
 * A filled-in GSMA NG.116 Generic Network Slice Template in the TMF633 service-specification form
 * the ETSI OpenSlice transcriptions use (`serviceSpecCharacteristic` of name + value with unit):
 * names and units as in GST 10.0.0 [S] (sla-and-qoe-models.md §3.2). Throughput kbps, PDB
 * milliseconds, altitude meters, availability percent.
 */
export const gstSchema = z
  .object({
    name: z.string().min(1),
    description: z.string(),
    version: z.literal(gstVersion),
    serviceSpecCharacteristic: z.array(characteristicSchema).min(1),
  })
  .strict()
export type Gst = z.infer<typeof gstSchema>

/**
 * NG.116 "Supported device velocity" classes by highest speed, numbered as sla-and-qoe-models.md
 * §3.2 and §7 give them (1 stationary, 2 pedestrian ≤ 10 km/h, 3 vehicular ≤ 120 km/h, 4 high-speed
 * ≤ 500 km/h). The OpenSlice GST 10 copy numbers the same classes from 0 [S, disagreement noted].
 */
export function deviceVelocityClass(maxSpeedKmh: number): { value: number; alias: string } {
  if (maxSpeedKmh <= 0) return { value: 1, alias: 'Stationary: 0 km/h' }
  if (maxSpeedKmh <= 10) return { value: 2, alias: 'Pedestrian: 0 km/h to 10 km/h' }
  if (maxSpeedKmh <= 120) return { value: 3, alias: 'Vehicular: 10 km/h to 120 km/h' }
  return { value: 4, alias: 'High speed vehicular: 120 km/h to 500 km/h' }
}

/**
 * The SLA's targets as a GST: availability (from the interruption limit), area of service with the
 * minimum altitude, slice quotas (fleet × per-UE rate), per-UE maximum rates, the 5QI with its
 * TS 23.501 characteristics and the flow bit rates, the device velocity class and the UE count.
 * Attributes the targets do not determine are left out, not guessed.
 */
export function toGst(targets: SlaTargets, scenario: Scenario, options: SliceExportOptions = {}): Gst {
  const o = resolveExportOptions(targets, scenario, options)
  const list: GstCharacteristic[] = []
  const add = (name: string, value: GstCharacteristic['value']['value'], unitOfMeasure = 'N/A', alias?: string): void => {
    list.push({ name, value: { value, unitOfMeasure, ...(alias === undefined ? {} : { alias }) } })
  }
  const availability = availabilityPct(targets)
  if (availability !== null) add('Availability', availability, 'percent')
  add('Area of Service', o.countryCodes, 'N/A', 'ISO 3166-1 Alpha-2 country codes')
  if (o.minimumAltitudeM !== null) add('Area of Service: Minimum altitude', Math.round(o.minimumAltitudeM), 'meters')
  const ul = target(targets, 'ul-throughput')
  const dl = target(targets, 'dl-throughput')
  if (ul !== undefined) add('Uplink throughput per network slice: Guaranteed uplink throughput quota', kbps(rateMbps(ul) * o.fleetSize), 'kbps')
  if (o.ulMaxMbps !== null) {
    add('Uplink throughput per network slice: Maximum uplink throughput', kbps(o.ulMaxMbps * o.fleetSize), 'kbps')
    add('Uplink maximum throughput per UE: Maximum Uplink Throughput per UE value', kbps(o.ulMaxMbps), 'kbps')
  }
  if (dl !== undefined) add('Downlink throughput per network slice: Guaranteed downlink throughput quota', kbps(rateMbps(dl) * o.fleetSize), 'kbps')
  if (o.dlMaxMbps !== null) {
    add('Downlink throughput per network slice: Maximum downlink throughput', kbps(o.dlMaxMbps * o.fleetSize), 'kbps')
    add('Downlink maximum throughput per UE: Maximum downlink throughput per UE value', kbps(o.dlMaxMbps), 'kbps')
  }
  addQos(add, targets, o)
  const velocity = deviceVelocityClass(o.maxSpeedKmh)
  add('Supported device velocity', velocity.value, 'Kilometres per hour (km/h)', velocity.alias)
  add('Maximum number of UEs', o.fleetSize)
  return gstSchema.parse({
    name: `Certus ${scenario.id} v${scenario.version}`,
    description: `${scenario.name.en}: network slice derived by Certus from the SLA terms of scenario ${scenario.id} (version ${scenario.version})`,
    version: gstVersion,
    serviceSpecCharacteristic: list,
  })
}

type Add = (name: string, value: GstCharacteristic['value']['value'], unitOfMeasure?: string, alias?: string) => void

/** Slice quality of service: the 5QI list, its standardised characteristics, and GFBR/MFBR of the flow (kbps). */
function addQos(add: Add, targets: SlaTargets, o: ReturnType<typeof resolveExportOptions>): void {
  const fiveQi = target(targets, 'five-qi')
  if (fiveQi === undefined) return
  const qi = Math.round(fiveQi.value)
  add('Slice quality of service: 3GPP 5QI', [qi])
  const row = fiveQiTable[qi]
  if (row !== undefined) {
    add('Slice quality of service: Resource Type', row.resourceType)
    if (row.priorityLevel !== null) add('Slice quality of service: Priority Level', row.priorityLevel)
    add('Slice quality of service: Packet Delay Budget', row.packetDelayBudgetMs, 'Milliseconds')
    add('Slice quality of service: Packet Error Rate', row.packetErrorRate)
  }
  const ul = target(targets, 'ul-throughput')
  if (ul !== undefined) add('Slice quality of service: Guaranteed Flow Bit Rate - Uplink', kbps(rateMbps(ul)), 'kbps')
  if (o.ulMaxMbps !== null) add('Slice quality of service: Maximum Flow Bit Rate - Uplink', kbps(o.ulMaxMbps), 'kbps')
  const dl = target(targets, 'dl-throughput')
  if (dl !== undefined) add('Slice quality of service: Guaranteed Flow Bit Rate - Downlink', kbps(rateMbps(dl)), 'kbps')
  if (o.dlMaxMbps !== null) add('Slice quality of service: Maximum Flow Bit Rate - Downlink', kbps(o.dlMaxMbps), 'kbps')
}
