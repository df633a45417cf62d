import { describe, expect, it } from 'vitest'
import { nrArfcnToFrequencyMhz } from './nrArfcn.js'
import { RadioInputError } from './radioInputError.js'

describe('nrArfcnToFrequencyMhz (TS 38.104 §5.4.2.1)', () => {
  it('maps the 15 kHz raster from 3000 MHz at N = 600000', () => {
    expect(nrArfcnToFrequencyMhz(600_000)).toBe(3000)
    expect(nrArfcnToFrequencyMhz(630_000)).toBe(3450)
    expect(nrArfcnToFrequencyMhz(620_000)).toBe(3300)
    expect(nrArfcnToFrequencyMhz(653_333)).toBe(3799.995)
  })

  it('maps the 5 kHz raster below 3 GHz and the 60 kHz raster of FR2', () => {
    expect(nrArfcnToFrequencyMhz(0)).toBe(0)
    expect(nrArfcnToFrequencyMhz(599_999)).toBe(2999.995)
    expect(nrArfcnToFrequencyMhz(2_016_667)).toBe(24_250.08)
  })

  it('refuses numbers outside the raster, naming the argument', () => {
    expect(() => nrArfcnToFrequencyMhz(-1)).toThrow(/arfcn/)
    expect(() => nrArfcnToFrequencyMhz(3_279_166)).toThrow(/arfcn/)
    expect(() => nrArfcnToFrequencyMhz(630_000.5)).toThrow(/arfcn/)
    expect(() => nrArfcnToFrequencyMhz(-1)).toThrow(RadioInputError)
  })
})
