import { describe, expect, it } from 'vitest'
import {
  bearingDirectionFromEnu, bearingFromGcsAzimuthDeg, bearingToLcs, gcsAzimuthFromBearingDeg, gcsToLcs, lcsToBearing, wrapDeg,
} from './orientation.js'

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

describe('gcsToLcs (TR 38.901 §7.1, 38.901 azimuth convention)', () => {
  it('maps the check directions of radio-models.md §2.2 (α = 30°, β = 6°) to 0.001°', () => {
    const boresight = gcsToLcs(96, 30, 30, 6)
    expect(boresight.zenithDeg).toBeCloseTo(90, 3)
    expect(boresight.azimuthDeg).toBeCloseTo(0, 3)
    const other = gcsToLcs(80, 40, 30, 6)
    expect(other.zenithDeg).toBeCloseTo(74.093, 3)
    expect(other.azimuthDeg).toBeCloseTo(10.243, 3)
  })

  it('is the identity without tilt, apart from the bearing', () => {
    const local = gcsToLcs(70, 50, 20, 0)
    expect(local.zenithDeg).toBeCloseTo(70, 9)
    expect(local.azimuthDeg).toBeCloseTo(30, 9)
  })
})

describe('map bearings vs the 38.901 counter-clockwise azimuth', () => {
  it('converts bearings (clockwise from north) to φ (counter-clockwise from east) and back', () => {
    expect(gcsAzimuthFromBearingDeg(0)).toBe(90)
    expect(gcsAzimuthFromBearingDeg(90)).toBe(0)
    expect(gcsAzimuthFromBearingDeg(180)).toBe(-90)
    expect(gcsAzimuthFromBearingDeg(270)).toBe(-180)
    for (const bearingDeg of [0, 45, 90, 135, 200, 359]) expect(bearingFromGcsAzimuthDeg(gcsAzimuthFromBearingDeg(bearingDeg))).toBeCloseTo(bearingDeg, 9)
  })

  it('bearingToLcs equals gcsToLcs after converting both bearings (random directions, 1e-9°)', () => {
    const random = seededUniform(7)
    for (let i = 0; i < 200; i++) {
      const zenithDeg = 180 * random()
      const targetBearingDeg = 360 * random()
      const cellAzimuthDeg = 360 * random()
      const downtiltDeg = 30 * random() - 10
      const fromBearings = bearingToLcs(zenithDeg, targetBearingDeg, cellAzimuthDeg, downtiltDeg)
      const fromGcs = gcsToLcs(zenithDeg, gcsAzimuthFromBearingDeg(targetBearingDeg), gcsAzimuthFromBearingDeg(cellAzimuthDeg), downtiltDeg)
      expect(Math.abs(fromBearings.zenithDeg - fromGcs.zenithDeg)).toBeLessThan(1e-9)
      expect(Math.abs(wrapDeg(fromBearings.azimuthDeg - fromGcs.azimuthDeg))).toBeLessThan(1e-9)
    }
  })
})

describe('a cell facing east (azimuth 90°) with 10° mechanical downtilt', () => {
  const cellAzimuthDeg = 90
  const downtiltDeg = 10

  it('sees the point 10° below the horizon due east on its boresight', () => {
    const local = bearingToLcs(100, 90, cellAzimuthDeg, downtiltDeg)
    expect(local.zenithDeg).toBeCloseTo(90, 9)
    expect(local.azimuthDeg).toBeCloseTo(0, 9)
  })

  it('sees the eastern horizon 10° above boresight and straight down 80° below it', () => {
    expect(bearingToLcs(90, 90, cellAzimuthDeg, downtiltDeg).zenithDeg).toBeCloseTo(80, 9)
    expect(bearingToLcs(180, 0, cellAzimuthDeg, downtiltDeg).zenithDeg).toBeCloseTo(170, 9)
  })

  it('puts north-east to the left of boresight (φ′ > 0) and south-east to the right (φ′ < 0), mirror images', () => {
    const northEast = bearingToLcs(90, 45, cellAzimuthDeg, downtiltDeg)
    const southEast = bearingToLcs(90, 135, cellAzimuthDeg, downtiltDeg)
    expect(northEast.azimuthDeg).toBeGreaterThan(40)
    expect(southEast.azimuthDeg).toBeCloseTo(-northEast.azimuthDeg, 9)
    expect(southEast.zenithDeg).toBeCloseTo(northEast.zenithDeg, 9)
  })

  it('sees due west behind it', () => {
    expect(Math.abs(bearingToLcs(90, 270, cellAzimuthDeg, downtiltDeg).azimuthDeg)).toBeCloseTo(180, 9)
  })
})

describe('lcsToBearing', () => {
  it('inverts bearingToLcs (random directions and mounts, 1e-9°)', () => {
    const random = seededUniform(11)
    for (let i = 0; i < 200; i++) {
      const zenithDeg = 1 + 178 * random()
      const bearingDeg = 360 * random()
      const cellAzimuthDeg = 360 * random()
      const downtiltDeg = 40 * random() - 10
      const back = lcsToBearing(bearingToLcs(zenithDeg, bearingDeg, cellAzimuthDeg, downtiltDeg), cellAzimuthDeg, downtiltDeg)
      expect(Math.abs(back.zenithDeg - zenithDeg)).toBeLessThan(1e-9)
      expect(Math.abs(wrapDeg(back.bearingDeg - bearingDeg))).toBeLessThan(1e-9)
    }
  })

  it('maps an east-facing, 10°-tilted panel’s boresight to bearing 90°, zenith 100°', () => {
    const onMap = lcsToBearing({ zenithDeg: 90, azimuthDeg: 0 }, 90, 10)
    expect(onMap.zenithDeg).toBeCloseTo(100, 9)
    expect(onMap.bearingDeg).toBeCloseTo(90, 9)
  })
})

describe('bearingDirectionFromEnu', () => {
  it('gives zenith and bearing of an east-north-up offset', () => {
    const east = bearingDirectionFromEnu(100, 0, 0)
    expect(east.zenithDeg).toBeCloseTo(90, 9)
    expect(east.bearingDeg).toBeCloseTo(90, 9)
    const southBelow = bearingDirectionFromEnu(0, -50, -50)
    expect(southBelow.zenithDeg).toBeCloseTo(135, 9)
    expect(southBelow.bearingDeg).toBeCloseTo(180, 9)
    expect(bearingDirectionFromEnu(-1, 0, 0).bearingDeg).toBeCloseTo(270, 9)
    expect(bearingDirectionFromEnu(0, 0, 10).zenithDeg).toBe(0)
  })

  it('takes a target at the antenna itself as straight below', () => {
    expect(bearingDirectionFromEnu(0, 0, 0)).toEqual({ zenithDeg: 180, bearingDeg: 0 })
  })
})

describe('wrapDeg', () => {
  it('wraps angles into [−180°, 180°)', () => {
    expect(wrapDeg(190)).toBe(-170)
    expect(wrapDeg(-190)).toBe(170)
    expect(wrapDeg(360)).toBe(0)
    expect(wrapDeg(180)).toBe(-180)
  })
})
