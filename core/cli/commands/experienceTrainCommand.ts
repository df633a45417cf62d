import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { KqiModelSummary } from '../../api/schemas/experienceModelSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

const options = {
  kqi: { type: 'string' },
  epochs: { type: 'string' },
  seed: { type: 'string' },
  backend: { type: 'string' },
  json: { type: 'boolean' },
} as const

const backends = ['wasm', 'cpu'] as const

/**
 * `certus experience train <project> --kqi NAME [--epochs N] [--seed S] [--backend wasm|cpu] [--json]`:
 * trains a KPI→KQI model on the project's rows of the KQI, evaluates it on held-out groups against
 * the trivial baselines, explains hold-out predictions and stores it (API `experience.train`).
 * --epochs is the maximum (early stopping ends sooner; default 200), --seed makes the split, the
 * weights and the shuffles repeatable (default 1), --backend forces a TensorFlow.js backend (default:
 * tfjs-node when installed, else wasm). --json prints the stored model's summary: `{"id", "kqi",
 * "source", "unit", "createdAt", "backend", "features", "rows": {"train", "test"}, "groups", "epochs",
 * "durationMs", "metrics": {"r2", "mae", "rmse", "baselineMae", "baselineR2", "auc", "baselineAuc",
 * "badThreshold", "badDirection", "badShareTest"}, "importance": [{"feature", "importance", "share"}]}`.
 */
export async function experienceTrainCommand(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(`experience train: ${(error as Error).message}`)
  }
  const { values, positionals } = parsed
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) throw new UsageError('experience train needs exactly one project file')
  if (values.kqi === undefined || values.kqi.trim() === '') throw new UsageError('experience train needs --kqi NAME (a sample rate such as dlMbps, or a KQI of the project such as throughputMbps)')
  const epochs = wholeNumber(values.epochs, '--epochs', 1, 2000)
  const seed = wholeNumber(values.seed, '--seed', 0, Number.MAX_SAFE_INTEGER)
  const backend = values.backend?.toLowerCase()
  if (backend !== undefined && !(backends as readonly string[]).includes(backend)) throw new UsageError(`--backend must be one of ${backends.join(', ')}, not ${JSON.stringify(values.backend)}`)
  const path = resolve(ctx.cwd, file)
  if (!existsSync(path)) throw new CommandFailure(`${file}: no such project file`)
  const summary: KqiModelSummary = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    return client.runJob(
      'experience.train',
      {
        kqi: values.kqi!,
        ...(epochs === undefined ? {} : { epochs }),
        ...(seed === undefined ? {} : { seed }),
        ...(backend === undefined ? {} : { backend: backend as (typeof backends)[number] }),
      },
      { onProgress: (p) => (values.json === true ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.slice(0, 100).padEnd(100))) },
    )
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (values.json === true) printJson(ctx, summary)
  else ctx.out(`\n${describe(summary)}\n`)
  return 0
}

function wholeNumber(text: string | undefined, option: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) throw new UsageError(`${option} must be a whole number within ${min}…${max}, not ${JSON.stringify(text)}`)
  return value
}

const fixed = (value: number, digits: number): string => (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).toFixed(digits)

function describe(s: KqiModelSummary): string {
  const m = s.metrics
  const auc = m.auc === null ? 'AUC n/a (the hold-out has one class only)' : `AUC ${fixed(m.auc, 3)} (guess ${m.baselineAuc})`
  const lines = [
    `model ${s.id}: ${s.kqi} (${s.unit}) from ${s.features.join(', ')}`,
    `  trained on ${s.rows.train} rows in ${s.groups.train} groups, held out ${s.rows.test} rows in ${s.groups.test} groups; ${s.epochs} epochs on ${s.backend}, ${(s.durationMs / 1000).toFixed(1)} s`,
    `  hold-out R² ${fixed(m.r2, 3)} (training mean ${fixed(m.baselineR2, 3)}), MAE ${fixed(m.mae, 2)} ${s.unit} (training median ${fixed(m.baselineMae, 2)}), RMSE ${fixed(m.rmse, 2)} ${s.unit}`,
    `  ${auc} for bad experience: ${m.badDirection === 'lower' ? 'below' : 'above'} ${m.badThreshold} ${s.unit}, ${(100 * m.badShareTest).toFixed(0)} % of the hold-out`,
    '  importance (hold-out MAE increase when shuffled):',
    ...s.importance.map((f) => `    ${f.feature.padEnd(28)} ${fixed(f.importance, 3).padStart(9)} ${s.unit}  ${(100 * f.share).toFixed(0).padStart(3)} %`),
  ]
  return lines.join('\n')
}
