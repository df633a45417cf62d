import type { ProjectDb } from '../../db/openProjectDb.js'
import { listAreas } from '../../db/geometryTables.js'
import { accumulateExperience, type CellAccumulator } from './accumulateExperience.js'
import { areaProblems } from './areaProblems.js'
import { boundingBoxOf } from './boundingBoxOf.js'
import { demarcateProblem, type CellDegradationPeriod, type DemarcationOptions, type KpiDegradation } from './demarcateProblem.js'
import { createAreaLocator, type AreaOptions, type ExperienceArea } from './experienceAreas.js'
import type { AreaExperienceProblem, CellExperienceProblem } from './experienceProblem.js'
import { checkThresholds, defaultExperienceThresholds, experiencePriorities, type ExperiencePriority, type ExperienceThresholds } from './experienceSeverity.js'
import { rankByImpact, withBadness, type RankedImpact } from './rankByImpact.js'
import { evidenceOf } from './problemEvidence.js'
import type { AreaDegradationOptions } from './readAreaDegradations.js'
import { readCellDegradations, type CellDegradationOptions } from './readCellDegradations.js'
import { readCellSites, readKpiDegradations } from './readCellExperience.js'

export type { AreaExperienceProblem, CellExperienceProblem, ExperienceProblem } from './experienceProblem.js'

/** Which problems topProblems ranks: cells, areas, or both side by side. */
export const problemScopes = ['cells', 'areas', 'both'] as const
export type ProblemScope = (typeof problemScopes)[number]

export interface TopProblemsOptions extends AreaOptions {
  /** Which experience problem the operator fixes first. Default 'rate'. */
  priority?: ExperiencePriority
  /** How many problems, and cells or areas per ranking. Default 10. */
  limit?: number
  thresholds?: Partial<ExperienceThresholds>
  /**
   * Default 'both': the operator asked for the worst cells or areas, and areas cost one geohash per
   * sample plus one more pass over the samples for the reported areas' change detection (the
   * reported cells' change detection costs one pass too, skipped for 'areas'). 'cells'
   * skips the areas; 'areas' reports no cell problems (cells are still read: they are the areas' evidence).
   */
  scope?: ProblemScope
  demarcation?: DemarcationOptions
  /** Change detection of the reported areas (bucket and detector settings). */
  areaDegradation?: AreaDegradationOptions
  /** Change detection of the reported cells' own DL rate and timed KQIs (bucket and detector settings, as the areas'). */
  cellDegradation?: CellDegradationOptions
}

export interface TopProblemsResult {
  priority: ExperiencePriority
  thresholds: ExperienceThresholds
  scope: ProblemScope
  /** The worst cells under the priority, worst first, each demarcated and placed (empty for scope 'areas'). */
  problems: CellExperienceProblem[]
  /** The worst cells under each priority, side by side (cell names, worst first). */
  rankings: Record<ExperiencePriority, string[]>
  /** The worst areas under the priority, worst first, with their DL-rate drops (empty for scope 'cells'). */
  areaProblems: AreaExperienceProblem[]
  /** The worst areas under each priority (task area names or geohashes, worst first). */
  areaRankings: Record<ExperiencePriority, string[]>
  /** The area unit: the task areas in use (by name), and the geohash precision of the grid for the rest. */
  areaUnits: { taskAreas: string[]; geohashPrecision: number }
  /** Cells and areas with measurements, and how many measurements were scored in all. */
  cellsScored: number
  areasScored: number
  measurementsScored: number
}

interface CheckedOptions {
  priority: ExperiencePriority
  limit: number
  thresholds: ExperienceThresholds
  scope: ProblemScope
}

function checkOptions(options: TopProblemsOptions): CheckedOptions {
  const priority = options.priority ?? 'rate'
  if (!experiencePriorities.includes(priority)) throw new RangeError(`priority must be one of ${experiencePriorities.join(', ')}, not ${JSON.stringify(priority)}`)
  const limit = options.limit ?? 10
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`)
  const scope = options.scope ?? 'both'
  if (!problemScopes.includes(scope)) throw new RangeError(`scope must be one of ${problemScopes.join(', ')}, not ${JSON.stringify(scope)}`)
  const thresholds: ExperienceThresholds = { ...defaultExperienceThresholds, ...options.thresholds }
  checkThresholds(thresholds)
  return { priority, limit, thresholds, scope }
}

function cellProblem(
  { key: cell, affected: count, impact }: RankedImpact<string>,
  a: CellAccumulator,
  kpi: readonly KpiDegradation[],
  degradations: CellDegradationPeriod[],
  site: { lon: number; lat: number } | undefined,
  priority: ExperiencePriority,
  demarcation: DemarcationOptions | undefined,
): CellExperienceProblem {
  const affected = withBadness(a.affected, priority)
  const centroid = a.positioned > 0 ? { lon: a.lonSum / a.positioned, lat: a.latSum / a.positioned } : undefined
  const position = site ?? centroid
  return {
    kind: 'cell',
    cell,
    affected: count,
    severity: impact / count,
    impact,
    causes: demarcateProblem(affected, { ...evidenceOf(a, kpi), cellDegradations: degradations }, demarcation),
    lon: position?.lon ?? null,
    lat: position?.lat ?? null,
    bbox: boundingBoxOf(affected),
    positionFrom: site !== undefined ? 'site' : centroid !== undefined ? 'samples' : null,
    degradations,
  }
}

const byPriority = <T>(make: (p: ExperiencePriority) => T): Record<ExperiencePriority, T> =>
  Object.fromEntries(experiencePriorities.map((p) => [p, make(p)])) as Record<ExperiencePriority, T>

/**
 * The worst cells and areas of the project by experience impact (affected measurements × severity,
 * see experienceSeverity) under the priority, each demarcated over radio / transport / core / server
 * / terminal (demarcateProblem) and placed on the map, and the rankings under all three priorities
 * side by side. Measurements: drive-test samples (DL rate, RSRP, SINR, CQI, position) and KQI values
 * that name their cell (throughput, RTT and its segments, page load, time to first byte). Areas
 * (experienceAreas: task areas, else geohash squares) hold the samples measured in them. Each
 * reported area carries the drops of its DL rate found by change detection (readAreaDegradations),
 * each reported cell those of its own DL rate and timed KQIs (readCellDegradations).
 */
export function topProblems(db: ProjectDb, options: TopProblemsOptions = {}): TopProblemsResult {
  const { priority, limit, thresholds, scope } = checkOptions(options)
  // Built for every scope, so that a bad geohashPrecision is refused whatever the scope.
  const areaUnit = createAreaLocator(listAreas(db), options)
  const locator = scope === 'cells' ? null : areaUnit
  const { cells, areas, scored } = accumulateExperience(db, thresholds, locator)
  const kpi = readKpiDegradations(db)
  const none = byPriority((): never[] => [])
  const cellRanks = scope === 'areas' ? none : byPriority((p) => rankByImpact([...cells].map(([cell, a]) => [cell, cell, a.affected] as const), p).slice(0, limit))
  const areaRanks: Record<ExperiencePriority, RankedImpact<ExperienceArea>[]> =
    locator === null ? none : byPriority((p) => rankByImpact([...areas].map(([area, a]) => [area, area.id, a.affected] as const), p).slice(0, limit))
  const sites = readCellSites(db)
  // Change detection for the reported cells only: one more pass over the samples, keeping their series alone.
  const drops = readCellDegradations(db, new Set(cellRanks[priority].map((r) => r.key)), options.cellDegradation)
  const problems = cellRanks[priority].map((r) =>
    cellProblem(r, cells.get(r.key) as CellAccumulator, kpi.get(r.key) ?? [], drops.get(r.key) ?? [], sites.get(r.key), priority, options.demarcation),
  )
  const reportedAreas =
    locator === null ? [] : areaProblems(areaRanks[priority], { db, locator, areas, cells, kpi, priority, demarcation: options.demarcation, degradation: options.areaDegradation })
  return {
    priority,
    thresholds,
    scope,
    problems,
    rankings: byPriority((p) => cellRanks[p].map((r) => r.key)),
    areaProblems: reportedAreas,
    areaRankings: byPriority((p) => areaRanks[p].map((r) => r.key.id)),
    areaUnits: { taskAreas: [...areaUnit.taskAreas], geohashPrecision: areaUnit.geohashPrecision },
    cellsScored: cells.size,
    areasScored: areas.size,
    measurementsScored: scored,
  }
}
