import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCertus } from './cliProcess.js'

const dir = mkdtempSync(join(tmpdir(), 'certus-cli-predict-'))
const project = join(dir, 'demo.certus')
beforeAll(() => {
  expect(runCertus(['demo', project]).status).toBe(0)
}, 120_000)

describe('certus predict', () => {
  it('predicts the demo task area at five altitudes and prints each layer’s figures as JSON', () => {
    const run = runCertus(['predict', project, '--area', 'Task area A', '--altitudes', '1.5,30,60,120,300', '--resolution-m', '100', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { runId: number; altitudesM: number[]; cells: number; layers: { altitudeM: number; points: number; coveredShare: number; rsrpDbm: { median: number } }[] }
    expect(result.altitudesM).toEqual([1.5, 30, 60, 120, 300])
    expect(result.cells).toBe(90)
    expect(result.layers).toHaveLength(5)
    for (const layer of result.layers) {
      expect(layer.points).toBeGreaterThan(50)
      expect(layer.rsrpDbm.median).toBeGreaterThan(-120)
      expect(layer.rsrpDbm.median).toBeLessThan(-40)
    }
  })

  it('predicts along a route, with a readable summary without --json', () => {
    const run = runCertus(['predict', project, '--route', 'Drone patrol 120 m', '--altitudes', '120'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/route Drone patrol 120 m: \d+ points per layer at 10 m, 90 cells/)
    expect(run.stdout).toMatch(/120 m {2}covered/)
  })

  it('refuses an unknown area with exit 1 naming the areas there are, and bad usage with exit 2', () => {
    const unknown = runCertus(['predict', project, '--area', 'Nowhere', '--altitudes', '60'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('no area named "Nowhere"; the project has "Task area A"')
    expect(runCertus(['predict', project, '--altitudes', '60']).status).toBe(2)
    expect(runCertus(['predict', project, '--area', 'Task area A', '--altitudes', '60,abc']).status).toBe(2)
  })
})
