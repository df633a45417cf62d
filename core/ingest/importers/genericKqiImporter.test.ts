import { afterEach, describe, expect, it } from 'vitest'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { unitFromKqiName } from './genericKqiImporter.js'
import { createImportHarness } from '../testing/importHarness.js'

const { project, closeProjects, write, importInto } = createImportHarness('certus-kqi-')
afterEach(closeProjects)
interface StoredKqi {
  timeMs: number | null
  seq: number | null
  app: string | null
  kqi: string
  value: number
  unit: string
  cell: string | null
  context: Record<string, unknown>
}
const rows = (db: ProjectDb): StoredKqi[] =>
  (db.prepare('SELECT time_ms timeMs, seq, app, kqi, value, unit, cell, context_json FROM kqi_values ORDER BY id').all() as (Omit<StoredKqi, 'context'> & { context_json: string })[]).map(
    ({ context_json: context, ...rest }) => ({ ...rest, context: JSON.parse(context) as Record<string, unknown> }),
  )

describe('generic app-KQI tables', () => {
  it('reads time, app, kqi, value, unit, cell and lon/lat; other columns go to the context', async () => {
    const db = project()
    const path = write('kqi.csv', [
      'time,app,kqi,value,unit,cell,lon,lat,server',
      '2024-03-01 10:00:00,video,stallRatio,1.5,%,CELL_A,120.1551,30.2741,edge-1',
      '2024-03-01T10:00:05Z,web,pageLoadTime,2.31,s,,,,',
    ].join('\n'))
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', kind: 'kqi', format: 'generic-kqi', rows: 2, rejected: 0 })
    expect(rows(db)).toEqual([
      { timeMs: Date.parse('2024-03-01T10:00:00Z'), seq: null, app: 'video', kqi: 'stallRatio', value: 1.5, unit: '%', cell: 'CELL_A', context: { lon: 120.1551, lat: 30.2741, server: 'edge-1' } },
      { timeMs: Date.parse('2024-03-01T10:00:05Z'), seq: null, app: 'web', kqi: 'pageLoadTime', value: 2.31, unit: 's', cell: null, context: {} },
    ])
  })

  it('reads Chinese headers (时间, 应用, 指标, 值, 单位) and takes a missing unit from the KQI name', async () => {
    const db = project()
    const path = write('zh.csv', '\uFEFF时间,应用,指标,值,单位\n2024-03-01 10:00,抖音,首帧时延,320,ms\n2024-03-01 10:01,iperf,throughputMbps,85.2,\n')
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', format: 'generic-kqi', rows: 2 })
    expect(rows(db).map((r) => [r.app, r.kqi, r.value, r.unit])).toEqual([['抖音', '首帧时延', 320, 'ms'], ['iperf', 'throughputMbps', 85.2, 'Mbit/s']])
  })

  it('rejects a row without value or unit as line:field', async () => {
    const db = project()
    const good = Array.from({ length: 40 }, (_, i) => `2024-03-01 10:00,web,pageLoadTimeS,${1 + i / 10},`)
    const path = write('bad.csv', ['time,app,kqi,value,unit', ...good, '2024-03-01 10:00,web,pageLoadTimeS,,s', '2024-03-01 10:00,web,pageLoad,2,'].join('\n'))
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', rows: 40, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 42, field: 'value', message: 'no value' },
      { line: 43, field: 'unit', message: 'no unit for pageLoad (give a unit column, or a suffix such as Ms, Mbps, S)' },
    ])
  })

  it('reads the unit a KQI name implies by its suffix', () => {
    expect(['throughputMbps', 'rttMs', 'pageLoadTimeS', 'pageSizeBytes', 'rsrpDbm', 'blerPct', 'HTTPS'].map(unitFromKqiName)).toEqual(
      ['Mbit/s', 'ms', 's', 'B', 'dBm', '%', null],
    )
  })
})
