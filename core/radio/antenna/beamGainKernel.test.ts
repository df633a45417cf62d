import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import { beamGainKernel, beamGainKernelEnu, cellBeamsGainKernelEnu } from './beamGainKernel.js'
import { cellAntennaFromBeamwidths, cellBeamGainDbi, cellBeamGainEnuDbi, createCellAntenna } from './cellBeamGain.js'
import { createPlanarArray } from './planarArray.js'
import type { SsbBeamPointing } from './ssbBeams.js'

/** Deterministic uniform numbers in [0, 1) (mulberry32), so failures reproduce. */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const toleranceDb = 1e-3
const sweep: SsbBeamPointing[] = [-52.5, -22.5, 7.5, 37.5].map((azimuthOffsetDeg, i) => ({ azimuthOffsetDeg, elevationDeg: -3 - i }))
const antennas = [
  cellAntennaFromBeamwidths({ azimuthDeg: 200, mechanicalTiltDeg: 5, hBeamwidthDeg: 65, vBeamwidthDeg: 8 }, [{ hBeamwidthDeg: 15, vBeamwidthDeg: 8 }]),
  createCellAntenna({ azimuthDeg: 33, mechanicalTiltDeg: -2 }, createPlanarArray({ rows: 4, columns: 16, hSpacingWavelengths: 0.7, element: { hBeamwidthDeg: 90 } })),
]

describe('beamGainKernel (zenith and azimuth from boresight, radians)', () => {
  it('equals cellBeamGainDbi on random targets, all of the sphere (1e-3 dB)', () => {
    const random = seededUniform(41)
    const count = 3000
    const zenithRad = new Float64Array(count)
    const azimuthFromBoresightRad = new Float64Array(count)
    for (let i = 0; i < count; i++) {
      zenithRad[i] = Math.PI * random()
      azimuthFromBoresightRad[i] = 2 * Math.PI * random() - Math.PI
    }
    const out = new Float32Array(count)
    for (const antenna of antennas) {
      for (const beam of sweep) {
        beamGainKernel(antenna, beam, zenithRad, azimuthFromBoresightRad, out)
        for (let i = 0; i < count; i++) {
          const target = {
            zenithDeg: ((zenithRad[i] as number) * 180) / Math.PI,
            bearingDeg: antenna.azimuthDeg + ((azimuthFromBoresightRad[i] as number) * 180) / Math.PI,
          }
          expect(Math.abs((out[i] as number) - cellBeamGainDbi(antenna, beam, target))).toBeLessThan(toleranceDb)
        }
      }
    }
  })

  it('accepts Float32Array angles, never gives NaN at the poles or behind the panel', () => {
    const zenithRad = new Float32Array([0, Math.PI, Math.PI / 2, Math.PI / 2, 1e-9])
    const azimuthFromBoresightRad = new Float32Array([0, 0, Math.PI, -Math.PI, 3])
    const out = new Float32Array(5)
    beamGainKernel(antennas[0]!, sweep[0]!, zenithRad, azimuthFromBoresightRad, out)
    for (const value of out) expect(Number.isFinite(value)).toBe(true)
  })
})

describe('beamGainKernelEnu (east-north-up offsets, metres)', () => {
  it('equals cellBeamGainEnuDbi on random targets, including drones overhead and the antenna itself (1e-3 dB)', () => {
    const random = seededUniform(43)
    const count = 3000
    const eastM = new Float64Array(count)
    const northM = new Float64Array(count)
    const upM = new Float64Array(count)
    for (let i = 1; i < count; i++) {
      eastM[i] = 3000 * random() - 1500
      northM[i] = 3000 * random() - 1500
      upM[i] = i % 10 === 0 ? 400 * random() : 60 * random() - 40
    }
    const out = new Float32Array(count)
    for (const antenna of antennas) {
      for (const beam of sweep) {
        beamGainKernelEnu(antenna, beam, eastM, northM, upM, out)
        for (let i = 0; i < count; i++) {
          const expected = cellBeamGainEnuDbi(antenna, beam, eastM[i] as number, northM[i] as number, upM[i] as number)
          expect(Math.abs((out[i] as number) - expected)).toBeLessThan(toleranceDb)
        }
      }
    }
  })
})

describe('cellBeamsGainKernelEnu', () => {
  it('writes every beam beam-major, equal to the one-beam kernel, with shared and distinct elevations (1e-6 dB)', () => {
    const beams = [...sweep, { azimuthOffsetDeg: 0, elevationDeg: -3 }, { azimuthOffsetDeg: 15, elevationDeg: -3 }]
    const random = seededUniform(47)
    const count = 500
    const [eastM, northM, upM] = [new Float32Array(count), new Float32Array(count), new Float32Array(count)]
    for (let i = 0; i < count; i++) {
      eastM[i] = 1000 * random() - 500
      northM[i] = 1000 * random() - 500
      upM[i] = 100 * random() - 30
    }
    const all = new Float32Array(count * beams.length)
    const one = new Float32Array(count)
    cellBeamsGainKernelEnu(antennas[0]!, beams, eastM, northM, upM, all)
    beams.forEach((beam, b) => {
      beamGainKernelEnu(antennas[0]!, beam, eastM, northM, upM, one)
      for (let i = 0; i < count; i++) expect(Math.abs((all[b * count + i] as number) - (one[i] as number))).toBeLessThan(1e-6)
    })
  })

  it('refuses inputs of unequal length or a short output, naming the argument', () => {
    const three = new Float64Array(3)
    expect(() => cellBeamsGainKernelEnu(antennas[0]!, sweep, three, new Float64Array(2), three, new Float32Array(12))).toThrow(/northM must hold 3 values/)
    expect(() => cellBeamsGainKernelEnu(antennas[0]!, sweep, three, three, three, new Float32Array(11))).toThrow(/out must hold at least 12 values/)
    expect(() => beamGainKernel(antennas[0]!, sweep[0]!, three, new Float64Array(4), new Float32Array(3))).toThrow(RadioInputError)
  })
})
