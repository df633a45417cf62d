import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openProjectDb } from '../../core/db/openProjectDb.js'
import { runCertus } from './cliProcess.js'

const dir = mkdtempSync(join(tmpdir(), 'certus-calibrate-'))
const demoPath = join(dir, 'demo.certus')

/** The contract of issue 4: each layer carries at least these fields. */
const layerFields = ['altitudeM', 'samples', 'meBeforeDb', 'rmseBeforeDb', 'meAfterDb', 'rmseAfterDb']

interface LayerJson {
  altitudeM: number | null
  samples: number
  meBeforeDb: number
  rmseBeforeDb: number
  meAfterDb: number
  rmseAfterDb: number
  slopeDbPerDecade: number
}

function calibrate(args: string[]): { layers: LayerJson[]; warnings: string[] } {
  const run = runCertus(['calibrate', ...args, '--json'])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as { layers: LayerJson[]; warnings: string[] }
}

beforeAll(() => {
  expect(runCertus(['demo', demoPath]).status).toBe(0)
}, 120_000)

describe('certus calibrate', () => {
  it('prints one layer per altitude with --by-altitude --json: the demo drive at 1.5 m, mean error 0 after (1e-6 dB), RMSE lower', () => {
    const { layers, warnings } = calibrate([demoPath, '--by-altitude'])
    expect(layers).toHaveLength(1)
    const [layer] = layers as [LayerJson]
    for (const field of layerFields) expect(layer).toHaveProperty(field)
    expect(layer.altitudeM).toBe(1.5)
    expect(layer.samples).toBe(2018)
    expect(Math.abs(layer.meAfterDb)).toBeLessThan(1e-6)
    expect(layer.rmseAfterDb).toBeLessThan(layer.rmseBeforeDb)
    expect(layer.slopeDbPerDecade).not.toBe(0)
    expect(warnings).toEqual([])
  })

  it('fits one layer over every altitude without --by-altitude (altitudeM null)', () => {
    const { layers } = calibrate([demoPath])
    expect(layers.map((l) => [l.altitudeM, l.samples])).toEqual([[null, 2018]])
  })

  it('prints a table of the figures before and after without --json', () => {
    const run = runCertus(['calibrate', demoPath])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('ME before')
    expect(run.stdout).toMatch(/all\s+2018/)
  })

  it('refuses a project without measured RSRP (exit 1, the reason on stderr) and wrong usage (exit 2)', () => {
    const emptyPath = join(dir, 'empty.certus')
    openProjectDb(emptyPath).close()
    const refused = runCertus(['calibrate', emptyPath, '--json'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('no samples with a measured RSRP')
    expect(runCertus(['calibrate']).status).toBe(2)
    expect(runCertus(['calibrate', demoPath, '--altitudes', '1']).status).toBe(2)
  })
})
