import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

/** Runs `certus experience score … --json`, checks it succeeded and returns the parsed output. */
function score(args: string[]): Record<string, unknown> {
  const run = runCertus(['experience', 'score', ...args, '--json'])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as Record<string, unknown>
}

const directory = mkdtempSync(join(tmpdir(), 'certus-experience-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

/** Writes a P.1203 session file: 60 s of 1080p30 H.264 at 5 Mbit/s in 4 s segments, with `stalls`. */
function sessionFile(name: string, stalls: [number, number][], extra: Record<string, unknown> = {}): string {
  const segments = Array.from({ length: 15 }, (_, index) => ({ start: 4 * index, duration: 4, bitrateKbps: 5000, width: 1920, height: 1080, fps: 30, codec: 'h264' }))
  const path = join(directory, name)
  writeFileSync(path, JSON.stringify({ segments, stalls, displayWidth: 1920, displayHeight: 1080, device: 'pc', ...extra }))
  return path
}

describe('certus experience score --model g107 (G.107 E-model, sla-and-qoe-models.md §4.1)', () => {
  it('prints {"rFactor": 93.2, "mos": 4.41} for the default parameter set (±0.05 / ±0.01)', () => {
    const output = score(['--model', 'g107'])
    expect(Object.keys(output).slice(0, 2)).toEqual(['rFactor', 'mos'])
    expect(Math.abs((output.rFactor as number) - 93.2)).toBeLessThan(0.05)
    expect(Math.abs((output.mos as number) - 4.41)).toBeLessThan(0.01)
  })

  it('gives R ≈ 72.7 at --delay-ms 300 (T = Ta = 300, Tr = 600; ±0.3)', () => {
    expect(Math.abs((score(['--model', 'g107', '--delay-ms', '300']).rFactor as number) - 72.7)).toBeLessThan(0.3)
  })

  it('takes the codec and the loss: G.729A loses Ie = 11, and 2 % loss costs G.711 more than G.711 with PLC', () => {
    expect(Math.abs((score(['--model', 'g107', '--codec', 'g729a']).rFactor as number) - (93.2 - 11))).toBeLessThan(0.05)
    const plain = score(['--model', 'g107', '--loss-pct', '2']).rFactor as number
    const plc = score(['--model', 'g107', '--loss-pct', '2', '--codec', 'g711-plc']).rFactor as number
    expect(plc).toBeGreaterThan(plain)
  })

  it('prints a readable summary without --json', () => {
    const run = runCertus(['experience', 'score', '--model', 'g107'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('R = 93.2, MOS 4.41')
  })

  it('exits 2 naming a bad option: loss out of 0…100 %, unknown codec, missing model', () => {
    const loss = runCertus(['experience', 'score', '--model', 'g107', '--loss-pct', '120'])
    expect(loss.status).toBe(2)
    expect(loss.stderr).toContain('--loss-pct: packetLossPct must be within 0…100 % for the G.107 E-model, not 120')
    const codec = runCertus(['experience', 'score', '--model', 'g107', '--codec', 'opus'])
    expect(codec.status).toBe(2)
    expect(codec.stderr).toContain('--codec must be one of g711, g711-plc, g729a, not "opus"')
    const model = runCertus(['experience', 'score'])
    expect(model.status).toBe(2)
    expect(model.stderr).toContain('experience score needs --model: one of g107, p1203')
  })
})

describe('certus experience score --model p1203 (P.1203 mode 0, sla-and-qoe-models.md §4.3)', () => {
  it('prints {"O46", "O23", "O35"}: a clean 60 s session at 5 Mbit/s scores O.23 = 5 and O.46 ≈ 4.84 (±0.01)', () => {
    const output = score(['--model', 'p1203', '--input', sessionFile('clean.json', [])])
    expect(Object.keys(output).slice(0, 3)).toEqual(['O46', 'O23', 'O35'])
    expect(output.O23).toBe(5)
    expect(Math.abs((output.O46 as number) - 4.84)).toBeLessThan(0.01)
  })

  it('gives O.23 ≈ 4.52 (±0.01) and a lower O.46 for one 2 s stall at 30 s', () => {
    const output = score(['--model', 'p1203', '--input', sessionFile('stall.json', [[30, 2]])])
    expect(Math.abs((output.O23 as number) - 4.52)).toBeLessThan(0.01)
    expect(Math.abs((output.O46 as number) - 4.48)).toBeLessThan(0.02)
  })

  it('exits 1 naming the file and the field for a bad session, 2 without --input', () => {
    const bad = sessionFile('bad.json', [], { device: 'tablet' })
    const run = runCertus(['experience', 'score', '--model', 'p1203', '--input', bad, '--json'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${bad}: device:`)
    const hevc = join(directory, 'hevc.json')
    writeFileSync(hevc, JSON.stringify({ segments: [{ start: 0, duration: 10, bitrateKbps: 3000, width: 1920, height: 1080, fps: 30, codec: 'hevc' }], stalls: [] }))
    const codec = runCertus(['experience', 'score', '--model', 'p1203', '--input', hevc])
    expect(codec.status).toBe(1)
    expect(codec.stderr).toContain('segments[0].codec must be h264')
    const missing = runCertus(['experience', 'score', '--model', 'p1203'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('needs --input FILE.json')
  })
})
