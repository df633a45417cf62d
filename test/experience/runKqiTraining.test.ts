import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KqiModelSummary } from '../../core/api/schemas/experienceModelSchemas.js'
import { listExperienceModels, readExperienceModel } from '../../core/db/experienceModelsTable.js'
import type { ProjectDb } from '../../core/db/openProjectDb.js'
import { buildKqiDataset, KqiDatasetRefusal } from '../../core/experience/learned/buildKqiDataset.js'
import { loadStoredKqiModel } from '../../core/experience/learned/loadStoredKqiModel.js'
import { predictKqi } from '../../core/experience/learned/predictKqi.js'
import { runKqiTraining } from '../../core/experience/learned/runKqiTraining.js'
import { withTf } from '../../core/experience/learned/tfBackend.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { realDataPath } from '../fixtures/realData.js'

const harness = createImportHarness('certus-kqi-training-')
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))
const now = new Date('2026-11-30T12:00:00Z')

/** Every CSV of a folder tree (the 5Gophers files sit in one folder per test). */
function csvFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? csvFiles(join(folder, entry.name)) : entry.name.endsWith('.csv') ? [join(folder, entry.name)] : [],
  )
}

/** The "done when" of issue 6: better than the trivial baselines on the hold-out groups. */
function expectBetterThanBaselines(summary: KqiModelSummary, minR2: number): void {
  const m = summary.metrics
  expect(m.r2).toBeGreaterThan(m.baselineR2)
  expect(m.r2).toBeGreaterThan(minR2)
  expect(m.mae).toBeLessThan(m.baselineMae)
  expect(m.baselineAuc).toBe(0.5)
  expect(m.auc).not.toBeNull()
  expect(m.auc!).toBeGreaterThan(0.6)
  expect(m.badShareTest).toBeGreaterThan(0)
  expect(m.badShareTest).toBeLessThan(1)
}

describe('runKqiTraining on G-NetTrack download drives (ucc-5g-gnettrack, Download/Driving, 4 drives, dlMbps)', () => {
  let db: ProjectDb
  let summary: KqiModelSummary
  beforeAll(async () => {
    db = harness.project()
    for (const file of ['B_2019.12.14_10.16.30.csv', 'B_2019.12.16_07.22.43.csv', 'B_2019.12.16_11.49.59.csv', 'B_2020.02.13_13.03.24.csv']) {
      await harness.importInto(db, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', file))
    }
    summary = await runKqiTraining(db, { kqi: 'dlMbps', epochs: 60, seed: 1 }, { now })
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('predicts the per-second rate from radio KPIs better than the training median and mean, and ranks bad seconds (AUC > 0.6)', () => {
    // Radio KPIs explain little of a single TCP download's per-second rate (a linear fit reaches
    // R² ≈ 0 on the same split; the rate's heavy tail dominates SS_tot), so the bar is the
    // baselines and R² > 0, not a fixed share of variance. Measured (seed 1, wasm): R² 0.024 (mean
    // baseline −0.18), MAE 6.55 vs 7.15 Mbit/s, AUC 0.72.
    expectBetterThanBaselines(summary, 0)
    expect(summary.kqi).toBe('dlMbps')
    expect(summary.unit).toBe('Mbit/s')
    expect(summary.backend).toBe('wasm')
    expect(summary.features).toEqual(expect.arrayContaining(['rsrpDbm', 'sinrDb', 'technology']))
    expect(summary.rows.train + summary.rows.test).toBe(6641)
    expect(summary.epochs).toBeLessThanOrEqual(60)
  })

  it('stores the model: listed, its hold-out and 20 explained examples readable, the loaded network predicting as trained', async () => {
    expect(listExperienceModels(db)[0]).toEqual(summary)
    const stored = readExperienceModel(db, summary.id)!
    expect(stored.holdout.actual).toHaveLength(Math.min(2000, summary.rows.test))
    expect(stored.holdout.examples).toHaveLength(20)
    const dataset = buildKqiDataset(db, 'dlMbps')
    const rowIndex = new Map(Array.from(dataset.rowId, (id, row) => [id, row]))
    const rows = stored.holdout.examples.map((e) => rowIndex.get(e.rowId)!)
    const predicted = await withTf({}, async (loaded) => {
      const model = await loadStoredKqiModel(loaded, stored)
      try {
        return predictKqi(model, dataset, rows)
      } finally {
        model.network.dispose()
      }
    })
    stored.holdout.examples.forEach((e, i) => expect(predicted[i]).toBeCloseTo(e.predicted, 4))
  })

  it('explains each example completely: contributions sum to predicted − baselinePrediction (5 % of the largest gap)', () => {
    const { examples } = readExperienceModel(db, summary.id)!.holdout
    const scale = Math.max(...examples.map((e) => Math.abs(e.predicted - e.baselinePrediction)))
    for (const e of examples) {
      const sum = e.attributions.reduce((s, a) => s + a.contribution, 0)
      expect(Math.abs(sum - (e.predicted - e.baselinePrediction))).toBeLessThan(0.05 * scale)
    }
  })

  it('gives the same model for the same seed', async () => {
    const again = await runKqiTraining(db, { kqi: 'dlMbps', epochs: 60, seed: 1 }, { now })
    expect(again.metrics).toEqual(summary.metrics)
    expect(again.importance).toEqual(summary.importance)
  })

  it('stops when cancelled and stores nothing', async () => {
    const before = listExperienceModels(db).length
    const controller = new AbortController()
    const run = runKqiTraining(db, { kqi: 'dlMbps', epochs: 60, seed: 2 }, { now, signal: controller.signal, progress: (done) => done === 2 && controller.abort() })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(listExperienceModels(db)).toHaveLength(before)
  })

  it('refuses an unknown KQI, naming it', async () => {
    await expect(runKqiTraining(db, { kqi: 'videoMos' }, { now })).rejects.toThrow(KqiDatasetRefusal)
    await expect(runKqiTraining(db, { kqi: 'videoMos' }, { now })).rejects.toThrow('unknown KQI "videoMos"')
  })
})

describe('runKqiTraining on 5Gophers (5gophers, every CSV of 5Gophers-v1.0, throughputMbps)', () => {
  let summary: KqiModelSummary
  beforeAll(async () => {
    const db = harness.project()
    for (const file of csvFiles(realDataPath('5gophers', '5Gophers-v1.0'))) await harness.importInto(db, file)
    summary = await runKqiTraining(db, { kqi: 'throughputMbps', epochs: 60, seed: 1 }, { now })
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('predicts throughput from the test conditions (carrier, radio type, distance, orientation…) far better than the baselines', () => {
    // Measured (seed 1, wasm): R² 0.82 (mean baseline −0.02), MAE 146 vs 407 Mbit/s, AUC 0.79.
    expectBetterThanBaselines(summary, 0.5)
    expect(summary.metrics.mae).toBeLessThan(0.6 * summary.metrics.baselineMae)
    expect(summary.source).toBe('kqi')
    expect(summary.importance[0]!.share).toBeGreaterThan(0)
  })
})
