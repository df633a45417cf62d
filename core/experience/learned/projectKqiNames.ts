import type { ProjectDb } from '../../db/openProjectDb.js'
import { sampleKqiColumns, type SampleKqi } from './sampleKqiRows.js'

/**
 * The KQIs a project holds: the sample columns with at least one value (dlMbps, ulMbps), then every
 * distinct kqi_values.kqi by name. A kqi_values KQI named like a sample column is that column's
 * (the sample's is the one a dataset reads).
 */
export function projectKqiNames(db: ProjectDb): string[] {
  const samples = (Object.keys(sampleKqiColumns) as SampleKqi[]).filter(
    (kqi) => db.prepare(`SELECT EXISTS (SELECT 1 FROM samples WHERE ${sampleKqiColumns[kqi].column} IS NOT NULL)`).pluck().get() === 1,
  )
  const kqis = db.prepare('SELECT DISTINCT kqi FROM kqi_values ORDER BY kqi').pluck().all() as string[]
  return [...samples, ...kqis.filter((kqi) => !(samples as string[]).includes(kqi))]
}
