import { describe, expect, it } from 'vitest'
import { droneBackhaulScenario } from '../testing/droneBackhaulTargets.js'
import { coverageParametersForScenario } from './planCoverageParameters.js'

const term = (id: string, value: number | string, unit: string) => ({ id, kind: 'assumption' as const, label: { en: id, zh: id }, value, unit, source: 'test', tag: 'U' as const })

describe('coverageParametersForScenario', () => {
  it('predicts on the whole planned carrier by default (273 PRB of 100 MHz at 30 kHz), one UL and two DL layers, a PC3 UE', () => {
    expect(coverageParametersForScenario(droneBackhaulScenario)).toEqual({
      environment: 'uma', ulPrbs: 273, ulLayers: 1, dlLayers: 2, ueMaxPowerDbm: 23, ueNoiseFigureDb: 9, gnbNoiseFigureDb: 5,
    })
  })

  it('follows the scenario’s plan terms: UL share, layers, IoT and environment', () => {
    const scenario = { ...droneBackhaulScenario, terms: [...droneBackhaulScenario.terms, term('ul-prb-share', 0.5, ''), term('ul-layers', 2, ''), term('ul-iot', 8, 'dB'), term('environment', 'RMa', '')] }
    expect(coverageParametersForScenario(scenario)).toMatchObject({ environment: 'rma', ulPrbs: 137, ulLayers: 2, iotDb: 8, aerialIotDb: 8 })
  })

  it('refuses an unreadable plan, naming the term', () => {
    const scenario = { ...droneBackhaulScenario, terms: [term('carrier-bandwidth', 7, 'MHz')] }
    expect(() => coverageParametersForScenario(scenario)).toThrow(/carrier-bandwidth/)
  })
})
