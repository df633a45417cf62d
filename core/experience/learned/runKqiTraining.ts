import type { z } from 'zod'
import type { experienceTrainParamsSchema, KqiModelSummary } from '../../api/schemas/experienceModelSchemas.js'
import { insertExperienceModel } from '../../db/experienceModelsTable.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { buildKqiDataset } from './buildKqiDataset.js'
import { evaluateKqiModel } from './evaluateKqiModel.js'
import { explainPredictions } from './explainPredictions.js'
import { saveKqiNetwork } from './kqiNetwork.js'
import { permutationImportance } from './permutationImportance.js'
import { selectHoldoutExamples, thinPositions } from './selectHoldoutExamples.js'
import { withTf } from './tfBackend.js'
import { trainKqiModel, type TrainKqiModelOptions } from './trainKqiModel.js'

export type KqiTrainingParams = z.output<typeof experienceTrainParamsSchema>

export interface KqiTrainingContext {
  /** Recorded as the model's createdAt. */
  now: Date
  signal?: AbortSignal
  progress?: (done: number, total: number, phase: string) => void
  /** At most this many rows (buildKqiDataset's maxRows). Default its 200 000. */
  maxRows?: number
  /** Training settings beyond the API's (tests and benchmarks: patience, batch size, layers…). */
  training?: Omit<TrainKqiModelOptions, 'epochs' | 'seed' | 'testFraction'>
}

/** Hold-out points stored for the accuracy scatter: enough to see its shape, small enough to ship as JSON. */
export const maxStoredHoldoutPoints = 2000

const abortError = (): Error => Object.assign(new Error('the training was cancelled'), { name: 'AbortError' })

/**
 * Trains, evaluates, explains and stores a KPI→KQI model of the project (API `experience.train`):
 * the KQI's rows (buildKqiDataset; a KqiDatasetRefusal says why a KQI cannot be trained), a model
 * fitted on the training groups (trainKqiModel), its hold-out metrics against the trivial baselines
 * (evaluateKqiModel), permutation importance per feature on the hold-out, integrated-gradients
 * explanations of the 10 worst-predicted and 10 evenly spaced other hold-out rows, all stored in
 * experience_models in one transaction. Progress counts epochs, then evaluation and explanation;
 * `signal` cancels (AbortError) and nothing is stored. Returns the stored model's summary, whose
 * durationMs is the wall time of the whole run (reading rows to storing), rows.train and
 * groups.train count the validation part too (everything but the hold-out), and epochs the epochs
 * run (early stopping keeps the weights of the best one).
 */
export async function runKqiTraining(db: ProjectDb, params: KqiTrainingParams, context: KqiTrainingContext): Promise<KqiModelSummary> {
  const started = performance.now()
  const { signal } = context
  const progress = context.progress ?? ((): void => undefined)
  const epochs = params.epochs ?? 200
  const seed = params.seed ?? 1
  const total = epochs + 3
  progress(0, total, `reading the rows of ${params.kqi}`)
  const dataset = buildKqiDataset(db, params.kqi, context.maxRows === undefined ? {} : { maxRows: context.maxRows })
  return withTf({ backend: params.backend }, async (loaded) => {
    if (signal?.aborted) throw abortError()
    const trained = await trainKqiModel(
      loaded,
      dataset,
      { ...context.training, epochs, seed, testFraction: params.testFraction },
      { signal, onEpoch: (p) => progress(p.epoch, total, `training ${params.kqi}: epoch ${p.epoch}, loss ${p.loss.toFixed(4)}, validation ${p.valLoss.toFixed(4)}`) },
    )
    try {
      progress(epochs + 1, total, 'evaluating on the hold-out groups')
      const { train, validation, test } = trained.split
      const evaluation = evaluateKqiModel(trained, dataset, { fitRows: [...train, ...validation], test }, { badThreshold: params.badThreshold })
      const importance = permutationImportance(trained, dataset, test, { seed })
      if (signal?.aborted) throw abortError()
      progress(epochs + 2, total, 'explaining predictions')
      const examples = explainPredictions(trained, dataset, selectHoldoutExamples(evaluation.actual, evaluation.predicted).map((i) => test[i]!))
      const network = await saveKqiNetwork(loaded.tf, trained.network)
      if (signal?.aborted) throw abortError()
      const summary: Omit<KqiModelSummary, 'id'> = {
        kqi: dataset.kqi,
        source: dataset.source,
        unit: dataset.unit,
        createdAt: context.now.toISOString(),
        backend: trained.backend,
        features: trained.encoding.sources,
        rows: { train: train.length + validation.length, test: test.length },
        groups: { train: trained.split.groups.train + trained.split.groups.validation, test: trained.split.groups.test },
        epochs: trained.fit.epochs,
        durationMs: performance.now() - started,
        metrics: evaluation.metrics,
        importance,
      }
      const kept = thinPositions(test.length, maxStoredHoldoutPoints)
      const id = insertExperienceModel(db, {
        summary,
        encoding: trained.encoding,
        topology: network.topology,
        weights: network.weightData,
        holdout: { actual: Array.from(kept, (i) => evaluation.actual[i]!), predicted: Array.from(kept, (i) => evaluation.predicted[i]!), examples },
      })
      progress(total, total, 'stored')
      return { id, ...summary }
    } finally {
      trained.network.dispose()
    }
  })
}
