import { describe, expect, it } from 'vitest'
import { droneBackhaulScenario, droneBackhaulTargets, networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import { serviceProfileSchema, toServiceProfile } from './toServiceProfile.js'

describe('toServiceProfile (TS 28.541 ServiceProfile)', () => {
  const profile = toServiceProfile(droneBackhaulTargets, droneBackhaulScenario, { fleetSize: 4 })

  it('writes the §7 export sketch numbers in the standard’s units', () => {
    expect(profile.uLThptPerUE).toMatchObject({ guaThpt: 25_000, maxThpt: 31_000 })
    expect(profile.dLThptPerUE).toMatchObject({ guaThpt: 300 })
    expect(profile.dLThptPerUE?.maxThpt).toBeUndefined()
    expect(profile.uLLatency).toBe(100)
    expect(profile.jitter).toBe(50_000)
    expect(profile.reliability).toBe('99.9997')
    expect(profile.availability).toBe(99.9)
    expect(profile.uEMobilityLevel).toBe('FULLY MOBILITY')
  })

  it('takes the UE count from the options and the speed from the scenario’s km/h term, and scales the slice quotas by the fleet', () => {
    expect(profile.maxNumberofUEs).toBe(4)
    expect(profile.uESpeed).toBe(72)
    expect(profile.uLThptPerSlice).toMatchObject({ guaThpt: 100_000, maxThpt: 124_000 })
    expect(profile.uLThptPerUE?.servAttrCom).toEqual({ category: 'CHARACTER', tagging: ['PERFORMANCE'], exposure: 'KPI' })
  })

  it('puts the latency in the scenario’s direction only', () => {
    expect(profile.dLLatency).toBeUndefined()
    const both = toServiceProfile(droneBackhaulTargets, { ...droneBackhaulScenario, direction: 'both' })
    expect([both.uLLatency, both.dLLatency]).toEqual([100, 100])
  })

  it('passes its own schema and leaves out what the targets do not say', () => {
    expect(serviceProfileSchema.safeParse(profile).success).toBe(true)
    const bare = toServiceProfile(slaTargets([networkTarget('ul-throughput', 2.5, 'Mbit/s')]), droneBackhaulScenario)
    expect(bare).toEqual({
      serviceProfileId: 'certus-drone-4k-backhaul-v1',
      sst: 1,
      maxNumberofUEs: 1,
      uEMobilityLevel: 'FULLY MOBILITY',
      uESpeed: 72,
      networkSliceSharingIndicator: 'NON-SHARED',
      uLThptPerUE: { servAttrCom: { category: 'CHARACTER', tagging: ['PERFORMANCE'], exposure: 'KPI' }, guaThpt: 2500 },
      uLThptPerSlice: { servAttrCom: { category: 'SCALABILITY', tagging: ['PERFORMANCE'], exposure: 'KPI' }, guaThpt: 2500 },
    })
  })

  it('converts kbit/s, seconds and ratios, and refuses a unit it cannot read, naming the target', () => {
    const converted = toServiceProfile(
      slaTargets([networkTarget('ul-throughput', 800, 'kbit/s'), networkTarget('latency', 0.02, 's', 'max'), networkTarget('reliability', 0.999, 'ratio')]),
      droneBackhaulScenario,
    )
    expect(converted.uLThptPerUE?.guaThpt).toBe(800)
    expect(converted.uLLatency).toBe(20)
    expect(converted.reliability).toBe('99.9')
    expect(() => toServiceProfile(slaTargets([networkTarget('jitter', 5, 'frames', 'max')]), droneBackhaulScenario)).toThrow(/target jitter must be in ms, s or µs, not "frames"/)
  })
})
