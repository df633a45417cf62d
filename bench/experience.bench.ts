import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createSeededRandom } from '../core/demo/seededRandom.js'
import { explainPredictions } from '../core/experience/learned/explainPredictions.js'
import type { FeatureColumn, KqiDataset } from '../core/experience/learned/kqiDataset.js'
import { defaultHiddenUnits } from '../core/experience/learned/kqiNetwork.js'
import { predictKqi } from '../core/experience/learned/predictKqi.js'
import { tfBackendChoices, withTf, type TfBackendChoice } from '../core/experience/learned/tfBackend.js'
import { trainKqiModel } from '../core/experience/learned/trainKqiModel.js'
import { describeMachine } from './machine.js'

/**
 * Learned KPI→KQI models: training time and inference rate of the production model (the network,
 * encoding, split and training loop `certus experience train` uses) on 1 M synthetic drive-test
 * samples, on the TensorFlow.js wasm backend against the cpu backend (tfjs-node's native backend when
 * it is installed, which it cannot be here). BENCH_EXPERIENCE_ROWS sets the rows (default 1 000 000),
 * BENCH_EXPERIENCE_EPOCHS the epochs timed per backend (default 3: early stopping is switched off so
 * every backend runs the same number).
 */
const rowCount = Number(process.env.BENCH_EXPERIENCE_ROWS ?? 1_000_000)
const epochs = Number(process.env.BENCH_EXPERIENCE_EPOCHS ?? 3)
const explainedRows = 1000
const root = new URL('..', import.meta.url).pathname

/**
 * Rows shaped like a G-NetTrack drive test's dlMbps dataset (buildKqiDataset's sample features):
 * RSRP, RSRQ, SINR, CQI, RSSI, speed, the strongest neighbour's RSRP delta, technology one-hot,
 * with the gaps real logs have (SINR missing on 8 %, neighbours on 30 %); the rate follows SINR
 * (truncated Shannon over 100 MHz), technology and a per-minute load factor, ±20 % noise.
 */
function syntheticDriveTest(rows: number): KqiDataset {
  const random = createSeededRandom(2026)
  const numeric = [
    ['rsrpDbm', 'dBm'], ['rsrqDb', 'dB'], ['sinrDb', 'dB'], ['cqi', null], ['rssiDbm', 'dBm'], ['speedKmh', 'km/h'], ['neighbourRsrpDeltaDb', 'dB'],
  ] as const
  const technologies = ['5G', 'LTE', 'HSPA+'] as const
  const columns: FeatureColumn[] = [
    ...numeric.map(([name, unit]): FeatureColumn => ({ name, kind: 'numeric', source: name, unit })),
    ...technologies.map((level): FeatureColumn => ({ name: `technology=${level}`, kind: 'category', source: 'technology', level, unit: null })),
  ]
  const width = columns.length
  const x = new Float32Array(rows * width)
  const y = new Float32Array(rows)
  const group = new Int32Array(rows)
  const rowId = new Float64Array(rows)
  let load = 1
  for (let row = 0; row < rows; row++) {
    if (row % 60 === 0) load = random.uniform(0.3, 1)
    const rsrpDbm = random.uniform(-125, -65)
    const sinrDb = Math.min(30, Math.max(-10, 0.45 * (rsrpDbm + 110) + 4 * random.normal()))
    const technology = random.chance(0.6) ? 0 : random.chance(0.9) ? 1 : 2
    const peakMbps = [1200, 300, 30][technology] as number
    const spectralEfficiency = Math.min(7.4, Math.log2(1 + 10 ** (sinrDb / 10)))
    const o = row * width
    x[o] = rsrpDbm
    x[o + 1] = -10 - 0.1 * (sinrDb - 10) + random.normal()
    x[o + 2] = random.chance(0.08) ? Number.NaN : sinrDb
    x[o + 3] = Math.max(1, Math.min(15, Math.round(sinrDb / 2 + 6)))
    x[o + 4] = rsrpDbm + 25 + 2 * random.normal()
    x[o + 5] = random.uniform(0, 90)
    x[o + 6] = random.chance(0.3) ? Number.NaN : random.uniform(-20, 3)
    x[o + 7 + technology] = 1
    y[row] = (peakMbps * spectralEfficiency * load * random.uniform(0.8, 1.2)) / 7.4
    group[row] = Math.floor(row / 60)
    rowId[row] = row + 1
  }
  return {
    kqi: 'dlMbps', source: 'samples', unit: 'Mbit/s', description: 'synthetic drive test (bench)', columns, rowCount: rows, x, y, group, rowId,
    badThreshold: 10, badDirection: 'lower',
  }
}

interface BackendFigures {
  backend: string
  trainRows: number
  validationRows: number
  epochs: number
  trainSeconds: number
  secondsPerEpoch: number
  trainedRowsPerSecond: number
  predictRows: number
  predictSeconds: number
  predictRowsPerSecond: number
  explainRows: number
  explainSeconds: number
  explainRowsPerSecond: number
  holdoutR2: number
}

function r2Of(actual: Float32Array, predicted: Float64Array, rows: Int32Array): number {
  let mean = 0
  for (const r of rows) mean += actual[r] as number
  mean /= rows.length
  let residual = 0
  let total = 0
  rows.forEach((r, i) => {
    residual += ((actual[r] as number) - (predicted[i] as number)) ** 2
    total += ((actual[r] as number) - mean) ** 2
  })
  return 1 - residual / total
}

async function measure(backend: TfBackendChoice, dataset: KqiDataset): Promise<BackendFigures> {
  return withTf({ backend }, async (loaded) => {
    const started = performance.now()
    const trained = await trainKqiModel(loaded, dataset, { epochs, patience: epochs, seed: 1 })
    const trainSeconds = (performance.now() - started) / 1000
    try {
      const all = Int32Array.from({ length: dataset.rowCount }, (_, i) => i)
      const predictStart = performance.now()
      const predicted = predictKqi(trained, dataset, all)
      const predictSeconds = (performance.now() - predictStart) / 1000
      const test = trained.split.test
      const testPredicted = Float64Array.from(test, (r) => predicted[r] as number)
      const explainStart = performance.now()
      explainPredictions(trained, dataset, test.subarray(0, explainedRows))
      const explainSeconds = (performance.now() - explainStart) / 1000
      return {
        backend: loaded.backend,
        trainRows: trained.split.train.length,
        validationRows: trained.split.validation.length,
        epochs: trained.fit.epochs,
        trainSeconds: +trainSeconds.toFixed(2),
        secondsPerEpoch: +(trainSeconds / trained.fit.epochs).toFixed(2),
        trainedRowsPerSecond: Math.round((trained.split.train.length * trained.fit.epochs) / trainSeconds),
        predictRows: dataset.rowCount,
        predictSeconds: +predictSeconds.toFixed(2),
        predictRowsPerSecond: Math.round(dataset.rowCount / predictSeconds),
        explainRows: Math.min(explainedRows, test.length),
        explainSeconds: +explainSeconds.toFixed(2),
        explainRowsPerSecond: Math.round(Math.min(explainedRows, test.length) / explainSeconds),
        holdoutR2: +r2Of(dataset.y, testPredicted, test).toFixed(3),
      }
    } finally {
      trained.network.dispose()
    }
  })
}

const dataset = syntheticDriveTest(rowCount)
const results: BackendFigures[] = []
for (const backend of tfBackendChoices) {
  const figures = await measure(backend, dataset)
  console.log(JSON.stringify(figures))
  results.push(figures)
}
const [wasm, cpu] = results as [BackendFigures, BackendFigures]
const resultsDir = join(root, 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(
  join(resultsDir, 'experience.json'),
  `${JSON.stringify(
    {
      benchmark: 'experience',
      date: new Date().toISOString(),
      machine: describeMachine(),
      rows: rowCount,
      features: dataset.columns.map((c) => c.name),
      network: `Dense ${defaultHiddenUnits.join(' relu → ')} relu → 1, Adam 0.001, Huber, batch 256 (the production defaults)`,
      tfjsNode: 'not installed (optionalDependency; its native addon cannot be fetched here)',
      backends: results,
      wasmOverCpu: {
        training: +(cpu.secondsPerEpoch / wasm.secondsPerEpoch).toFixed(2),
        inference: +(wasm.predictRowsPerSecond / cpu.predictRowsPerSecond).toFixed(2),
        explanation: +(wasm.explainRowsPerSecond / cpu.explainRowsPerSecond).toFixed(2),
      },
    },
    null,
    2,
  )}\n`,
)
