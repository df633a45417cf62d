import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

/** `certus sla check` and `certus sla export` on the demo project, run as a user would (the issue 5 CLI contract). */
const dir = mkdtempSync(join(tmpdir(), 'certus-cli-sla-'))
const project = join(dir, 'demo.certus')
beforeAll(() => {
  expect(runCertus(['demo', project]).status).toBe(0)
}, 120_000)

interface CheckJson {
  segments: { altitudeM: number; verdict: string; points: number; servingCells: { name: string; beams: number[] }[] }[]
  summary: { routeCoveragePct: number; interruptionSecondsPerHour: number; verdict: string; byAltitude: { altitudeM: number }[]; worstSegments: unknown[] }
}

describe('certus sla check', () => {
  it('checks the drone 4K scenario along a route at two altitudes and prints exactly segments and summary', () => {
    const run = runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 120 m', '--altitudes', '60,120', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as CheckJson
    expect(Object.keys(result).sort()).toEqual(['segments', 'summary'])
    expect(result.summary.routeCoveragePct).toBeGreaterThanOrEqual(0)
    expect(result.summary.routeCoveragePct).toBeLessThanOrEqual(100)
    expect(result.summary.interruptionSecondsPerHour).toBeGreaterThanOrEqual(0)
    expect(result.summary.interruptionSecondsPerHour).toBeLessThanOrEqual(3600)
    expect(['pass', 'fail']).toContain(result.summary.verdict)
    expect(result.summary.byAltitude.map((a) => a.altitudeM)).toEqual([60, 120])
    expect(new Set(result.segments.map((s) => s.altitudeM))).toEqual(new Set([60, 120]))
    expect(result.segments.every((s) => ['pass', 'marginal', 'fail', 'no-data'].includes(s.verdict) && s.points > 0)).toBe(true)
  })

  it('applies --set to the scenario: a lower video bitrate never covers less of the route', () => {
    const base = JSON.parse(runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 60 m', '--altitudes', '60', '--json']).stdout) as CheckJson
    const run = runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 60 m', '--altitudes', '60', '--set', 'video-bitrate=1', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const lighter = JSON.parse(run.stdout) as CheckJson
    expect(lighter.summary.routeCoveragePct).toBeGreaterThanOrEqual(base.summary.routeCoveragePct)
  })

  it('checks an area and prints a readable verdict without --json', () => {
    const run = runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--area', 'Task area A', '--altitudes', '120'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/area Task area A against drone-4k-backhaul v\d+ at 120 m: (PASS|FAIL)/)
    expect(run.stdout).toMatch(/covered \d+\.\d %/)
  })

  it('refuses an unknown route (exit 1, naming the routes) or scenario, and wrong usage (exit 2)', () => {
    const unknown = runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Nowhere', '--altitudes', '60'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('no route named "Nowhere"; the project has "Drone patrol 120 m", "Drone patrol 60 m"')
    const noScenario = runCertus(['sla', 'check', project, '--scenario', 'no-such-scenario', '--route', 'Drone patrol 60 m', '--altitudes', '60'])
    expect(noScenario.status).toBe(1)
    expect(noScenario.stderr).toContain('no scenario "no-such-scenario"')
    expect(runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--altitudes', '60']).status).toBe(2)
    expect(runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 60 m']).status).toBe(2)
    expect(runCertus(['sla', 'check', project, '--scenario', 'drone-4k-backhaul', '--route', 'Drone patrol 60 m', '--altitudes', '60', '--set', 'video-bitrate=fast']).status).toBe(2)
  })
})

describe('certus sla export', () => {
  it('writes a GST and a ServiceProfile of the drone 4K scenario in the standards’ units', () => {
    const gstPath = join(dir, 'drone.gst.json')
    const gst = runCertus(['sla', 'export', '--scenario', 'drone-4k-backhaul', '--format', 'gst', '--out', gstPath])
    expect(gst.status, gst.stderr).toBe(0)
    const template = JSON.parse(readFileSync(gstPath, 'utf8')) as { version: string; serviceSpecCharacteristic: { name: string; value: { value: unknown; unitOfMeasure: string } }[] }
    expect(template.version).toBe('10.0.0')
    expect(template.serviceSpecCharacteristic.find((c) => c.name === 'Slice quality of service: 3GPP 5QI')?.value.value).toEqual([71])
    expect(template.serviceSpecCharacteristic.find((c) => c.name === 'Area of Service: Minimum altitude')?.value).toEqual({ value: 120, unitOfMeasure: 'meters' })

    const profilePath = join(dir, 'drone.profile.json')
    const profile = runCertus(['sla', 'export', project, '--scenario', 'drone-4k-backhaul', '--format', 'service-profile', '--fleet-size', '2', '--out', profilePath, '--json'])
    expect(profile.status, profile.stderr).toBe(0)
    expect(JSON.parse(profile.stdout)).toMatchObject({ path: profilePath, format: 'service-profile', scenario: 'drone-4k-backhaul' })
    const written = JSON.parse(readFileSync(profilePath, 'utf8')) as { uLThptPerUE: { guaThpt: number }; maxNumberofUEs: number; jitter: number; uESpeed: number }
    // §7: GFBR ≈ 25 Mbit/s → ≈ 25 000 kbit/s; 36 km/h from the scenario's speed term.
    expect(written.uLThptPerUE.guaThpt).toBeGreaterThan(24_000)
    expect(written.uLThptPerUE.guaThpt).toBeLessThan(26_000)
    expect(written.maxNumberofUEs).toBe(2)
    expect(written.uESpeed).toBe(36)
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('writes a CAMARA-style grid of geohash cells per AGL layer for a route of the project', () => {
    const path = join(dir, 'grid.json')
    const run = runCertus(['sla', 'export', project, '--scenario', 'drone-4k-backhaul', '--format', 'camara', '--route', 'Drone patrol 120 m', '--altitudes', '60,120', '--precision', '7', '--out', path])
    expect(run.status, run.stderr).toBe(0)
    const grid = JSON.parse(readFileSync(path, 'utf8')) as { geohashPrecision: number; layers: { altitudeAglM: number; cells: { geohash: string; status: string }[] }[] }
    expect(grid.geohashPrecision).toBe(7)
    expect(grid.layers.map((l) => l.altitudeAglM)).toEqual([60, 120])
    for (const layer of grid.layers) {
      expect(layer.cells.length).toBeGreaterThan(5)
      for (const cell of layer.cells) {
        expect(cell.geohash).toMatch(/^ws1[0-9b-hjkmnp-z]{4}$/)
        expect(['GC', 'MC', 'NC', 'ND']).toContain(cell.status)
      }
    }
  })

  it('refuses camara without the project or where to check, and an unknown format (exit 2)', () => {
    const out = join(dir, 'never.json')
    expect(runCertus(['sla', 'export', '--scenario', 'drone-4k-backhaul', '--format', 'camara', '--route', 'Drone patrol 60 m', '--altitudes', '60', '--out', out]).status).toBe(2)
    expect(runCertus(['sla', 'export', project, '--scenario', 'drone-4k-backhaul', '--format', 'camara', '--out', out]).status).toBe(2)
    expect(runCertus(['sla', 'export', '--scenario', 'drone-4k-backhaul', '--format', 'pdf', '--out', out]).status).toBe(2)
  })
})
