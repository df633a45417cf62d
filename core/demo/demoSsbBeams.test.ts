import { describe, expect, it } from 'vitest'
import { maxSsbBeams } from '../radio/antenna/ssbBeams.js'
import { nrArfcnToFrequencyMhz } from '../radio/nrArfcn.js'
import { buildSsbBeams, ssbBeamCount } from './demoSsbBeams.js'
import { demoSpec } from './demoSpec.js'

describe('buildSsbBeams', () => {
  const beams = buildSsbBeams(6, 10)

  it('builds L_max = 8 beams, indexed 0…7 (TS 38.213 §4.1, n78)', () => {
    expect(beams.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('spreads them over ±52.5° in 15° steps, symmetric about boresight', () => {
    expect(beams.map((b) => b.azimuthOffsetDeg)).toEqual([-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5])
  })

  it('points every beam down by the electrical tilt', () => {
    for (const beam of beams) expect(beam.elevationDeg).toBe(-6)
  })

  it('keeps widths within 15–20° and gains within 20–24 dBi, widest and weakest at the edges', () => {
    for (const beam of beams) {
      expect(beam.hBeamwidthDeg).toBeGreaterThanOrEqual(15)
      expect(beam.hBeamwidthDeg).toBeLessThanOrEqual(20)
      expect(beam.gainDbi).toBeGreaterThanOrEqual(20)
      expect(beam.gainDbi).toBeLessThanOrEqual(24)
    }
    expect(beams[0]?.gainDbi).toBeLessThan(beams[3]?.gainDbi ?? 0)
  })
})

describe('ssbBeamCount', () => {
  it('is L_max of the demo carrier (TDD, 30 kHz SSB, TS 38.213 §4.1)', () => {
    const fcGhz = nrArfcnToFrequencyMhz(demoSpec.carrier.arfcn) / 1000
    expect(ssbBeamCount).toBe(maxSsbBeams({ fcGhz, scsKhz: demoSpec.carrier.scsKhz, duplex: 'tdd' }))
  })
})
