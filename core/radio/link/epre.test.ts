import { describe, expect, it } from 'vitest'
import { wattsToDbm } from './decibels.js'
import { carrierEnergyPerReDbm, energyPerReDbm } from './epre.js'

describe('energyPerReDbm (docs/radio-models.md §4.6; tolerance 0.05 dB)', () => {
  it('subtracts 10·log10(3276) = 35.15 dB for 273 PRB', () => {
    expect(energyPerReDbm(0, 3276)).toBeCloseTo(-35.15, 2)
  })

  it('gives 17.9 / 19.9 / 13.9 dBm per RE for 200 / 320 / 80 W over 100 MHz at 30 kHz', () => {
    const carrier = { bandwidthMhz: 100, scsKhz: 30 }
    expect(carrierEnergyPerReDbm(wattsToDbm(200), carrier)).toBeCloseTo(17.9, 1)
    expect(carrierEnergyPerReDbm(wattsToDbm(320), carrier)).toBeCloseTo(19.9, 1)
    expect(carrierEnergyPerReDbm(wattsToDbm(80), carrier)).toBeCloseTo(13.9, 1)
  })

  it('rejects fewer than one subcarrier and an undefined carrier', () => {
    expect(() => energyPerReDbm(46, 0)).toThrow('subcarriers must be at least 1, not 0')
    expect(() => carrierEnergyPerReDbm(46, { bandwidthMhz: 100, scsKhz: 15 })).toThrow('valid bandwidths: 5, 10')
  })
})
