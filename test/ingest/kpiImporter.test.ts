import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listKpiCounters } from '../../core/db/kpiKqiTables.js'
import type { ProjectDb } from '../../core/db/openProjectDb.js'
import { writeXlsx } from '../fixtures/buildXlsx.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'

const { dir, project, closeProjects, write, importInto } = createImportHarness('certus-kpi-')
afterEach(closeProjects)
const values = (db: ProjectDb) =>
  db.prepare('SELECT v.cell, v.time_ms timeMs, c.name counter, c.unit, v.value FROM kpi_values v JOIN kpi_counters c ON c.id = v.counter_id ORDER BY v.rowid').all()

const t = (iso: string): number => Date.parse(iso)

describe('KPI time series', () => {
  it('reads a long table (time, cell, counter, value, unit) with ISO and space-separated times', async () => {
    const db = project()
    const path = write('long.csv', [
      'time,cell,counter,value,unit',
      '2024-03-01T10:00:00Z,CELL_A,DL_PRB_Usage,45.5,%',
      '2024-03-01 10:15,CELL_A,DL_PRB_Usage,52,%',
      '2024-03-01 10:15:00,CELL_B,RRC_Setup_SR,99.1%,',
      '2024-03-01 10:15:00,CELL_B,Avg_Users,,',
    ].join('\n'))
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', kind: 'kpi', format: 'kpi-long', rows: 4, rejected: 0 })
    expect(values(db)).toEqual([
      { cell: 'CELL_A', timeMs: t('2024-03-01T10:00:00Z'), counter: 'DL_PRB_Usage', unit: '%', value: 45.5 },
      { cell: 'CELL_A', timeMs: t('2024-03-01T10:15:00Z'), counter: 'DL_PRB_Usage', unit: '%', value: 52 },
      { cell: 'CELL_B', timeMs: t('2024-03-01T10:15:00Z'), counter: 'RRC_Setup_SR', unit: '%', value: 99.1 },
      { cell: 'CELL_B', timeMs: t('2024-03-01T10:15:00Z'), counter: 'Avg_Users', unit: null, value: null },
    ])
  })

  it('reads Chinese headers (时间, 小区, 指标, 值) and epoch times', async () => {
    const db = project()
    const path = write('zh.csv', '\uFEFF时间,小区,指标,值\n1709287200,西湖_1,下行PRB利用率,37.5\n1709287200000,西湖_1,上行PRB利用率,12\n')
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', format: 'kpi-long', rows: 2 })
    expect(values(db)).toEqual([
      { cell: '西湖_1', timeMs: t('2024-03-01T10:00:00Z'), counter: '下行PRB利用率', unit: null, value: 37.5 },
      { cell: '西湖_1', timeMs: t('2024-03-01T10:00:00Z'), counter: '上行PRB利用率', unit: null, value: 12 },
    ])
  })

  it('reads a wide table: one column per counter, unit from (…) or […], descriptive columns left out', async () => {
    const db = project()
    const path = write('wide.csv', [
      'Start Time,Period,Cell Name,DL_PRB_Usage(%),DL_Throughput [Mbit/s],RRC_Conn_Max,Comment',
      '2024-03-01 10:00,15,CELL_A,45.5,120.25,87,ok',
      '2024-03-01 10:15,15,CELL_A,#DIV/0!,98,91,late',
    ].join('\n'))
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', format: 'kpi-wide', rows: 6, rejected: 0 })
    expect(outcome.warnings).toEqual(['columns without numbers ignored: Comment'])
    expect(listKpiCounters(db).map(({ name, unit }) => ({ name, unit }))).toEqual([
      { name: 'DL_PRB_Usage', unit: '%' }, { name: 'DL_Throughput', unit: 'Mbit/s' }, { name: 'RRC_Conn_Max', unit: null },
    ])
    expect(values(db)[3]).toEqual({ cell: 'CELL_A', timeMs: t('2024-03-01T10:15:00Z'), counter: 'DL_PRB_Usage', unit: '%', value: null })
  })

  it('rejects a bad value as line:field and goes on', async () => {
    const db = project()
    const rows = Array.from({ length: 30 }, (_, i) => `2024-03-01 10:${String(i).padStart(2, '0')},CELL_A,${i === 4 ? 'lots' : i},${i === 9 ? '2024-13-01' : 1}`)
    const wide = write('wide-bad.csv', ['time,cell,Users,Sessions', ...rows].join('\n'))
    const outcome = await importInto(db, wide)
    // A bad value rejects that value only: the row's other counters are kept.
    expect(outcome).toMatchObject({ status: 'imported', format: 'kpi-wide', rows: 58, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 6, field: 'Users', message: 'not a number: "lots"' },
      { line: 11, field: 'Sessions', message: 'not a number: "2024-13-01"' },
    ])
    const long = write('long-bad.csv', ['时间,小区,指标,值', ...Array.from({ length: 50 }, (_, i) => `2024-03-01 10:00,C,X,${i === 2 ? '1O' : i}`), 'yesterday,C,X,1'].join('\n'))
    const longOutcome = await importInto(db, long)
    expect(longOutcome).toMatchObject({ status: 'imported', rows: 49, rejected: 2 })
    expect(longOutcome.errors).toEqual([
      { line: 4, field: '值', message: 'not a number: "1O"' },
      { line: 52, field: '时间', message: 'not a time (ISO 8601, YYYY-MM-DD hh:mm:ss, epoch or Excel serial): "yesterday"' },
    ])
  })

  it('keeps one unit per counter in the project: a contradicting unit is a row error', async () => {
    const db = project()
    await importInto(db, write('a.csv', 'time,cell,counter,value,unit\n2024-03-01 10:00,A,Latency,12,ms\n'))
    const outcome = await importInto(db, write('b.csv', 'time,cell,counter,value,unit\n2024-03-01 10:00,A,Latency,0.012,s\n2024-03-01 10:15,A,Latency,13,ms\n'), { rejectThreshold: 0.6 })
    expect(outcome.errors).toEqual([{ line: 2, field: 'unit', message: 'counter Latency is in ms in the project, this row gives s' }])
    expect(outcome.rows).toBe(1)
  })

  it('reads an xlsx with Excel date cells (wide layout, recognised from the first row of the sheet)', async () => {
    const db = project()
    const path = join(dir, 'kpi.xlsx')
    // 45352.4166… is 2024-03-01 10:00 in Excel's 1900 date system.
    writeXlsx(path, [{ name: 'KPI', rows: [['时间', '小区', '下行速率(Mbps)'], [45352 + 10 / 24, '西湖_1', 310.5], [45352 + 10.25 / 24, '西湖_1', 298]] }])
    const outcome = await importInto(db, path, { kind: 'kpi' })
    // The probe reads a spreadsheet's first row as its header, so the wide layout is recognised at once.
    expect(outcome).toMatchObject({ status: 'imported', kind: 'kpi', format: 'kpi-wide', rows: 2, rejected: 0 })
    expect(values(db)).toEqual([
      { cell: '西湖_1', timeMs: t('2024-03-01T10:00:00Z'), counter: '下行速率', unit: 'Mbps', value: 310.5 },
      { cell: '西湖_1', timeMs: t('2024-03-01T10:15:00Z'), counter: '下行速率', unit: 'Mbps', value: 298 },
    ])
  })
})
