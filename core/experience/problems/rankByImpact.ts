import type { AffectedRecord } from './demarcateProblem.js'
import { weightedBadness, type ExperiencePriority } from './experienceSeverity.js'
import type { ScoredRecord } from './accumulateExperience.js'

/** A cell or an area with its impact under one priority. */
export interface RankedImpact<Key> {
  key: Key
  /** The name ties are ordered by. */
  name: string
  /** Measurements with badness > 0 under the priority. */
  affected: number
  /** Σ badness under the priority. */
  impact: number
}

/**
 * Cells or areas with any impact under the priority, most impact first; equal impacts keep a stable
 * order by name. Sums the badness without copying the records: only the reported few are
 * materialised (withBadness).
 */
export function rankByImpact<Key>(entries: Iterable<readonly [Key, string, readonly ScoredRecord[]]>, priority: ExperiencePriority): RankedImpact<Key>[] {
  const ranked: RankedImpact<Key>[] = []
  for (const [key, name, records] of entries) {
    let affected = 0
    let impact = 0
    for (const r of records) {
      const badness = weightedBadness(r.severities, priority)
      if (badness > 0) {
        affected++
        impact += badness
      }
    }
    if (impact > 0) ranked.push({ key, name, affected, impact })
  }
  return ranked.sort((x, y) => y.impact - x.impact || x.name.localeCompare(y.name))
}

/** The records that are bad under the priority, each with its badness. */
export function withBadness(records: readonly ScoredRecord[], priority: ExperiencePriority): (AffectedRecord & ScoredRecord)[] {
  return records.map((r) => ({ ...r, badness: weightedBadness(r.severities, priority) })).filter((r) => r.badness > 0)
}
