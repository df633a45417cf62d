import { describe, expect, it } from 'vitest'
import {
  bufferSurvivalTime,
  interruptionBudget,
  lossFromReliability,
  messageSurvivalTime,
  packetRatePerS,
  reliabilityFromLoss,
  toleratedLossFromInterruption,
} from './translateLoss.js'

describe('interruption → loss, reliability, survival time (§7 steps 7–8)', () => {
  it('turns 0.1 % of mission time into 3.6 s per flight hour (§7 A2)', () => {
    expect(interruptionBudget(0.1).secondsPerHour).toBeCloseTo(3.6, 12)
  })

  it('counts 1785.7 packets/s for 20 Mbit/s in 1400 B payloads (≈ 1790 in §7, abs 0.01)', () => {
    expect(packetRatePerS(20, 1400)).toBeCloseTo(1785.714, 2)
  })

  it('tolerates PLR 2.8e-6 at T_rec 0.2 s and 5.6e-7 at 1 s (§7 step 7, relative 1e-9)', () => {
    const pps = packetRatePerS(20, 1400)
    expect(toleratedLossFromInterruption(0.1, pps, 0.2).packetLoss / 2.8e-6).toBeCloseTo(1, 9)
    expect(toleratedLossFromInterruption(0.1, pps, 1).packetLoss / 5.6e-7).toBeCloseTo(1, 9)
  })

  it('reads a reliability as the loss it allows: 99.9 % → 1e-3 (abs 1e-12)', () => {
    expect(lossFromReliability(99.9).packetLoss).toBeCloseTo(1e-3, 12)
  })

  it('gives reliability 99.99972 % for PLR 2.8e-6 (§7 step 8: 99.9997 %, abs 1e-7)', () => {
    expect(reliabilityFromLoss(2.8e-6).reliabilityPercent).toBeCloseTo(99.99972, 7)
  })

  it('lets a 200 ms buffer with a 50 ms jitter allowance ride out 150 ms; never below 0', () => {
    expect(bufferSurvivalTime(200, 50).survivalMs).toBe(150)
    expect(bufferSurvivalTime(40, 50).survivalMs).toBe(0)
  })

  it('counts message survival time in transfer intervals: 3 × 1000 ms', () => {
    expect(messageSurvivalTime(1000, 3).survivalMs).toBe(3000)
  })
})
