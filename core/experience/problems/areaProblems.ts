import type { ProjectDb } from '../../db/openProjectDb.js'
import type { AreaAccumulator, CellAccumulator } from './accumulateExperience.js'
import { boundingBoxOf } from './boundingBoxOf.js'
import { demarcateProblem, type DemarcationOptions, type KpiDegradation } from './demarcateProblem.js'
import type { AreaLocator, ExperienceArea } from './experienceAreas.js'
import type { AreaExperienceProblem } from './experienceProblem.js'
import type { ExperiencePriority } from './experienceSeverity.js'
import { withBadness, type RankedImpact } from './rankByImpact.js'
import { pooledEvidence } from './problemEvidence.js'
import { readAreaDegradations, type AreaDegradationOptions } from './readAreaDegradations.js'

export interface AreaProblemInputs {
  db: ProjectDb
  locator: AreaLocator
  areas: ReadonlyMap<ExperienceArea, AreaAccumulator>
  cells: ReadonlyMap<string, CellAccumulator>
  kpi: ReadonlyMap<string, readonly KpiDegradation[]>
  priority: ExperiencePriority
  demarcation?: DemarcationOptions
  degradation?: AreaDegradationOptions
}

/** Cells by the badness of their records, most first. */
function cellsByImpact(records: readonly { cell?: string | null; badness: number }[]): string[] {
  const impact = new Map<string, number>()
  for (const r of records) if (typeof r.cell === 'string') impact.set(r.cell, (impact.get(r.cell) ?? 0) + r.badness)
  return [...impact].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([cell]) => cell)
}

/**
 * The reported area problems: each ranked area's bad samples demarcated with the pooled evidence of
 * its serving cells plus the area's own DL-rate drops (change detection runs for these areas only).
 */
export function areaProblems(ranked: readonly RankedImpact<ExperienceArea>[], inputs: AreaProblemInputs): AreaExperienceProblem[] {
  const drops = readAreaDegradations(inputs.db, inputs.locator, new Set(ranked.map((r) => r.key)), inputs.degradation)
  return ranked.map(({ key: area, affected: count, impact }) => {
    const a = inputs.areas.get(area) as AreaAccumulator
    const affected = withBadness(a.affected, inputs.priority)
    const degradations = drops.get(area) ?? []
    const evidence = { ...pooledEvidence(a.cells.keys(), inputs.cells, inputs.kpi), areaDegradations: degradations }
    return {
      kind: 'area',
      area: area.id,
      areaUnit: area.unit,
      affected: count,
      severity: impact / count,
      impact,
      causes: demarcateProblem(affected, evidence, inputs.demarcation),
      lon: area.lon,
      lat: area.lat,
      bbox: boundingBoxOf(affected),
      ring: area.ring,
      cells: cellsByImpact(affected),
      degradations,
    }
  })
}
