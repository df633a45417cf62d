import { describe, expect, it } from 'vitest'
import { droneBackhaulScenario, droneBackhaulTargets, networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import { deviceVelocityClass, gstSchema, gstVersion, toGst } from './toGst.js'

describe('toGst (GSMA NG.116 GST)', () => {
  const gst = toGst(droneBackhaulTargets, droneBackhaulScenario, { fleetSize: 3 })
  const value = (name: string): { value: unknown; unitOfMeasure: string; alias?: string } | undefined => gst.serviceSpecCharacteristic.find((c) => c.name === name)?.value

  it('writes the §7 export sketch: per-UE maximum 31 000 kbps, quota fleet × 25 000 kbps, 5QI 71, minimum altitude, velocity class 3, availability 99.9 %', () => {
    expect(value('Uplink maximum throughput per UE: Maximum Uplink Throughput per UE value')).toEqual({ value: 31_000, unitOfMeasure: 'kbps' })
    expect(value('Uplink throughput per network slice: Guaranteed uplink throughput quota')).toEqual({ value: 75_000, unitOfMeasure: 'kbps' })
    expect(value('Uplink throughput per network slice: Maximum uplink throughput')).toEqual({ value: 93_000, unitOfMeasure: 'kbps' })
    expect(value('Slice quality of service: 3GPP 5QI')).toEqual({ value: [71], unitOfMeasure: 'N/A' })
    expect(value('Area of Service: Minimum altitude')).toEqual({ value: 120, unitOfMeasure: 'meters' })
    expect(value('Supported device velocity')).toMatchObject({ value: 3, alias: 'Vehicular: 10 km/h to 120 km/h' })
    expect(value('Availability')).toEqual({ value: 99.9, unitOfMeasure: 'percent' })
    expect(value('Maximum number of UEs')).toEqual({ value: 3, unitOfMeasure: 'N/A' })
  })

  it('adds the 5QI’s TS 23.501 characteristics and the flow bit rates in the slice QoS parameters', () => {
    expect(value('Slice quality of service: Resource Type')?.value).toBe('GBR')
    expect(value('Slice quality of service: Packet Delay Budget')).toEqual({ value: 150, unitOfMeasure: 'Milliseconds' })
    expect(value('Slice quality of service: Packet Error Rate')?.value).toBe(1e-6)
    expect(value('Slice quality of service: Guaranteed Flow Bit Rate - Uplink')).toEqual({ value: 25_000, unitOfMeasure: 'kbps' })
    expect(value('Slice quality of service: Maximum Flow Bit Rate - Uplink')).toEqual({ value: 31_000, unitOfMeasure: 'kbps' })
    expect(value('Slice quality of service: Guaranteed Flow Bit Rate - Downlink')).toEqual({ value: 300, unitOfMeasure: 'kbps' })
  })

  it('names the template version and the scenario, passes its schema, and names every attribute once', () => {
    expect(gst.version).toBe(gstVersion)
    expect(gst.name).toBe('Certus drone-4k-backhaul v1')
    expect(gstSchema.safeParse(gst).success).toBe(true)
    const names = gst.serviceSpecCharacteristic.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('leaves out what the targets do not determine (no 5QI, no maximum rate, no altitude)', () => {
    const bare = toGst(slaTargets([networkTarget('ul-throughput', 10, 'Mbit/s')]), { ...droneBackhaulScenario, terms: [] })
    const names = bare.serviceSpecCharacteristic.map((c) => c.name)
    expect(names).toEqual([
      'Area of Service',
      'Uplink throughput per network slice: Guaranteed uplink throughput quota',
      'Supported device velocity',
      'Maximum number of UEs',
    ])
  })

  it('classes device velocity by the highest speed (sla-and-qoe-models.md §3.2 numbering)', () => {
    expect([0, 5, 10, 10.1, 120, 121, 500].map((kmh) => deviceVelocityClass(kmh).value)).toEqual([1, 2, 2, 3, 3, 4, 4])
  })
})
