import { describe, expect, it } from 'vitest'
import { sampleMetrics } from '../../../core/api/schemas/layerSchemas.js'
import { classIndex, classifySamples, formatLimit, legendClasses, metricSchemes, noValueColour } from './metricClasses.js'

const rsrp = metricSchemes.rsrpDbm

describe('classIndex', () => {
  it('puts a value below the first limit in class 0 and at or above the last in the top class', () => {
    expect(classIndex(-125, rsrp.breaks)).toBe(0)
    expect(classIndex(-60, rsrp.breaks)).toBe(4)
  })
  it('puts a value equal to a limit in the class above it', () => {
    expect(classIndex(-110, rsrp.breaks)).toBe(1)
    expect(classIndex(-80, rsrp.breaks)).toBe(4)
    expect(classIndex(-80.01, rsrp.breaks)).toBe(3)
  })
  it('gives −1 for NaN (not measured)', () => {
    expect(classIndex(Number.NaN, rsrp.breaks)).toBe(-1)
  })
})

describe('classifySamples', () => {
  it('colours RSRP ≥ −80 dBm dark green, < −110 dBm red and NaN grey, four bytes per sample', () => {
    const { colours, counts, missing } = classifySamples(new Float32Array([-70, -85, -95, -105, -115, Number.NaN]), rsrp)
    expect(colours).toBeInstanceOf(Uint8Array)
    expect(colours.length).toBe(24)
    expect([...colours.subarray(0, 4)]).toEqual([...(rsrp.colours[4] ?? [])])
    expect([...colours.subarray(16, 20)]).toEqual([...(rsrp.colours[0] ?? [])])
    expect([...colours.subarray(20, 24)]).toEqual([...noValueColour])
    expect(counts).toEqual([1, 1, 1, 1, 1])
    expect(missing).toBe(1)
  })
  it('the top RSRP class is green and the bottom one red', () => {
    const [r0, g0] = rsrp.colours[0] ?? []
    const [r4, g4] = rsrp.colours[4] ?? []
    expect(r0).toBeGreaterThan(g0 ?? 0)
    expect(g4).toBeGreaterThan(r4 ?? 0)
  })
  it('refuses a scheme whose colours do not match its classes', () => {
    expect(() => classifySamples(new Float32Array(1), { ...rsrp, colours: rsrp.colours.slice(1) })).toThrow(/4 colours for 5 classes/)
  })
})

describe('metricSchemes', () => {
  it.each(sampleMetrics)('%s has ascending limits and one colour more than limits', (metric) => {
    const scheme = metricSchemes[metric]
    expect(scheme.metric).toBe(metric)
    expect([...scheme.breaks].sort((a, b) => a - b)).toEqual(scheme.breaks)
    expect(scheme.colours.length).toBe(scheme.breaks.length + 1)
  })
})

describe('legendClasses', () => {
  it('lists the classes best first: ≥ −80, −90 to −80, …, < −110, with their counts', () => {
    const rows = legendClasses(rsrp, [5, 4, 3, 2, 1])
    expect(rows.map((row) => [row.kind, row.low, row.high, row.count])).toEqual([
      ['atLeast', -80, null, 1],
      ['range', -90, -80, 2],
      ['range', -100, -90, 3],
      ['range', -110, -100, 4],
      ['below', null, -110, 5],
    ])
  })
  it('formats limits with a true minus sign', () => {
    expect(formatLimit(-110)).toBe('\u2212110')
    expect(formatLimit(2.5)).toBe('2.5')
    expect(formatLimit(0)).toBe('0')
  })
})
