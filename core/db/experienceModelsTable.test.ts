import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { KqiModelSummary } from '../api/schemas/experienceModelSchemas.js'
import { insertExperienceModel, listExperienceModels, readExperienceModel, StoredExperienceModelError, type NewExperienceModel } from './experienceModelsTable.js'
import { openProjectDb, type ProjectDb } from './openProjectDb.js'

const directory = mkdtempSync(join(tmpdir(), 'certus-experience-models-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
const opened: ProjectDb[] = []
const open = (): ProjectDb => {
  const db = openProjectDb(join(mkdtempSync(join(directory, 'p-')), 'p.certus'))
  opened.push(db)
  return db
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

const summary = (kqi: string, createdAt: string): Omit<KqiModelSummary, 'id'> => ({
  kqi,
  source: 'samples',
  unit: 'Mbit/s',
  createdAt,
  backend: 'wasm',
  features: ['sinrDb', 'technology'],
  rows: { train: 900, test: 300 },
  groups: { train: 15, test: 5 },
  epochs: 42,
  durationMs: 1234.5,
  metrics: { r2: 0.4, mae: 3.1, rmse: 5.2, baselineMae: 4.4, baselineR2: -0.02, auc: null, baselineAuc: 0.5, badThreshold: 10, badDirection: 'lower', badShareTest: 0 },
  importance: [{ feature: 'sinrDb', importance: 1.5, share: 1 }, { feature: 'technology', importance: -0.1, share: 0 }],
})

const model = (kqi: string, createdAt: string): NewExperienceModel => ({
  summary: summary(kqi, createdAt),
  encoding: { target: { transform: 'log1p', mean: 2, std: 1 } },
  topology: { modelTopology: { class_name: 'Sequential' }, weightSpecs: [] },
  weights: Uint8Array.from([1, 2, 3, 250]),
  holdout: {
    actual: [1, 2],
    predicted: [1.5, 1.8],
    examples: [{ rowId: 7, actual: 1, predicted: 1.5, baselinePrediction: 1.2, attributions: [{ feature: 'technology', value: '5G', contribution: 0.3 }] }],
  },
})

describe('experience_models (migration 7)', () => {
  it('stores a model and reads it back whole: summary with its id, encoding, topology, weight bytes, hold-out', () => {
    const db = open()
    const id = insertExperienceModel(db, model('dlMbps', '2026-11-30T01:00:00.000Z'))
    const stored = readExperienceModel(db, id)!
    const { summary: _s, ...rest } = model('dlMbps', '2026-11-30T01:00:00.000Z')
    expect(stored.summary).toEqual({ id, ...summary('dlMbps', '2026-11-30T01:00:00.000Z') })
    expect({ ...stored, weights: Array.from(stored.weights) }).toEqual({ ...rest, summary: stored.summary, weights: [1, 2, 3, 250] })
  })

  it('lists the summaries newest first, and answers undefined for an unknown id', () => {
    const db = open()
    const older = insertExperienceModel(db, model('dlMbps', '2026-11-30T01:00:00.000Z'))
    const newer = insertExperienceModel(db, model('throughputMbps', '2026-11-30T02:00:00.000Z'))
    expect(listExperienceModels(db).map((m) => [m.id, m.kqi])).toEqual([
      [newer, 'throughputMbps'],
      [older, 'dlMbps'],
    ])
    expect(readExperienceModel(db, 999)).toBeUndefined()
  })

  it('refuses a stored summary that no longer reads as one, naming the model', () => {
    const db = open()
    const id = insertExperienceModel(db, model('dlMbps', '2026-11-30T01:00:00.000Z'))
    db.prepare('UPDATE experience_models SET summary_json = ? WHERE id = ?').run('{"kqi": 3}', id)
    expect(() => listExperienceModels(db)).toThrow(StoredExperienceModelError)
    expect(() => readExperienceModel(db, id)).toThrow(`experience model ${id} stored in the project does not read as a model`)
  })
})
