import { describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

const n78 = ['--bandwidth-mhz', '100', '--scs-khz', '30']

/** Runs `certus radio rate … --json` and returns the printed peak rate. */
function peakMbps(args: string[]): number {
  const run = runCertus(['radio', 'rate', ...args, '--json'])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const parsed = JSON.parse(run.stdout) as Record<string, unknown>
  expect(Object.keys(parsed)).toEqual(['peakMbps'])
  return parsed.peakMbps as number
}

describe('certus radio rate (TS 38.306 §4.1.2, docs/radio-models.md §5.6; tolerance 0.05 Mbit/s)', () => {
  it('prints {"peakMbps": 2337.0} for 100 MHz, 30 kHz, 4 layers, 256QAM, DL', () => {
    expect(peakMbps([...n78, '--layers', '4', '--modulation', '256qam', '--direction', 'dl'])).toBeCloseTo(2337.0, 1)
  })

  it('scales by the DL share of DDDSU (S slot 10:2:2 by default): 1736.1', () => {
    expect(peakMbps([...n78, '--layers', '4', '--modulation', '256qam', '--direction', 'dl', '--tdd', 'DDDSU'])).toBeCloseTo(1736.1, 1)
  })

  it('gives 107.1 for UL, 1 layer 64QAM, DDDSU', () => {
    expect(peakMbps([...n78, '--layers', '1', '--modulation', '64qam', '--direction', 'ul', '--tdd', 'DDDSU'])).toBeCloseTo(107.1, 1)
  })

  it('takes the S-slot split: DDDDDDDSUU at 6:4:4 gives the DL share 104/140', () => {
    const rate = peakMbps([...n78, '--layers', '4', '--modulation', '256qam', '--direction', 'dl', '--tdd', 'DDDDDDDSUU', '--s-split', '6:4:4'])
    expect(rate).toBeCloseTo((2337.0 * 104) / 140, 0)
  })

  it('prints a readable summary without --json', () => {
    const run = runCertus(['radio', 'rate', ...n78, '--layers', '4', '--modulation', '256qam', '--direction', 'dl', '--tdd', 'DDDSU'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('273 PRB')
    expect(run.stdout).toContain('2337.0 Mbit/s')
    expect(run.stdout).toContain('52/70')
    expect(run.stdout).toContain('1736.1 Mbit/s')
  })

  it('exits 2 naming a missing option', () => {
    const run = runCertus(['radio', 'rate', ...n78, '--layers', '4', '--modulation', '256qam'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('radio rate needs --direction: one of dl, ul')
  })

  it('exits 2 for an unsupported bandwidth/SCS combination, naming the valid bandwidths', () => {
    const run = runCertus(['radio', 'rate', '--bandwidth-mhz', '100', '--scs-khz', '15', '--layers', '1', '--modulation', 'qpsk', '--direction', 'dl'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--bandwidth-mhz 100 is not defined at 15 kHz in FR1')
    expect(run.stderr).toContain('valid bandwidths: 5, 10, 15, 20, 25, 30, 35, 40, 45, 50 MHz')
  })

  it('exits 2 for a bad modulation, TDD pattern or option', () => {
    const base = [...n78, '--layers', '1', '--direction', 'ul']
    const modulation = runCertus(['radio', 'rate', ...base, '--modulation', '1024qam'])
    expect(modulation.status).toBe(2)
    expect(modulation.stderr).toContain('--modulation must be one of qpsk, 16qam, 64qam, 256qam, not "1024qam"')
    const tdd = runCertus(['radio', 'rate', ...base, '--modulation', 'qpsk', '--tdd', 'DDXSU'])
    expect(tdd.status).toBe(2)
    expect(tdd.stderr).toContain('--tdd: tdd pattern may hold only D, S and U slots')
    const unknown = runCertus(['radio', 'rate', ...base, '--modulation', 'qpsk', '--bogus'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--bogus'")
  })
})
