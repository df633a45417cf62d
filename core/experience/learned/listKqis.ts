import type { KqiInfo } from '../../api/schemas/experienceModelSchemas.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { minKqiRows } from './buildKqiDataset.js'
import { isNonFeatureContextKey } from './contextFeatures.js'
import { kqiBadQuantile, kqiBadRule, quantileOfSorted, type KqiBadRule } from '../kqiBadThresholds.js'
import { siblingRole } from './siblingKqiFeatures.js'
import { sampleKqiColumns, type SampleKqi } from './sampleKqiRows.js'

/** A single import spanning less than this (s or sequence steps) splits into one group only, even with the shortest blocks (assignSplitGroups: 3–4). */
const minSplitSpan = 4

/** Contexts looked at (the first ones of the KQI) to tell whether it has a varying test condition. */
export const contextProbeRows = 2000

/**
 * The project's KQIs (projectKqiNames) with unit, app, row count and bad threshold, and whether a
 * model can be trained on each. Cheap: counts and ranges come from SQL, and `trainable` from light
 * checks — at least minKqiRows rows, some radio KPI (samples) or a varying test condition or workload
 * sibling (app KQIs) among the first contextProbeRows contexts, and positions spread over two split
 * groups — not from building the dataset, which may still refuse (buildKqiDataset).
 */
export function listKqis(db: ProjectDb): KqiInfo[] {
  return [...sampleKqiInfos(db), ...appKqiInfos(db)]
}

function sampleKqiInfos(db: ProjectDb): KqiInfo[] {
  const infos: KqiInfo[] = []
  for (const kqi of Object.keys(sampleKqiColumns) as SampleKqi[]) {
    const { column, unit } = sampleKqiColumns[kqi]
    const stats = db
      .prepare(
        `SELECT count(*) AS count,
           count(CASE WHEN rsrp_dbm IS NOT NULL OR rsrq_db IS NOT NULL OR sinr_db IS NOT NULL OR cqi IS NOT NULL OR rssi_dbm IS NOT NULL OR technology IS NOT NULL THEN 1 END) AS withRadio,
           count(DISTINCT import_id) AS imports, max(time_ms) - min(time_ms) AS spanMs
         FROM samples WHERE ${column} IS NOT NULL`,
      )
      .get() as { count: number; withRadio: number; imports: number; spanMs: number | null }
    if (stats.count === 0) continue
    const reason =
      stats.count < minKqiRows ? tooFew(stats.count)
        : stats.withRadio === 0 ? 'no radio KPI (RSRP, RSRQ, SINR, CQI, RSSI, technology) on its samples'
          : stats.imports < 2 && (stats.spanMs ?? stats.count * 1000) < minSplitSpan * 1000 ? 'a single short stretch: nothing to hold out'
            : undefined
    infos.push(info({ name: kqi, source: 'samples', unit, app: 'drive test', count: stats.count }, kqiBadRule(kqi), Number.NaN, reason))
  }
  return infos
}

function appKqiInfos(db: ProjectDb): KqiInfo[] {
  const sampleNames = new Set(Object.keys(sampleKqiColumns))
  const units = db
    .prepare('SELECT kqi, unit, count(*) AS count FROM kqi_values GROUP BY kqi, unit ORDER BY kqi, count DESC, unit')
    .all() as { kqi: string; unit: string; count: number }[]
  const infos: KqiInfo[] = []
  for (const { kqi, unit, count } of units) {
    if (infos.at(-1)?.name === kqi) continue // a minority unit: the dataset reads the dominant one only
    if (sampleNames.has(kqi) && hasSampleValues(db, kqi as SampleKqi)) continue
    const stats = db
      .prepare(
        `SELECT count(DISTINCT import_id) AS imports, max(seq) - min(seq) AS seqSpan, (max(time_ms) - min(time_ms)) / 1000.0 AS spanS,
           count(seq) AS withSeq, count(time_ms) AS withTime
         FROM kqi_values WHERE kqi = ? AND unit = ?`,
      )
      .get(kqi, unit) as { imports: number; seqSpan: number | null; spanS: number | null; withSeq: number; withTime: number }
    // Rows placed by time or sequence number within one import may all fall in one block; rows placed by id never do (≥ 50 rows).
    const span = stats.withTime === count ? stats.spanS : stats.withSeq === count ? stats.seqSpan : null
    const rule = kqiBadRule(kqi)
    const reason =
      count < minKqiRows ? tooFew(count)
        : !hasFeature(db, kqi, unit) ? 'no test condition varies across its records and no workload or RTT is recorded with it'
          : stats.imports < 2 && span !== null && span < minSplitSpan ? 'a single short stretch: nothing to hold out'
            : undefined
    infos.push(info({ name: kqi, source: 'kqi', unit, app: appsOf(db, kqi, unit), count }, rule, rule.threshold === 'quantile' ? sqlBadQuantile(db, kqi, unit, rule, count) : Number.NaN, reason))
  }
  return infos
}

function info(base: Pick<KqiInfo, 'name' | 'source' | 'unit' | 'app' | 'count'>, rule: KqiBadRule, quantile: number, reason: string | undefined): KqiInfo {
  const badThreshold = rule.threshold === 'quantile' ? quantile : rule.threshold
  return { ...base, trainable: reason === undefined, ...(reason === undefined ? {} : { reason }), badThreshold, badDirection: rule.direction }
}

const tooFew = (count: number): string => `only ${count} rows, a model needs at least ${minKqiRows}`

function hasSampleValues(db: ProjectDb, kqi: SampleKqi): boolean {
  return db.prepare(`SELECT EXISTS (SELECT 1 FROM samples WHERE ${sampleKqiColumns[kqi].column} IS NOT NULL)`).pluck().get() === 1
}

/** The apps that produced a KQI, most rows first ("iperf, download"), or null. */
function appsOf(db: ProjectDb, kqi: string, unit: string): string | null {
  const apps = db.prepare('SELECT app FROM kqi_values WHERE kqi = ? AND unit = ? AND app IS NOT NULL GROUP BY app ORDER BY count(*) DESC, app').pluck().all(kqi, unit) as string[]
  return apps.length === 0 ? null : apps.join(', ')
}

/** Whether a context field that could be a feature varies among the first records, or a workload/RTT sibling is recorded with the KQI. */
function hasFeature(db: ProjectDb, kqi: string, unit: string): boolean {
  const varying = db
    .prepare(
      `SELECT j.key FROM (SELECT context_json FROM kqi_values WHERE kqi = ? AND unit = ? LIMIT ${contextProbeRows}) k, json_each(k.context_json) j
       GROUP BY j.key HAVING count(DISTINCT j.value) > 1`,
    )
    .pluck()
    .all(kqi, unit) as string[]
  if (varying.some((key) => !isNonFeatureContextKey(key))) return true
  const siblings = db
    .prepare(
      `SELECT DISTINCT kqi, unit FROM kqi_values
       WHERE import_id IN (SELECT DISTINCT import_id FROM kqi_values WHERE kqi = ?) AND kqi <> ? AND seq IS NOT NULL`,
    )
    .all(kqi, kqi) as { kqi: string; unit: string }[]
  return siblings.some((s) => siblingRole(kqi, s.kqi, s.unit) !== null)
}

/** The quantile-rule threshold from the KQI's values in SQL (the two order statistics around it, interpolated as quantileOfSorted). */
function sqlBadQuantile(db: ProjectDb, kqi: string, unit: string, rule: KqiBadRule, count: number): number {
  const q = rule.direction === 'lower' ? kqiBadQuantile : 1 - kqiBadQuantile
  const lo = Math.floor((count - 1) * q)
  const around = db
    .prepare('SELECT value FROM kqi_values WHERE kqi = ? AND unit = ? AND abs(value) <= 1.7e308 ORDER BY value LIMIT 2 OFFSET ?')
    .pluck()
    .all(kqi, unit, lo) as number[]
  const h = (count - 1) * q
  return around.length === 0 ? Number.NaN : quantileOfSorted(around, h - lo)
}
