import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import { createClient, type CertusClient } from '../../core/api/client.js'
import { experienceDashboardResultSchema, type KqiDashboard } from '../../core/api/schemas/experienceModelSchemas.js'
import type { ProjectDb } from '../../core/db/openProjectDb.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import { createInProcessTransport } from '../../core/host/inProcessTransport.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { KqiDatasetRefusal } from '../../core/experience/learned/buildKqiDataset.js'
import { listKqis } from '../../core/experience/learned/listKqis.js'
import { readKqiDashboards } from '../../core/experience/dashboard/readKqiDashboards.js'
import { downloadDrives, drivePath, fiveGophersFiles } from './kqiRealData.js'

const harness = createImportHarness('certus-kqi-dashboards-')
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

/** What every dashboard must satisfy, whatever the data. */
function expectConsistent(d: KqiDashboard, maxSeriesPoints: number): void {
  expect(d.histogram.counts.reduce((a, b) => a + b, 0)).toBe(d.count)
  expect(d.histogram.edges.length).toBe(d.histogram.counts.length + 1)
  for (let i = 1; i < d.histogram.edges.length; i++) expect(d.histogram.edges[i]!).toBeGreaterThan(d.histogram.edges[i - 1]!)
  expect(d.p5!).toBeLessThanOrEqual(d.p50!)
  expect(d.p50!).toBeLessThanOrEqual(d.p95!)
  expect(d.meanValue!).toBeGreaterThanOrEqual(d.histogram.edges[0]!)
  expect(d.series.x.length).toBe(d.series.values.length)
  expect(d.series.x.length).toBeLessThanOrEqual(maxSeriesPoints)
  expect(d.series.x.length).toBe(Math.min(d.count, maxSeriesPoints))
  expect(d.badShare).toBeGreaterThanOrEqual(0)
  expect(d.badShare).toBeLessThanOrEqual(1)
  expect(d.groups.levels.length).toBeLessThanOrEqual(12)
}

describe('KQI dashboards of real G-NetTrack drives (ucc-5g-gnettrack, Download/Driving, 4 drives)', () => {
  let db: ProjectDb
  beforeAll(async () => {
    db = harness.project()
    for (const file of downloadDrives) await harness.importInto(db, drivePath(file))
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('lists the DL and UL rates as drive-test KQIs, trainable, with their thresholds', () => {
    expect(listKqis(db)).toEqual([
      { name: 'dlMbps', source: 'samples', unit: 'Mbit/s', app: 'drive test', count: 6641, trainable: true, badThreshold: 10, badDirection: 'lower' },
      { name: 'ulMbps', source: 'samples', unit: 'Mbit/s', app: 'drive test', count: 6641, trainable: true, badThreshold: 1, badDirection: 'lower' },
    ])
  })

  it('gives the DL rate its statistics, histogram, time series and medians by technology', () => {
    const [dl] = readKqiDashboards(db, { kqi: 'dlMbps' })
    experienceDashboardResultSchema.parse({ kqis: [dl] })
    expectConsistent(dl!, 600)
    const values = (db.prepare('SELECT dl_mbps FROM samples WHERE dl_mbps IS NOT NULL ORDER BY dl_mbps').pluck().all() as number[])
    expect(dl!.meanValue!).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9)
    // 6641 values: the median is the 3321st.
    expect(dl!.p50!).toBeCloseTo(values[3320]!, 9)
    expect(dl!.badShare).toBeCloseTo(values.filter((v) => v < 10).length / values.length, 12)
    expect(dl!.histogram.counts.length).toBe(30)
    expect(dl!.series.kind).toBe('time')
    for (let i = 1; i < dl!.series.x.length; i++) expect(dl!.series.x[i]!).toBeGreaterThan(dl!.series.x[i - 1]!)
    expect(dl!.groups.by).toBe('technology')
    expect(dl!.groups.levels.map((l) => l.label)).toEqual(['5G', 'LTE', 'HSPA+', 'HSDPA', 'HSUPA', 'UMTS'])
    expect(dl!.groups.levels.reduce((s, l) => s + l.count, 0)).toBe(6641)
    // 5G's median rate above LTE's above HSPA+'s on these drives.
    const median = (label: string): number => dl!.groups.levels.find((l) => l.label === label)!.median
    expect(median('5G')).toBeGreaterThan(median('LTE'))
    expect(median('LTE')).toBeGreaterThan(median('HSPA+'))
  })

  it('honours bins and maxSeriesPoints, and refuses an unknown KQI', () => {
    const [dl] = readKqiDashboards(db, { kqi: 'dlMbps', bins: 12, maxSeriesPoints: 50 })
    expectConsistent(dl!, 50)
    expect(dl!.histogram.counts.length).toBe(12)
    expect(() => readKqiDashboards(db, { kqi: 'videoMos' })).toThrow(KqiDatasetRefusal)
    expect(() => readKqiDashboards(db, { kqi: 'videoMos' })).toThrow('unknown KQI "videoMos": the project has dlMbps, ulMbps')
  })
})

describe('KQI dashboards of real 5Gophers 1.0 (every CSV and ping log)', () => {
  let db: ProjectDb
  let dashboards: KqiDashboard[]
  beforeAll(async () => {
    db = harness.project()
    for (const file of fiveGophersFiles()) await harness.importInto(db, file)
    dashboards = readKqiDashboards(db)
  }, 120_000)
  afterAll(() => harness.closeProjects())
  const byName = (name: string): KqiDashboard => dashboards.find((d) => d.name === name)!

  it('lists every KQI of the files with its count, apps and threshold', () => {
    const kqis = listKqis(db)
    expect(kqis.map((k) => [k.name, k.count, k.app, k.trainable])).toEqual([
      ['assetCount', 760, 'web', true],
      ['downloadTimeS', 65, 'download', true],
      ['fileSizeBytes', 65, 'download', true],
      ['pageLoadTimeS', 760, 'web', true],
      ['pageSizeBytes', 760, 'web', true],
      ['rttMs', 5640, 'iperf, ping', true],
      ['throughputMbps', 15_188, 'iperf, download', true],
    ])
    // The quantile rule of download times, as the dataset computes it (the worst fifth of 65).
    const downloadTimes = db.prepare("SELECT value FROM kqi_values WHERE kqi = 'downloadTimeS' ORDER BY value DESC").pluck().all() as number[]
    const threshold = kqis.find((k) => k.name === 'downloadTimeS')!.badThreshold
    expect(downloadTimes.filter((v) => v > threshold).length).toBe(13)
  })

  it('gives every KQI a consistent dashboard that the API schema accepts', () => {
    experienceDashboardResultSchema.parse({ kqis: dashboards })
    expect(dashboards.map((d) => d.name)).toEqual(['assetCount', 'downloadTimeS', 'fileSizeBytes', 'pageLoadTimeS', 'pageSizeBytes', 'rttMs', 'throughputMbps'])
    for (const d of dashboards) expectConsistent(d, 600)
  })

  it('groups RTT by the condition that separates it most: 4G against 5G', () => {
    const rtt = byName('rttMs')
    expect(rtt.groups.by).toBe('radio_type')
    const [a, b] = rtt.groups.levels
    expect(Math.abs(a!.median - b!.median)).toBeGreaterThan(100)
  })

  it('groups throughput by a test condition, never by run or file layout', () => {
    const throughput = byName('throughputMbps')
    expect(throughput.groups.by).not.toBeNull()
    expect(['run', 'layout', 'seq', 'anonymized_mCid']).not.toContain(throughput.groups.by)
    expect(throughput.groups.levels.length).toBeGreaterThanOrEqual(2)
    // Several runs and files each count their sequence from 0: an index series, not a saw-tooth of sequence numbers.
    expect(throughput.series.kind).toBe('index')
  })

  it('counts page loads over 3 s as bad', () => {
    const load = byName('pageLoadTimeS')
    const values = db.prepare("SELECT value FROM kqi_values WHERE kqi = 'pageLoadTimeS'").pluck().all() as number[]
    expect(load.badShare).toBeCloseTo(values.filter((v) => v > 3).length / values.length, 12)
  })
})

describe('experience.kqis and experience.dashboard over the API (in-process)', () => {
  let host: CoreHost
  let client: CertusClient
  beforeAll(async () => {
    const db = harness.project()
    await harness.importInto(db, drivePath(downloadDrives[0]!))
    const path = db.name
    db.close()
    host = await createCoreHost({ mode: 'in-process', version: '9.9.9', now: () => new Date('2026-11-30T00:00:00Z') })
    client = createClient(createInProcessTransport(host))
    await client.call('project.open', { path, create: false })
  }, 60_000)
  afterAll(async () => {
    client.close()
    await host.close()
  })

  it('lists the project\'s KQIs and answers a dashboard as the schema says', async () => {
    const { kqis } = await client.call('experience.kqis', {})
    expect(kqis.map((k) => [k.name, k.count])).toEqual([['dlMbps', 1155], ['ulMbps', 1155]])
    const { kqis: dashboards } = await client.call('experience.dashboard', { kqi: 'dlMbps', bins: 10, maxSeriesPoints: 100 })
    expect(dashboards.length).toBe(1)
    expect(dashboards[0]!.histogram.counts.length).toBe(10)
    expect(dashboards[0]!.series.x.length).toBe(100)
    expect((await client.call('experience.dashboard', {})).kqis.map((d) => d.name)).toEqual(['dlMbps', 'ulMbps'])
  })

  it('turns an unknown KQI and out-of-range options into bad-input errors', async () => {
    const unknown = await client.call('experience.dashboard', { kqi: 'videoMos' }).catch((e: unknown) => e)
    expect(unknown).toBeInstanceOf(ApiError)
    expect(unknown).toMatchObject({ code: 'bad-input', message: expect.stringContaining('unknown KQI "videoMos": the project has dlMbps, ulMbps') as unknown })
    const bins = await client.call('experience.dashboard', { bins: 2 }).catch((e: unknown) => e)
    expect(bins).toMatchObject({ code: 'bad-input' })
  })
})
