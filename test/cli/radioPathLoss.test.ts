import { describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

const jsonKeys = ['pathLossLosDb', 'pathLossNlosDb', 'losProbability', 'shadowFadingLosDb', 'shadowFadingNlosDb']

const pathLoss = (...args: string[]) => runCertus(['radio', 'pathloss', ...args])

describe('certus radio pathloss', () => {
  it('prints UMa at 3.5 GHz, d2D 100 m, hBS 25 m, hUT 1.5 m as exactly the five numbers (0.01 dB, 1e-4)', () => {
    const run = pathLoss('--model', 'uma', '--fc-ghz', '3.5', '--d2d-m', '100', '--hbs-m', '25', '--hut-m', '1.5', '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, number>
    expect(Object.keys(result)).toEqual(jsonKeys)
    expect(result.pathLossLosDb).toBeCloseTo(83.14, 2)
    expect(result.pathLossNlosDb).toBeCloseTo(103.04, 2)
    expect(result.losProbability).toBeCloseTo(0.3477, 4)
    expect(result.shadowFadingLosDb).toBe(4)
    expect(result.shadowFadingNlosDb).toBe(6)
  })

  it('uses the RMa defaults h = 5 m and W = 20 m (ns-3 vectors at 1 km, 5 GHz, within 0.01 dB) and honours other values', () => {
    const base = ['--model', 'rma', '--fc-ghz', '5', '--d2d-m', '1000', '--hbs-m', '35', '--hut-m', '1.5', '--json']
    const defaults = JSON.parse(pathLoss(...base).stdout) as Record<string, number>
    expect(Math.abs((defaults.pathLossLosDb as number) - 108.5577)).toBeLessThan(0.01)
    expect(Math.abs((defaults.pathLossNlosDb as number) - 133.5223)).toBeLessThan(0.01)
    expect(defaults).toMatchObject({ shadowFadingLosDb: 4, shadowFadingNlosDb: 8 })
    const explicit = JSON.parse(pathLoss(...base, '--building-height-m', '5', '--street-width-m', '20').stdout) as Record<string, number>
    expect(explicit).toEqual(defaults)
    const wider = JSON.parse(pathLoss(...base, '--street-width-m', '40').stdout) as Record<string, number>
    expect((defaults.pathLossNlosDb as number) - (wider.pathLossNlosDb as number)).toBeCloseTo(7.1 * Math.log10(2), 6)
  })

  it('prints a short table without --json', () => {
    const run = pathLoss('--model', 'uma-av', '--fc-ghz', '3.5', '--d2d-m', '1000', '--hbs-m', '25', '--hut-m', '50')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('UMa-AV (TR 36.777 Annex B)')
    expect(run.stdout).toMatch(/path loss \[dB\]\s+104\.88\s+128\.15/)
    expect(run.stdout).toMatch(/LOS probability\s+0\.7721/)
    expect(run.stderr).toContain('warning: fcGhz 3.5 GHz is outside')
  })

  it('refuses an input outside the model’s validity with exit 1, naming the option, range and clause', () => {
    const run = pathLoss('--model', 'uma', '--fc-ghz', '3.5', '--d2d-m', '100', '--hbs-m', '25', '--hut-m', '40', '--json')
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--hut-m: utHeightM must be within 1.5…22.5 m for UMa (TR 38.901 Table 7.4.1-1), not 40')
  })

  it('exits 2 naming a missing option, an ill-formed number or an unknown model', () => {
    const missing = pathLoss('--model', 'uma', '--fc-ghz', '3.5', '--d2d-m', '100', '--hbs-m', '25')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('needs --hut-m')
    const malformed = pathLoss('--model', 'uma', '--fc-ghz', '3.5GHz', '--d2d-m', '100', '--hbs-m', '25', '--hut-m', '1.5')
    expect(malformed.status).toBe(2)
    expect(malformed.stderr).toContain('--fc-ghz must be a number, not "3.5GHz"')
    const unknown = pathLoss('--model', 'inh', '--fc-ghz', '3.5', '--d2d-m', '100', '--hbs-m', '25', '--hut-m', '1.5')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('--model must be one of uma, umi, rma, uma-av, umi-av, rma-av')
  })
})
