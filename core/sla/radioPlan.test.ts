import { describe, expect, it } from 'vitest'
import { defaultRadioPlan, resolveRadioPlan } from './radioPlan.js'
import { applyTermOverrides, getScenario } from './scenarioCatalogue.js'
import { ScenarioTerms } from './scenarioTerms.js'

describe('radio plan', () => {
  it('defaults to the coverage engine carrier: n78 100 MHz, 30 kHz, DDDSU, 49 dBm, whole carrier, 4 dB margin', () => {
    expect(defaultRadioPlan).toMatchObject({ bandwidthMhz: 100, scsKhz: 30, tddPattern: 'DDDSU', gnbTxPowerDbm: 49, ulLayers: 1, ulPrbShare: 1, sinrMarginDb: 4, ueMaxPowerDbm: 23 })
  })

  it('takes scenario terms over defaults and the caller over terms', () => {
    const fwa = new ScenarioTerms(getScenario('fwa-premium'))
    const fromTerms = resolveRadioPlan(fwa)
    expect(fromTerms.plan).toMatchObject({ dlLayers: 4, ulLayers: 2, ueMaxPowerDbm: 26, dlPrbShare: 0.5 })
    expect(fromTerms.fromTerms).toContain('ueMaxPowerDbm ← ue-max-power')
    expect(resolveRadioPlan(fwa, { dlLayers: 2 }).plan.dlLayers).toBe(2)
  })

  it('checks term ranges, naming the term', () => {
    const terms = new ScenarioTerms(applyTermOverrides(getScenario('live-streaming-8k'), { 'ul-layers': 6 }))
    expect(() => resolveRadioPlan(terms)).toThrow('term ul-layers of live-streaming-8k must be a number within 1…4, not 6')
  })
})
