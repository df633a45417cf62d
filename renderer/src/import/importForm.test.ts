import { describe, expect, it } from 'vitest'
import { defaultImportForm, importOptionsFrom, kindChoices } from './importForm.js'

describe('importOptionsFrom', () => {
  it('leaves everything to the core by default (detect the kind, its 5 % threshold)', () => {
    expect(importOptionsFrom(defaultImportForm)).toEqual({ options: { rejectThreshold: 0.05 } })
    expect(importOptionsFrom({ ...defaultImportForm, rejectThresholdPct: '' })).toEqual({ options: {} })
  })
  it('passes the kind, the altitude in metres, force and the threshold as a share', () => {
    expect(importOptionsFrom({ kind: 'route', altitudeM: 120, force: true, rejectThresholdPct: 12.5 })).toEqual({
      options: { kind: 'route', altitudeM: 120, force: true, rejectThreshold: 0.125 },
    })
    expect(importOptionsFrom({ ...defaultImportForm, altitudeM: ' 60 ' })).toMatchObject({ options: { altitudeM: 60 } })
  })
  it('names the field out of range: altitude outside −500…20 000 m, threshold outside 0…100 %', () => {
    expect(importOptionsFrom({ ...defaultImportForm, altitudeM: 20_001 })).toEqual({ problem: 'altitude' })
    expect(importOptionsFrom({ ...defaultImportForm, altitudeM: 'high' })).toEqual({ problem: 'altitude' })
    expect(importOptionsFrom({ ...defaultImportForm, rejectThresholdPct: -1 })).toEqual({ problem: 'threshold' })
    expect(importOptionsFrom({ ...defaultImportForm, rejectThresholdPct: 101 })).toEqual({ problem: 'threshold' })
  })
  it('offers auto-detection first, then every kind of the API', () => {
    expect(kindChoices).toEqual(['auto', 'drivetest', 'cells', 'kpi', 'kqi', 'route', 'area'])
  })
})
