import type { ProjectDb } from '../../db/openProjectDb.js'
import type { DroppedFeature, NumericCandidate } from './assembleFeatureMatrix.js'

/**
 * How a sibling KQI (another value of the same published record) may serve as a feature:
 * - 'workload': it describes what was fetched (page size, asset count, file size) — known before the
 *   test runs, so a fair input: a 13 MB page loads slower than a 0.5 MB one on the same link;
 * - 'transport': a latency measured alongside (RTT) — the transport feature the issue asks for;
 * - null: another outcome of the same test, left out: a download's throughput is its file size over its
 *   time (a perfect leak), and a throughput measured with an RTT says what the RTT test did.
 */
export type SiblingRole = 'workload' | 'transport' | null

const workloadName = /bytes|size|count|assets|objects/i
const transportName = /^(rtt|latency|ping|jitter)/i

/** The role of `sibling` as a feature of `target` (see SiblingRole). */
export function siblingRole(target: string, sibling: string, siblingUnit: string): SiblingRole {
  if (siblingUnit === 'B' || siblingUnit === 'count' || workloadName.test(sibling)) return 'workload'
  // An RTT explains rates and times; as a feature of another latency it would be the same outcome measured twice.
  if (transportName.test(sibling) && !transportName.test(target)) return 'transport'
  return null
}

/** Key of a published record: the same import, sequence number and context (apart from the KQI). */
export function recordKey(importId: number, seq: number, contextJson: string): string {
  return `${importId}\u0000${seq}\u0000${contextJson}`
}

/**
 * Sibling KQIs of the given rows as numeric candidates: for each row (its recordKey; null when it
 * has no sequence number and so no record to match), the values of the other KQIs of its record
 * whose siblingRole is not null; NaN where the record lacks one. Reads only the imports holding
 * `target`, in one pass. Siblings left out as outcomes are reported in `dropped`.
 */
export function siblingKqiFeatures(
  db: ProjectDb, target: string, rowKeys: readonly (string | null)[],
): { candidates: NumericCandidate[]; dropped: DroppedFeature[] } {
  const index = new Map<string, number>()
  rowKeys.forEach((key, i) => {
    if (key !== null && !index.has(key)) index.set(key, i)
  })
  const byKqi = new Map<string, NumericCandidate>()
  const outcomes = new Set<string>()
  const rows = db
    .prepare(
      `SELECT import_id, seq, context_json, kqi, value, unit FROM kqi_values
       WHERE import_id IN (SELECT DISTINCT import_id FROM kqi_values WHERE kqi = ?) AND seq IS NOT NULL AND kqi <> ?`,
    )
    .raw()
    .iterate(target, target) as IterableIterator<[number, number, string, string, number, string]>
  for (const [importId, seq, contextJson, kqi, value, unit] of rows) {
    const i = index.get(recordKey(importId, seq, contextJson))
    if (i === undefined) continue
    let candidate = byKqi.get(kqi)
    if (candidate === undefined) {
      if (outcomes.has(kqi)) continue
      if (siblingRole(target, kqi, unit) === null) {
        outcomes.add(kqi)
        continue
      }
      candidate = { kind: 'numeric', name: kqi, unit, values: new Float64Array(rowKeys.length).fill(Number.NaN) }
      byKqi.set(kqi, candidate)
    }
    candidate.values[i] = value
  }
  // Rows sharing a record key (duplicated records) take the first row's siblings.
  rowKeys.forEach((key, i) => {
    const first = key === null ? undefined : index.get(key)
    if (first === undefined || first === i) return
    for (const candidate of byKqi.values()) candidate.values[i] = candidate.values[first] as number
  })
  const dropped = [...outcomes].sort().map((name) => ({ name, reason: `another outcome of the same test as ${target}, not an input` }))
  return { candidates: [...byKqi.values()].sort((a, b) => (a.name < b.name ? -1 : 1)), dropped }
}
