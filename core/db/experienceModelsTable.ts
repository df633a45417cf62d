import { z } from 'zod'
import { explainedPredictionSchema, kqiModelSummarySchema, type ExplainedPrediction, type KqiModelSummary } from '../api/schemas/experienceModelSchemas.js'
import type { ProjectDb } from './openProjectDb.js'

/** The hold-out of a model as it was trained: actual and predicted (thinned), and explained examples. */
export interface StoredKqiHoldout {
  actual: number[]
  predicted: number[]
  examples: ExplainedPrediction[]
}

/**
 * A model to store. The encoding and the network topology are opaque JSON here (their shape belongs
 * to core/experience/learned, which the database layer does not know); the weights are bytes.
 */
export interface NewExperienceModel {
  summary: Omit<KqiModelSummary, 'id'>
  encoding: object
  topology: object
  weights: Uint8Array
  holdout: StoredKqiHoldout
}

export interface StoredExperienceModel extends Omit<NewExperienceModel, 'summary'> {
  summary: KqiModelSummary
}

/** A stored model that no longer reads as one (hand-edited file, a newer schema): names the id. */
export class StoredExperienceModelError extends Error {
  constructor(
    readonly id: number,
    reason: string,
  ) {
    super(`experience model ${id} stored in the project does not read as a model: ${reason}`)
    this.name = 'StoredExperienceModelError'
  }
}

/** Stores a trained model in one transaction and returns its id. */
export function insertExperienceModel(db: ProjectDb, model: NewExperienceModel): number {
  const { summary } = model
  const insert = db.transaction(() =>
    db
      .prepare(
        `INSERT INTO experience_models (kqi, source, unit, created_at, backend, summary_json, encoding_json, topology_json, weights, holdout_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(summary.kqi, summary.source, summary.unit, summary.createdAt, summary.backend, JSON.stringify(summary), JSON.stringify(model.encoding), JSON.stringify(model.topology), Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength), JSON.stringify(model.holdout)),
  )
  return Number(insert().lastInsertRowid)
}

/** Summaries of every stored model, newest first. */
export function listExperienceModels(db: ProjectDb): KqiModelSummary[] {
  const rows = db.prepare('SELECT id, summary_json FROM experience_models ORDER BY created_at DESC, id DESC').all() as { id: number; summary_json: string }[]
  return rows.map((row) => readSummary(row.id, row.summary_json))
}

/** The stored model of `id` with its encoding, network and hold-out, or undefined. */
export function readExperienceModel(db: ProjectDb, id: number): StoredExperienceModel | undefined {
  const row = db.prepare('SELECT summary_json, encoding_json, topology_json, weights, holdout_json FROM experience_models WHERE id = ?').get(id) as
    | { summary_json: string; encoding_json: string; topology_json: string; weights: Buffer; holdout_json: string }
    | undefined
  if (row === undefined) return undefined
  return {
    summary: readSummary(id, row.summary_json),
    encoding: parseJson(id, row.encoding_json, 'encoding') as object,
    topology: parseJson(id, row.topology_json, 'topology') as object,
    weights: new Uint8Array(row.weights.buffer, row.weights.byteOffset, row.weights.byteLength),
    holdout: validated(id, holdoutSchema, parseJson(id, row.holdout_json, 'hold-out')),
  }
}

const holdoutSchema = z.object({ actual: z.array(z.number()), predicted: z.array(z.number()), examples: z.array(explainedPredictionSchema) })

function readSummary(id: number, json: string): KqiModelSummary {
  return validated(id, kqiModelSummarySchema, { ...(parseJson(id, json, 'summary') as object), id })
}

function parseJson(id: number, json: string, what: string): unknown {
  try {
    return JSON.parse(json)
  } catch (error) {
    throw new StoredExperienceModelError(id, `${what}: ${(error as Error).message}`)
  }
}

function validated<T>(id: number, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StoredExperienceModelError(id, `${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
