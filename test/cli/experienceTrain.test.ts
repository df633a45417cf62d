import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kqiModelSummarySchema } from '../../core/api/schemas/experienceModelSchemas.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { realDataPath } from '../fixtures/realData.js'
import { runCertus } from './cliProcess.js'

const harness = createImportHarness('certus-experience-train-')
let project: string
beforeAll(async () => {
  const db = harness.project()
  project = db.name
  await harness.importInto(db, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', 'B_2019.12.16_07.22.43.csv'))
  harness.closeProjects()
}, 60_000)
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

describe('certus experience train <project> --kqi NAME --json', () => {
  it('prints the stored model\'s summary as pure JSON (every field of KqiModelSummary), trained on wasm', () => {
    const run = runCertus(['experience', 'train', project, '--kqi', 'dlMbps', '--epochs', '20', '--seed', '3', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const output = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(output).sort()).toEqual(Object.keys(kqiModelSummarySchema.shape).sort())
    const summary = kqiModelSummarySchema.parse(output)
    expect(summary).toMatchObject({ kqi: 'dlMbps', unit: 'Mbit/s', source: 'samples', backend: 'wasm' })
    expect(summary.epochs).toBeLessThanOrEqual(20)
    expect(summary.rows.train + summary.rows.test).toBe(2617)
    expect(Object.keys(summary.metrics).sort()).toEqual(['auc', 'badDirection', 'badShareTest', 'badThreshold', 'baselineAuc', 'baselineMae', 'baselineR2', 'mae', 'r2', 'rmse'])
    expect(summary.importance.map((f) => f.feature).sort()).toEqual([...summary.features].sort())
  })

  it('trains on the cpu backend with --backend cpu, and prints a readable summary without --json', () => {
    const run = runCertus(['experience', 'train', project, '--kqi', 'dlMbps', '--epochs', '2', '--backend', 'cpu'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/2 epochs on cpu/)
    expect(run.stdout).toContain('hold-out R²')
    expect(run.stdout).toContain('importance (hold-out MAE increase when shuffled)')
  })

  it('exits 2 on wrong usage and 1 on an unknown KQI or a missing project, naming the problem', () => {
    const noKqi = runCertus(['experience', 'train', project, '--json'])
    expect(noKqi.status).toBe(2)
    expect(noKqi.stderr).toContain('experience train needs --kqi NAME')
    const backend = runCertus(['experience', 'train', project, '--kqi', 'dlMbps', '--backend', 'webgl'])
    expect(backend.status).toBe(2)
    expect(backend.stderr).toContain('--backend must be one of wasm, cpu, not "webgl"')
    const epochs = runCertus(['experience', 'train', project, '--kqi', 'dlMbps', '--epochs', '0'])
    expect(epochs.status).toBe(2)
    expect(epochs.stderr).toContain('--epochs must be a whole number within 1…2000, not "0"')
    const unknown = runCertus(['experience', 'train', project, '--kqi', 'videoMos', '--json'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('unknown KQI "videoMos"')
    expect(unknown.stdout).toBe('')
    const missing = runCertus(['experience', 'train', join(harness.dir, 'none.certus'), '--kqi', 'dlMbps'])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('none.certus: no such project file')
  })
})
