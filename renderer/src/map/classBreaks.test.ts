import { describe, expect, it } from 'vitest'
import { checkBreaks, parseLimit, parseStoredBreaks, parseStoredBreaksOf, schemeFor, withBreaks } from './classBreaks.js'
import { classifySamples, metricSchemes } from './metricClasses.js'

describe('checkBreaks', () => {
  it('accepts strictly ascending finite limits', () => {
    expect(checkBreaks([-110, -100, -90, -80])).toBeNull()
    expect(checkBreaks([0.5, 1, 2.25])).toBeNull()
    expect(checkBreaks([])).toBeNull()
  })
  it('names the first limit that is not above the one before it', () => {
    expect(checkBreaks([-110, -100, -105, -80])).toEqual({ index: 2, reason: 'notAscending' })
    expect(checkBreaks([1, 1])).toEqual({ index: 1, reason: 'notAscending' })
  })
  it('names a limit that is not a number (an empty input)', () => {
    expect(checkBreaks([1, Number.NaN, 3])).toEqual({ index: 1, reason: 'notANumber' })
    expect(checkBreaks([Number.POSITIVE_INFINITY])).toEqual({ index: 0, reason: 'notANumber' })
  })
})

describe('parseLimit', () => {
  it('reads numbers, a typographic minus, and gives NaN for empty or other text', () => {
    expect(parseLimit(' -95.5 ')).toBe(-95.5)
    expect(parseLimit('\u2212110')).toBe(-110)
    expect(parseLimit('')).toBeNaN()
    expect(parseLimit('abc')).toBeNaN()
  })
})

describe('schemeFor', () => {
  it('uses the custom limits of a metric, keeping its colours and unit', () => {
    const scheme = schemeFor('rsrpDbm', { rsrpDbm: [-120, -105, -95, -85] })
    expect(scheme.breaks).toEqual([-120, -105, -95, -85])
    expect(scheme.colours).toBe(metricSchemes.rsrpDbm.colours)
    expect(scheme.unit).toBe('dBm')
  })
  it('keeps the defaults for a metric without custom limits, or with unusable ones', () => {
    expect(schemeFor('sinrDb', { rsrpDbm: [-120, -105, -95, -85] })).toBe(metricSchemes.sinrDb)
    expect(schemeFor('rsrpDbm', { rsrpDbm: [-120, -105] })).toBe(metricSchemes.rsrpDbm)
    expect(schemeFor('rsrpDbm', { rsrpDbm: [-80, -90, -100, -110] })).toBe(metricSchemes.rsrpDbm)
  })
  it('recolours the samples from the new limits', () => {
    const values = new Float32Array([-87])
    const top = metricSchemes.rsrpDbm.colours[4]
    const { colours: before } = classifySamples(values, metricSchemes.rsrpDbm)
    const { colours: after } = classifySamples(values, schemeFor('rsrpDbm', { rsrpDbm: [-120, -105, -95, -90] }))
    expect([...before.subarray(0, 4)]).toEqual([...metricSchemes.rsrpDbm.colours[3]!])
    expect([...after.subarray(0, 4)]).toEqual([...top!])
  })
})

describe('parseStoredBreaks', () => {
  it('reads the limits kept in storage', () => {
    expect(parseStoredBreaks('{"sinrDb":[-3,3,10,20],"cqi":[3,6,9,12]}')).toEqual({ sinrDb: [-3, 3, 10, 20], cqi: [3, 6, 9, 12] })
  })
  it('drops what it cannot use: bad JSON, unknown metrics, wrong counts, non-numbers, disorder', () => {
    expect(parseStoredBreaks(null)).toEqual({})
    expect(parseStoredBreaks('{oops')).toEqual({})
    expect(parseStoredBreaks('[1,2]')).toEqual({})
    expect(parseStoredBreaks('{"bogus":[1,2,3,4],"sinrDb":[1,2],"cqi":[1,"2",3,4],"dlMbps":[4,3,2,1],"ulMbps":[1,2,3,4]}')).toEqual({
      ulMbps: [1, 2, 3, 4],
    })
  })
})

describe('class limits of any layer (withBreaks, parseStoredBreaksOf)', () => {
  const schemes = {
    a: { metric: 'a', unit: 'dB', breaks: [0, 10], colours: metricSchemes.rsrpDbm.colours.slice(0, 3) },
    b: { metric: 'b', unit: '', breaks: [1], colours: metricSchemes.rsrpDbm.colours.slice(0, 2) },
  } as const

  it('uses the user limits only when they fit the scheme', () => {
    expect(withBreaks(schemes.a, [-5, 5]).breaks).toEqual([-5, 5])
    expect(withBreaks(schemes.a, [5, -5]).breaks).toEqual([0, 10])
    expect(withBreaks(schemes.a, [1, 2, 3]).breaks).toEqual([0, 10])
    expect(withBreaks(schemes.a, undefined)).toBe(schemes.a)
  })
  it('reads stored limits of the layer own metrics and drops the rest', () => {
    expect(parseStoredBreaksOf('{"a":[-5,5],"b":[1,2],"rsrpDbm":[-120,-105,-95,-85]}', schemes)).toEqual({ a: [-5, 5] })
    expect(parseStoredBreaksOf('not json', schemes)).toEqual({})
  })
})
