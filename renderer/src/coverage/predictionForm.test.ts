import { describe, expect, it } from 'vitest'
import { defaultPredictionForm, parseAltitudes, parseTargetKey, predictionParamsFrom, targetKey } from './predictionForm.js'

describe('parseAltitudes', () => {
  it('reads the five default layers, separated by commas, Chinese commas or spaces', () => {
    expect(parseAltitudes(defaultPredictionForm.altitudesText)).toEqual([1.5, 30, 60, 120, 300])
    expect(parseAltitudes('30，60、 120 300')).toEqual([30, 60, 120, 300])
  })
  it('drops repeats and keeps the order given', () => {
    expect(parseAltitudes('120, 30, 120')).toEqual([120, 30])
  })
  it('refuses an empty list, text, heights outside 1…500 m and more than 12 layers', () => {
    expect(parseAltitudes(' ')).toBeNull()
    expect(parseAltitudes('30, high')).toBeNull()
    expect(parseAltitudes('0.5')).toBeNull()
    expect(parseAltitudes('501')).toBeNull()
    expect(parseAltitudes(Array.from({ length: 13 }, (_, i) => i + 1).join(','))).toBeNull()
  })
})

describe('target keys', () => {
  it('round-trip kind and name, colons in the name included', () => {
    expect(parseTargetKey(targetKey('route', 'Patrol: north'))).toEqual({ kind: 'route', name: 'Patrol: north' })
    expect(parseTargetKey('')).toBeNull()
    expect(parseTargetKey('site:A')).toBeNull()
    expect(parseTargetKey('area:')).toBeNull()
  })
})

describe('predictionParamsFrom', () => {
  const form = { ...defaultPredictionForm, target: targetKey('area', 'Task area A'), resolutionM: 100 as number | '' }

  it('builds coverage.predict parameters from a filled form', () => {
    expect(predictionParamsFrom(form, true)).toEqual({
      params: {
        target: { kind: 'area', name: 'Task area A' },
        altitudesM: [1.5, 30, 60, 120, 300],
        resolutionM: 100,
        parameters: { environment: 'uma' },
        applyCalibration: true,
      },
    })
  })
  it('leaves the resolution to the core when the field is empty, and applies no calibration when there is none', () => {
    const result = predictionParamsFrom({ ...form, resolutionM: '' }, false)
    expect('params' in result && result.params).toMatchObject({ applyCalibration: false })
    expect('params' in result && 'resolutionM' in result.params).toBe(false)
  })
  it('names the first field that stops the prediction', () => {
    expect(predictionParamsFrom({ ...form, target: '' }, false)).toEqual({ problem: 'target' })
    expect(predictionParamsFrom({ ...form, altitudesText: '30, 900' }, false)).toEqual({ problem: 'altitudes' })
    expect(predictionParamsFrom({ ...form, resolutionM: 0.5 }, false)).toEqual({ problem: 'resolution' })
  })
})
