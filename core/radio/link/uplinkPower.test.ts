import { describe, expect, it } from 'vitest'
import { deltaTfDb, pathLossEstimateDb, puschTransmitPower, puschTransmitPowerDbm, signalledPathLossAlphas, type PuschPowerInput } from './uplinkPower.js'

const base: PuschPowerInput = { pCmaxDbm: 23, p0PuschDbm: -90, alpha: 0.8, pathLossDb: 110, allocatedPrbs: 20, scsKhz: 30 }

describe('puschTransmitPower (TS 38.213 §7.1.1)', () => {
  it('is P0 + 10·log10(2^μ·M_RB) + α·PL below P_CMAX: −90 + 16.02 + 88 = 14.02 dBm (tolerance 0.005 dB)', () => {
    const power = puschTransmitPower(base)
    expect(power.txPowerDbm).toBeCloseTo(14.02, 2)
    expect(power.powerLimited).toBe(false)
    expect(power.headroomDb).toBeCloseTo(23 - 14.02, 2)
  })

  it('is capped at P_CMAX when the request exceeds it, with negative headroom', () => {
    const power = puschTransmitPower({ ...base, pathLossDb: 140 })
    expect(power.requestedPowerDbm).toBeCloseTo(38.02, 2)
    expect(power.txPowerDbm).toBe(23)
    expect(power.powerLimited).toBe(true)
    expect(power.headroomDb).toBeCloseTo(-15.02, 2)
  })

  it('adds 10·log10(2) per step of μ and 10·log10(2) per doubling of M_RB (tolerance 1e-9 dB)', () => {
    expect(puschTransmitPowerDbm({ ...base, scsKhz: 60 }) - puschTransmitPowerDbm(base)).toBeCloseTo(10 * Math.log10(2), 9)
    expect(puschTransmitPowerDbm({ ...base, allocatedPrbs: 40 }) - puschTransmitPowerDbm(base)).toBeCloseTo(10 * Math.log10(2), 9)
  })

  it('compensates α·PL: with α = 1 every dB of path loss is a dB of power, with α = 0 none', () => {
    expect(puschTransmitPowerDbm({ ...base, alpha: 1, pathLossDb: 91 }) - puschTransmitPowerDbm({ ...base, alpha: 1, pathLossDb: 90 })).toBeCloseTo(1, 9)
    expect(puschTransmitPowerDbm({ ...base, alpha: 0, pathLossDb: 130 })).toBeCloseTo(puschTransmitPowerDbm({ ...base, alpha: 0, pathLossDb: 80 }), 9)
  })

  it('adds the optional closed-loop and Δ_TF terms', () => {
    expect(puschTransmitPowerDbm({ ...base, closedLoopDb: 3, deltaTfDb: 1.5 }) - puschTransmitPowerDbm(base)).toBeCloseTo(4.5, 9)
  })

  it('never exceeds P_CMAX over a sweep of path loss', () => {
    for (let pathLossDb = 60; pathLossDb <= 160; pathLossDb += 5) expect(puschTransmitPowerDbm({ ...base, pathLossDb })).toBeLessThanOrEqual(23)
  })

  it('rejects α outside 0…1, fewer than 1 PRB and an unknown SCS', () => {
    expect(() => puschTransmitPower({ ...base, alpha: 1.1 })).toThrow('alpha must be within 0…1 for PUSCH power control (TS 38.213 §7.1.1), not 1.1')
    expect(() => puschTransmitPower({ ...base, allocatedPrbs: 0 })).toThrow('allocatedPrbs must be at least 1 resource block')
    expect(() => puschTransmitPower({ ...base, scsKhz: 20 })).toThrow('scsKhz must be one of 15, 30, 60, 120')
    expect(() => puschTransmitPower({ ...base, pathLossDb: Number.NaN })).toThrow('pathLossDb must be a finite number')
  })

  it('lists the RRC Alpha values', () => {
    expect(signalledPathLossAlphas).toEqual([0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
  })
})

describe('deltaTfDb (TS 38.213 §7.1.1, K_s = 1.25)', () => {
  it('is 10·log10((2^(1.25·BPRE) − 1)·β): 0 dB at BPRE 0.8, 6.68 dB at BPRE 2 (tolerance 0.005 dB)', () => {
    expect(deltaTfDb(0.8)).toBeCloseTo(0, 9)
    expect(deltaTfDb(2)).toBeCloseTo(10 * Math.log10(2 ** 2.5 - 1), 9)
    expect(deltaTfDb(2)).toBeCloseTo(6.68, 2)
  })

  it('is 0 for a PUSCH over more than one layer', () => {
    expect(deltaTfDb(2, { layers: 2 })).toBe(0)
  })
})

describe('pathLossEstimateDb (TS 38.213 §7.1.1)', () => {
  it('is referenceSignalPower − filtered RSRP: ss-PBCH-BlockPower 18 dBm, RSRP −92 dBm → 110 dB', () => {
    expect(pathLossEstimateDb(18, -92)).toBe(110)
  })
})
