import type { Result } from '../../../../core/api/methods.js'
import type { ExperienceModelResult, KqiDashboard, KqiInfo, KqiModelSummary } from '../../../../core/api/schemas/experienceModelSchemas.js'
import type { AreaProblem, CellProblem } from '../causeDomains.js'

/** Test data shaped like the core's Experience answers (valid against their schemas). */

export const kqiInfo = (name: string, overrides: Partial<KqiInfo> = {}): KqiInfo => ({
  name, source: 'samples', unit: 'Mbit/s', app: null, count: 2018, trainable: true, badThreshold: 10, badDirection: 'lower', ...overrides,
})

export const kqiDashboard = (name: string, overrides: Partial<KqiDashboard> = {}): KqiDashboard => ({
  ...kqiInfo(name),
  meanValue: 321, p5: 20, p50: 250, p95: 900, badShare: 0.25,
  // Bins [0,5) [5,10) [10,20) [20,40): the first two are below the 10 Mbit/s threshold.
  histogram: { edges: [0, 5, 10, 20, 40], counts: [3, 2, 10, 5] },
  series: { kind: 'time', x: [1_700_000_000_000, 1_700_000_001_000, 1_700_000_002_000], values: [12, 4, 30] },
  groups: { by: 'technology', levels: [{ label: 'NR', count: 15, median: 25 }, { label: 'LTE', count: 5, median: 6 }] },
  ...overrides,
})

export const cellProblem = (cell: string, impact: number, overrides: Partial<CellProblem> = {}): CellProblem => ({
  kind: 'cell', cell, affected: 10, severity: impact / 10, impact,
  causes: [
    { domain: 'radio', share: 0.75, evidence: ['27 of 34 with SINR < 0 dB (median -1.3 dB)'], evidenceZh: ['SINR < 0 dB 的受影响采样点 27/34（中位数 -1.3 dB）'] },
    { domain: 'transport', share: 0.25, evidence: ['cell RTT median 180.0 ms over 12 RTT KQIs'], evidenceZh: ['小区 RTT 中位数 180.0 ms（共 12 个 RTT KQI）'] },
  ],
  lon: 114.05, lat: 22.54, bbox: [114.04, 22.53, 114.06, 22.55], positionFrom: 'site', degradations: [],
  ...overrides,
})

export const areaProblem = (area: string, impact: number, overrides: Partial<AreaProblem> = {}): AreaProblem => ({
  kind: 'area', area, areaUnit: 'task-area', affected: 40, severity: 0.4, impact,
  causes: [{ domain: 'unknown', share: 1, evidence: ['1 of 40 KQI records without radio measurements or other evidence'], evidenceZh: ['1/40 条 KQI 记录既无无线测量，也无其他证据'] }],
  lon: 114.1, lat: 22.6, bbox: [114.09, 22.59, 114.11, 22.61],
  ring: [[114.08, 22.58], [114.12, 22.58], [114.12, 22.62], [114.08, 22.62]],
  cells: ['FT001_1'], degradations: [],
  ...overrides,
})

export const topResult = (priority: 'rate' | 'stall' | 'latency', problems: CellProblem[], areaProblems: AreaProblem[] = []): Result<'experience.top'> => ({
  priority,
  thresholds: { rateThresholdMbps: 10, stallVideoRateMbps: 4, latencyThresholdMs: 100 },
  scope: 'both',
  problems,
  rankings: { rate: problems.map((p) => p.cell), stall: problems.map((p) => p.cell).reverse(), latency: [] },
  areaProblems,
  areaRankings: { rate: areaProblems.map((p) => p.area), stall: [], latency: [] },
  areaUnits: { taskAreas: areaProblems.map((p) => p.area), geohashPrecision: 6 },
  cellsScored: 77, areasScored: areaProblems.length, measurementsScored: 2018,
})

export const modelSummary = (id: number, kqi = 'dlMbps', overrides: Partial<KqiModelSummary> = {}): KqiModelSummary => ({
  id, kqi, source: 'samples', unit: 'Mbit/s', createdAt: '2026-11-30T04:00:00.000Z', backend: 'wasm',
  features: ['rsrpDbm', 'sinrDb', 'cqi'], rows: { train: 1500, test: 500 }, groups: { train: 12, test: 4 }, epochs: 40, durationMs: 3200,
  metrics: { r2: 0.64, mae: 60, rmse: 90, baselineMae: 140, baselineR2: -0.01, auc: 0.91, baselineAuc: 0.5, badThreshold: 10, badDirection: 'lower', badShareTest: 0.08 },
  importance: [
    { feature: 'sinrDb', importance: 50, share: 0.625 },
    { feature: 'rsrpDbm', importance: 20, share: 0.25 },
    { feature: 'cqi', importance: 10, share: 0.125 },
  ],
  ...overrides,
})

export const modelResult = (id: number, kqi = 'dlMbps'): ExperienceModelResult => ({
  model: modelSummary(id, kqi),
  holdout: { actual: [10, 200, 400], predicted: [30, 180, 350] },
  examples: [
    {
      rowId: 7, actual: 10, predicted: 30, baselinePrediction: 300,
      attributions: [
        { feature: 'sinrDb', value: -2.5, contribution: -220 },
        { feature: 'rsrpDbm', value: -110, contribution: -60 },
        { feature: 'technology', value: 'NR', contribution: 10 },
      ],
    },
  ],
})
