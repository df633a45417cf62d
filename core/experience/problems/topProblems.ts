import type { ProjectDb } from '../../db/openProjectDb.js'
import { median } from './trailingBaseline.js'
import { demarcateProblem, type AffectedRecord, type Cause, type CellEvidence, type DemarcationOptions } from './demarcateProblem.js'
import {
  checkThresholds, defaultExperienceThresholds, experiencePriorities, latencySeverity, throughputSeverities, weightedBadness,
  type DimensionSeverities, type ExperiencePriority, type ExperienceThresholds,
} from './experienceSeverity.js'
import { forEachCellSample, readCellKqis, readKpiDegradations, serverKqiThresholds, type CellMeasurement } from './readCellExperience.js'

export interface TopProblemsOptions {
  /** Which experience problem the operator fixes first. Default 'rate'. */
  priority?: ExperiencePriority
  /** How many problems, and cells per ranking. Default 10. */
  limit?: number
  thresholds?: Partial<ExperienceThresholds>
  demarcation?: DemarcationOptions
}

/** A cell's experience problem: who is affected, how badly, and whose fault it is. */
export interface ExperienceProblem {
  cell: string
  /** Measurements (drive-test samples and KQI values) with bad experience under the priority. */
  affected: number
  /** Mean badness of the affected measurements, 0–1. */
  severity: number
  /** Σ badness over the affected measurements: affected × severity. */
  impact: number
  causes: Cause[]
}

export interface TopProblemsResult {
  priority: ExperiencePriority
  thresholds: ExperienceThresholds
  /** The worst cells under the priority, worst first, each demarcated. */
  problems: ExperienceProblem[]
  /** The worst cells under each priority, side by side (cell names, worst first). */
  rankings: Record<ExperiencePriority, string[]>
  /** Cells with measurements and how many measurements were scored in all. */
  cellsScored: number
  measurementsScored: number
}

interface ScoredRecord extends AffectedRecord {
  severities: DimensionSeverities
}

interface CellAccumulator {
  affected: ScoredRecord[]
  rttMs: number[]
  segmentsMs: Map<string, number[]>
  server: Map<string, number[]>
  devices: Map<string, number>
}

function severitiesOf(m: CellMeasurement, t: ExperienceThresholds): DimensionSeverities {
  const s: DimensionSeverities = m.throughputMbps === null ? {} : throughputSeverities(m.throughputMbps, t)
  if (m.rttMs !== null) s.latency = latencySeverity(m.rttMs, t.latencyThresholdMs)
  return s
}

/** Reads every cell's measurements, keeping the bad ones and the evidence; one pass over the samples. */
function accumulate(db: ProjectDb, t: ExperienceThresholds): { cells: Map<string, CellAccumulator>; scored: number } {
  const cells = new Map<string, CellAccumulator>()
  let scored = 0
  const cellOf = (cell: string): CellAccumulator => {
    let a = cells.get(cell)
    if (a === undefined) cells.set(cell, (a = { affected: [], rttMs: [], segmentsMs: new Map(), server: new Map(), devices: new Map() }))
    return a
  }
  const score = (cell: string, m: CellMeasurement): void => {
    const a = cellOf(cell)
    if (m.device !== null) a.devices.set(m.device, (a.devices.get(m.device) ?? 0) + 1)
    const severities = severitiesOf(m, t)
    if (Object.keys(severities).length === 0) return
    scored++
    if (Object.values(severities).some((s) => s > 0)) {
      a.affected.push({ source: m.source, badness: 0, timeMs: m.timeMs, rsrpDbm: m.rsrpDbm, sinrDb: m.sinrDb, cqi: m.cqi, device: m.device, severities })
    }
  }
  forEachCellSample(db, score)
  for (const k of readCellKqis(db)) {
    const base = { timeMs: k.timeMs, rsrpDbm: null, sinrDb: null, cqi: null, device: k.device }
    if (k.kqi === 'throughputMbps') score(k.cell, { ...base, source: k.kqi, throughputMbps: k.value, rttMs: null })
    else if (k.kqi === 'rttMs') {
      cellOf(k.cell).rttMs.push(k.value)
      score(k.cell, { ...base, source: k.kqi, throughputMbps: null, rttMs: k.value })
    } else if (/^rtt.+Ms$/.test(k.kqi)) pushTo(cellOf(k.cell).segmentsMs, k.kqi, k.value)
    else if (serverKqiThresholds[k.kqi] !== undefined) pushTo(cellOf(k.cell).server, k.kqi, k.value)
  }
  return { cells, scored }
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function evidenceOf(a: CellAccumulator, kpi: CellEvidence['kpiDegradations']): CellEvidence {
  const badServerKqis = [...a.server].flatMap(([kqi, values]) => {
    const m = median(values)
    const threshold = serverKqiThresholds[kqi] as number
    return m > threshold ? [{ kqi, median: m, threshold, count: values.length }] : []
  })
  return {
    rtt: a.rttMs.length === 0 ? null : { medianMs: median(a.rttMs), count: a.rttMs.length },
    rttSegmentsMs: Object.fromEntries([...a.segmentsMs].map(([k, v]) => [k, median(v)])),
    badServerKqis,
    kpiDegradations: kpi,
    recordsPerDevice: Object.fromEntries(a.devices),
  }
}

interface CellImpact {
  cell: string
  affected: ScoredRecord[]
  impact: number
}

function rank(cells: Map<string, CellAccumulator>, priority: ExperiencePriority): CellImpact[] {
  const impacts: CellImpact[] = []
  for (const [cell, a] of cells) {
    const affected = a.affected.map((r) => ({ ...r, badness: weightedBadness(r.severities, priority) })).filter((r) => r.badness > 0)
    const impact = affected.reduce((sum, r) => sum + r.badness, 0)
    if (impact > 0) impacts.push({ cell, affected, impact })
  }
  // Ties (equal impact) keep a stable order by cell name.
  return impacts.sort((x, y) => y.impact - x.impact || x.cell.localeCompare(y.cell))
}

/**
 * The worst cells of the project by experience impact (affected measurements × severity, see
 * experienceSeverity) under the priority, each demarcated over radio / transport / core / server /
 * terminal (demarcateProblem), and the rankings under all three priorities side by side.
 * Measurements: drive-test samples with a serving cell (DL rate, RSRP, SINR, CQI) and KQI values
 * that name their cell (throughput, RTT and its segments, page load, time to first byte).
 */
export function topProblems(db: ProjectDb, options: TopProblemsOptions = {}): TopProblemsResult {
  const priority = options.priority ?? 'rate'
  if (!experiencePriorities.includes(priority)) throw new RangeError(`priority must be one of ${experiencePriorities.join(', ')}, not ${JSON.stringify(priority)}`)
  const limit = options.limit ?? 10
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`)
  const thresholds: ExperienceThresholds = { ...defaultExperienceThresholds, ...options.thresholds }
  checkThresholds(thresholds)
  const { cells, scored } = accumulate(db, thresholds)
  const kpi = readKpiDegradations(db)
  const ranked = Object.fromEntries(experiencePriorities.map((p) => [p, rank(cells, p)])) as Record<ExperiencePriority, CellImpact[]>
  const problems = ranked[priority].slice(0, limit).map(({ cell, affected, impact }) => ({
    cell,
    affected: affected.length,
    severity: impact / affected.length,
    impact,
    causes: demarcateProblem(affected, evidenceOf(cells.get(cell) as CellAccumulator, kpi.get(cell) ?? []), options.demarcation),
  }))
  const rankings = Object.fromEntries(experiencePriorities.map((p) => [p, ranked[p].slice(0, limit).map((c) => c.cell)])) as Record<ExperiencePriority, string[]>
  return { priority, thresholds, problems, rankings, cellsScored: cells.size, measurementsScored: scored }
}
