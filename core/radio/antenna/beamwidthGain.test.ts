import { describe, expect, it } from 'vitest'
import { beamwidthGainDbi } from './beamwidthGain.js'

describe('beamwidthGainDbi (Kraus approximation, 32 400 / (φ·θ))', () => {
  it('gives 23.3 dBi for 15° × 10° (to 0.01 dB)', () => {
    expect(beamwidthGainDbi(15, 10)).toBeCloseTo(23.34, 2)
  })

  it('loses 3 dB when either width doubles', () => {
    expect(beamwidthGainDbi(30, 10) - beamwidthGainDbi(15, 10)).toBeCloseTo(-3.01, 2)
  })
})
