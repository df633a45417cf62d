import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { downloadDrives, drivePath, fiveGophersFiles } from './kqiRealData.js'
import type { ProjectDb } from '../../core/db/openProjectDb.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { buildKqiDataset, KqiDatasetRefusal } from '../../core/experience/learned/buildKqiDataset.js'
import type { KqiDataset } from '../../core/experience/learned/kqiDataset.js'
import { identifierKeyPattern } from '../../core/experience/learned/contextFeatures.js'

const harness = createImportHarness('certus-kqi-dataset-')
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

const column = (d: KqiDataset, name: string): number => {
  const c = d.columns.findIndex((col) => col.name === name)
  if (c < 0) throw new Error(`no column ${name} in ${d.columns.map((col) => col.name).join(', ')}`)
  return c
}
const valueAt = (d: KqiDataset, row: number, name: string): number => d.x[row * d.columns.length + column(d, name)] as number
const sources = (d: KqiDataset): string[] => [...new Set(d.columns.map((c) => c.source))]

/** Which partition key (import, or import × run) each split group holds: every group must hold one. */
function partitionsPerGroup(d: KqiDataset, partitionOf: (row: number) => string): Map<number, Set<string>> {
  const byGroup = new Map<number, Set<string>>()
  for (let r = 0; r < d.rowCount; r++) {
    const g = d.group[r] as number
    byGroup.set(g, (byGroup.get(g) ?? new Set()).add(partitionOf(r)))
  }
  return byGroup
}

describe('buildKqiDataset on real G-NetTrack drives (ucc-5g-gnettrack, Download/Driving, 4 drives)', () => {
  let db: ProjectDb
  let dl: KqiDataset
  type SampleRow = { id: number; import_id: number; time_ms: number; dl_mbps: number; rsrp_dbm: number | null; sinr_db: number | null; technology: string; nbr: number | null }
  let samples: Map<number, SampleRow>
  beforeAll(async () => {
    db = harness.project()
    for (const file of downloadDrives) await harness.importInto(db, drivePath(file))
    dl = buildKqiDataset(db, 'dlMbps')
    const rows = db
      .prepare(`SELECT s.id, s.import_id, s.time_ms, s.dl_mbps, s.rsrp_dbm, s.sinr_db, s.technology,
                  (SELECT rsrp_dbm FROM neighbour_measurements n WHERE n.sample_id = s.id AND n.rank = 1) AS nbr FROM samples s`)
      .all() as SampleRow[]
    samples = new Map(rows.map((r) => [r.id, r]))
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('has one row per sample with a DL rate, the rate as target, traced back by sample id', () => {
    expect(dl).toMatchObject({ kqi: 'dlMbps', source: 'samples', unit: 'Mbit/s', badThreshold: 10, badDirection: 'lower' })
    expect(dl.rowCount).toBe(db.prepare('SELECT count(*) FROM samples WHERE dl_mbps IS NOT NULL').pluck().get())
    expect(dl.rowCount).toBe(6641)
    expect(dl.x.length).toBe(dl.rowCount * dl.columns.length)
    for (let r = 0; r < dl.rowCount; r += 97) expect(dl.y[r]).toBeCloseTo(samples.get(dl.rowId[r]!)!.dl_mbps, 3)
  })

  it('uses the radio KPIs, the strongest neighbour margin and the technology, and neither the UL rate nor the absent altitude', () => {
    expect(sources(dl)).toEqual(['rsrpDbm', 'rsrqDb', 'sinrDb', 'cqi', 'rssiDbm', 'speedKmh', 'neighbourRsrpDeltaDb', 'technology'])
    expect(dl.columns.filter((c) => c.source === 'technology').map((c) => c.level)).toEqual(['5G', 'LTE', 'HSPA+', 'HSDPA', 'HSUPA', 'UMTS'])
    expect(dl.description).toContain('altitudeM (missing on every row)')
    expect(dl.description).not.toMatch(/ulMbps/)
  })

  it('has NaN where the file had "-" (no SINR on the 11:49 drive), the stored value elsewhere', () => {
    let nan = 0
    for (let r = 0; r < dl.rowCount; r++) {
      const sample = samples.get(dl.rowId[r]!)!
      const sinr = valueAt(dl, r, 'sinrDb')
      if (sample.sinr_db === null) {
        expect(sinr).toBeNaN()
        nan++
      } else expect(Math.abs(sinr - sample.sinr_db)).toBeLessThan(1e-4)
    }
    // 1155 − 719, all 401 of the 11:49 drive, 2468 − 1841.
    expect(nan).toBe(436 + 401 + 627)
  })

  it('gives the strongest neighbour RSRP minus the serving RSRP in dB, NaN without a neighbour', () => {
    let withNeighbour = 0
    for (let r = 0; r < dl.rowCount; r++) {
      const sample = samples.get(dl.rowId[r]!)!
      const delta = valueAt(dl, r, 'neighbourRsrpDeltaDb')
      if (sample.nbr === null || sample.rsrp_dbm === null) expect(delta).toBeNaN()
      else {
        withNeighbour++
        expect(delta).toBeCloseTo(sample.nbr - sample.rsrp_dbm, 3)
      }
    }
    expect(withNeighbour).toBeGreaterThan(6000)
  })

  it('one-hot encodes the technology: exactly one level per sample', () => {
    for (let r = 0; r < dl.rowCount; r += 13) {
      const tech = samples.get(dl.rowId[r]!)!.technology
      const hot = dl.columns.filter((c, k) => c.kind === 'category' && dl.x[r * dl.columns.length + k] === 1)
      expect(hot.map((c) => c.level)).toEqual([tech])
    }
  })

  it('groups samples in 60 s blocks per import: no group spans two imports or more than a minute', () => {
    const byGroup = partitionsPerGroup(dl, (r) => String(samples.get(dl.rowId[r]!)!.import_id))
    for (const imports of byGroup.values()) expect(imports.size).toBe(1)
    const span = new Map<number, [number, number]>()
    for (let r = 0; r < dl.rowCount; r++) {
      const t = samples.get(dl.rowId[r]!)!.time_ms
      const [lo, hi] = span.get(dl.group[r]!) ?? [t, t]
      span.set(dl.group[r]!, [Math.min(lo, t), Math.max(hi, t)])
    }
    for (const [lo, hi] of span.values()) expect(hi - lo).toBeLessThan(60_000)
    // About (drive length / 60 s) groups per drive: 1162 + 2596 + 393 + 2667 s → ≥ 4 + 2 + 1 + 2 + … ; dense ids.
    expect(byGroup.size).toBeGreaterThan(110)
    expect(Math.max(...dl.group)).toBe(byGroup.size - 1)
  })

  it('thins evenly to maxRows, keeping every drive represented', () => {
    const thin = buildKqiDataset(db, 'dlMbps', { maxRows: 1000 })
    expect(thin.rowCount).toBe(1000)
    const imports = new Set(Array.from(thin.rowId, (id) => samples.get(id)!.import_id))
    expect(imports.size).toBe(4)
    for (let r = 1; r < thin.rowCount; r++) expect(thin.rowId[r]!).toBeGreaterThan(thin.rowId[r - 1]!)
    expect(thin.description).toContain('1000 (evenly thinned from 6641) drive-test samples of 4 imports')
  })

  it('builds the UL rate dataset with the same radio features and a 1 Mbit/s threshold', () => {
    const ul = buildKqiDataset(db, 'ulMbps')
    expect(ul).toMatchObject({ kqi: 'ulMbps', badThreshold: 1, badDirection: 'lower', rowCount: 6641 })
    expect(sources(ul)).not.toContain('dlMbps')
  })

  it('refuses an unknown KQI, listing the project\'s', () => {
    expect(() => buildKqiDataset(db, 'videoMos')).toThrow(KqiDatasetRefusal)
    expect(() => buildKqiDataset(db, 'videoMos')).toThrow('unknown KQI "videoMos": the project has dlMbps, ulMbps')
    expect(() => buildKqiDataset(db, 'dlMbps', { maxRows: 10 })).toThrow('maxRows must be an integer ≥ 50, not 10')
  })
})

describe('buildKqiDataset on real 5Gophers 1.0 (every CSV and ping log)', () => {
  let db: ProjectDb
  type KqiRow = { id: number; import_id: number; seq: number | null; context_json: string; kqi: string; value: number }
  let byId: Map<number, KqiRow>
  beforeAll(async () => {
    db = harness.project()
    for (const file of fiveGophersFiles()) await harness.importInto(db, file)
    byId = new Map((db.prepare('SELECT id, import_id, seq, context_json, kqi, value FROM kqi_values').all() as KqiRow[]).map((r) => [r.id, r]))
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('trains throughput on the test conditions: carrier, radio type, TCP connections, server location…, never run, seq or ids', () => {
    const d = buildKqiDataset(db, 'throughputMbps')
    expect(d.rowCount).toBe(15_188)
    expect(sources(d)).toEqual(expect.arrayContaining(['carrier', 'radio_type', 'num_tcp_conn', 'server_location', 'distance_in_meters', 'orientation_angle_in_degrees', 'location', 'rttMs']))
    for (const source of sources(d)) {
      expect(identifierKeyPattern.test(source), source).toBe(false)
      expect(['run', 'seq', 'seq_num', 'record_id', 'anonymized_mCid', 'downloadTimeS', 'protocol_as_published']).not.toContain(source)
    }
    expect(d.columns.find((c) => c.name === 'num_tcp_conn')).toMatchObject({ kind: 'numeric', unit: 'count' })
    expect(d.columns.filter((c) => c.source === 'carrier').map((c) => c.level).sort()).toEqual(['SPRINT', 'TMOBILE', 'VERIZON'])
    expect(d).toMatchObject({ source: 'kqi', unit: 'Mbit/s', badThreshold: 10, badDirection: 'lower' })
  })

  it('groups throughput rows per import × run in blocks of sequence numbers: no group spans two runs or files', () => {
    const d = buildKqiDataset(db, 'throughputMbps')
    const byGroup = partitionsPerGroup(d, (r) => {
      const row = byId.get(d.rowId[r]!)!
      return `${row.import_id}/${String((JSON.parse(row.context_json) as { run?: number }).run)}`
    })
    for (const partitions of byGroup.values()) expect(partitions.size).toBe(1)
    expect(byGroup.size).toBeGreaterThan(300)
  })

  it('gives page loads their page size and asset count from the same published record', () => {
    const d = buildKqiDataset(db, 'pageLoadTimeS')
    expect(d.rowCount).toBe(760)
    expect(sources(d)).toEqual(expect.arrayContaining(['pageSizeBytes', 'assetCount', 'page_name', 'radio_type', 'protocol']))
    const siblings = db.prepare('SELECT kqi, value FROM kqi_values WHERE import_id = ? AND seq = ? AND context_json = ? AND kqi <> ?')
    for (let r = 0; r < d.rowCount; r += 37) {
      const row = byId.get(d.rowId[r]!)!
      const values = Object.fromEntries((siblings.all(row.import_id, row.seq, row.context_json, 'pageLoadTimeS') as { kqi: string; value: number }[]).map((s) => [s.kqi, s.value]))
      expect(valueAt(d, r, 'pageSizeBytes')).toBe(Math.fround(values.pageSizeBytes!))
      expect(valueAt(d, r, 'assetCount')).toBe(values.assetCount)
    }
    // 760 loads in two files: blocks shrink until the split has about 20 groups.
    expect(Math.max(...d.group) + 1).toBeGreaterThanOrEqual(20)
    expect(d).toMatchObject({ badThreshold: 3, badDirection: 'higher' })
  })

  it('builds RTT from ping, iperf and panel files without the throughput measured beside it', () => {
    const d = buildKqiDataset(db, 'rttMs')
    expect(d.rowCount).toBe(5640)
    expect(sources(d)).not.toContain('throughputMbps')
    expect(sources(d)).toEqual(expect.arrayContaining(['carrier', 'network_type', 'target_server', 'radio_type', 'protocol']))
    expect(d).toMatchObject({ badThreshold: 100, badDirection: 'higher' })
  })

  it('keeps a download\'s throughput out of its download time (time = size / rate), and takes the worst fifth as bad', () => {
    const d = buildKqiDataset(db, 'downloadTimeS')
    expect(d.rowCount).toBe(65)
    expect(sources(d)).not.toContain('throughputMbps')
    expect(sources(d)).toContain('content_server')
    expect(d.description).toContain('fileSizeBytes (constant (1073741824))')
    const bad = Array.from(d.y).filter((v) => v > d.badThreshold).length
    expect(bad).toBe(13) // 20 % of 65
  })
})

describe('buildKqiDataset refusals', () => {
  afterAll(() => harness.closeProjects())
  const kqiCsv = (rows: string[]): string => ['time,app,kqi,value,unit,server', ...rows].join('\n')
  const at = (s: number): string => new Date(Date.UTC(2024, 2, 1, 10, 0, s)).toISOString()

  it('refuses a KQI with fewer than 50 rows', async () => {
    const db = harness.project()
    await harness.importInto(db, harness.write('few.csv', kqiCsv(Array.from({ length: 20 }, (_, i) => `${at(i)},video,videoStartMs,${300 + i},ms,${i % 2 ? 'A' : 'B'}`))))
    expect(() => buildKqiDataset(db, 'videoStartMs')).toThrow('videoStartMs: only 20 rows with a value, a model needs at least 50')
  })

  it('refuses a KQI without a usable feature, naming what was left out', async () => {
    const db = harness.project()
    await harness.importInto(db, harness.write('bare.csv', kqiCsv(Array.from({ length: 60 }, (_, i) => `${at(i)},voip,jitterMs,${5 + i},ms,A`))))
    expect(() => buildKqiDataset(db, 'jitterMs')).toThrow('jitterMs: no usable feature among its 60 rows (server (constant (A)))')
  })

  it('refuses a KQI whose rows form a single split group', async () => {
    const db = harness.project()
    await harness.importInto(db, harness.write('burst.csv', kqiCsv(Array.from({ length: 60 }, (_, i) => `${at(0)},web,pageLoadTimeS,${1 + i / 10},s,${i % 2 ? 'A' : 'B'}`))))
    expect(() => buildKqiDataset(db, 'pageLoadTimeS')).toThrow('pageLoadTimeS: its 60 rows form a single split group')
  })

  it('refuses any KQI in an empty project, saying there are none', () => {
    expect(() => buildKqiDataset(harness.project(), 'dlMbps')).toThrow('unknown KQI "dlMbps": the project has no KQIs')
  })
})

describe('buildKqiDataset joins app KQIs that name a cell and a time to that cell\'s drive-test radio', () => {
  afterAll(() => harness.closeProjects())

  it('gives each KQI row the RSRP and SINR of its cell\'s sample nearest in time (within 5 s), NaN beyond', async () => {
    const db = harness.project()
    await harness.importInto(db, drivePath(downloadDrives[1]!))
    const picks = db
      .prepare(`SELECT cell_identity AS cell, time_ms AS timeMs, rsrp_dbm AS rsrp, sinr_db AS sinr FROM samples s
                WHERE id % 40 = 0 AND sinr_db IS NOT NULL ORDER BY id`)
      .all() as { cell: string; timeMs: number; rsrp: number; sinr: number }[]
    // G-NetTrack logs two samples in some seconds: the first logged one is the one to expect.
    const first = db.prepare('SELECT rsrp_dbm AS rsrp, sinr_db AS sinr FROM samples WHERE cell_identity = ? AND time_ms = ? ORDER BY id LIMIT 1')
    for (const p of picks) Object.assign(p, first.get(p.cell, p.timeMs))
    const rows = picks.map((p, i) => `${new Date(p.timeMs + 400).toISOString()},web,pageLoadTimeS,${1 + (i % 7) / 3},s,${p.cell},${i % 3 === 0 ? 'edge' : 'core'}`)
    // Far from any sample of its cell in time: no radio.
    rows.push(`${new Date(picks[0]!.timeMs - 3_600_000).toISOString()},web,pageLoadTimeS,2,s,${picks[0]!.cell},edge`)
    await harness.importInto(db, harness.write('web.csv', ['time,app,kqi,value,unit,cell,server', ...rows].join('\n')))
    const d = buildKqiDataset(db, 'pageLoadTimeS')
    expect(d.rowCount).toBe(picks.length + 1)
    expect(sources(d)).toEqual(expect.arrayContaining(['cellRsrpDbm', 'cellSinrDb', 'server']))
    for (let r = 0; r < picks.length; r++) {
      expect(valueAt(d, r, 'cellRsrpDbm')).toBeCloseTo(picks[r]!.rsrp, 3)
      expect(valueAt(d, r, 'cellSinrDb')).toBeCloseTo(picks[r]!.sinr, 3)
    }
    expect(valueAt(d, picks.length, 'cellRsrpDbm')).toBeNaN()
  })
})
