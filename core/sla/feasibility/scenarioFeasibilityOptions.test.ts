import { describe, expect, it } from 'vitest'
import { droneBackhaulScenario } from '../testing/droneBackhaulTargets.js'
import { feasibilityOptionsFromScenario } from './scenarioFeasibilityOptions.js'

describe('feasibilityOptionsFromScenario', () => {
  const term = (id: string, value: number, unit: string) => ({ id, kind: 'assumption' as const, label: { en: id, zh: id }, value, unit, source: 'test', tag: 'U' as const })

  it('reads the drone speed in km/h or m/s and the recovery time in s or ms', () => {
    expect(feasibilityOptionsFromScenario({ ...droneBackhaulScenario, terms: [term('speed', 36, 'km/h'), term('recovery-time', 0.2, 's')] })).toEqual({ droneSpeedMps: 10, recoveryS: 0.2 })
    expect(feasibilityOptionsFromScenario({ ...droneBackhaulScenario, terms: [term('cruise', 12, 'm/s'), term('recovery-time', 1000, 'ms')] })).toEqual({ droneSpeedMps: 12, recoveryS: 1 })
  })

  it('says nothing when the scenario states neither (the defaults then apply)', () => {
    expect(feasibilityOptionsFromScenario({ ...droneBackhaulScenario, terms: [term('altitude', 120, 'm')] })).toEqual({})
  })
})
