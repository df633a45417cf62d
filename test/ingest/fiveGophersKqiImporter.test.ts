import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summariseKqi } from '../../core/db/kpiKqiTables.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { realDataPath } from '../fixtures/realData.js'
import { importFile, type FileImportOutcome } from '../../core/ingest/importFile.js'

const now = new Date('2026-11-30T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-5gophers-'))
const root = realDataPath('5gophers', '5Gophers-v1.0')

function dataFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return dataFiles(path)
    return /\.(csv|log)$/.test(name) ? [path] : []
  })
}

/** KQI values expected per file: rows × KQI columns (LoS: TCP rows give throughput and RTT, ICMP rows RTT only). */
const expected: Record<string, { layout: string; rows: number }> = {
  'All-Carriers/01-Throughput/data.csv': { layout: 'throughput', rows: 7257 },
  'All-Carriers/02-Round-Trip-Times/data.csv': { layout: 'rtt', rows: 720 },
  'All-Carriers/03-User-Mobility/car-driving-trace-1.csv': { layout: 'car-driving', rows: 120 * 3 },
  'All-Carriers/03-User-Mobility/walking-trace.csv': { layout: 'walking', rows: 603 },
  'mmWave-only/03-UE-Panel (LoS Tests)/data.csv': { layout: 'ue-panel-los', rows: 3659 * 2 + 240 },
  'mmWave-only/05-UE-Panel (NLoS Tests)/data-locationA-(with-multipath).csv': { layout: 'ue-panel-nlos', rows: 97 },
  'mmWave-only/06-UE-Panel (Orientation Tests)/data.csv': { layout: 'ue-panel-orientation', rows: 738 },
  'mmWave-only/07-UE-Panel (Distance Tests)/data.csv': { layout: 'ue-panel-distance', rows: 2429 },
  'mmWave-only/08-Web-Page-Load-Tests/controlled-tests (web protocols).csv': { layout: 'web-protocols', rows: 80 * 3 },
  'mmWave-only/08-Web-Page-Load-Tests/real-tests (landing pages).csv': { layout: 'web-landing-pages', rows: 680 * 3 },
  'mmWave-only/09-HTTPS-CDN-vs-NonCDN (Download Test)/data.csv': { layout: 'cdn-download', rows: 45 * 3 },
  'mmWave-only/10-HTTP-vs-HTTPS (Download Test)/data.csv': { layout: 'http-https-download', rows: 20 * 2 },
}
for (let n = 1; n <= 17; n++) {
  expected[`mmWave-only/04-Ping-Traces (Latency Tests)/ping-trace-${String(n).padStart(2, '0')}.log`] = { layout: 'ping-trace', rows: n === 17 ? 61 : 60 }
}

let db: ProjectDb
const outcomes = new Map<string, FileImportOutcome>()
beforeAll(async () => {
  db = openProjectDb(join(dir, 'all.certus'))
  for (const path of dataFiles(root)) outcomes.set(relative(root, path).split('\\').join('/'), await importFile(db, path, {}, { now }))
})
afterAll(() => db.close())

const kqiOf = (file: string, where = '1 = 1') => {
  const importId = db.prepare('SELECT id FROM imports WHERE file_name = ?').pluck().get(join(root, file)) as number
  return db.prepare(`SELECT kqi, app, unit, value, seq, time_ms, context_json FROM kqi_values WHERE import_id = ? AND ${where} ORDER BY id`).all(importId) as {
    kqi: string; app: string; unit: string; value: number; seq: number | null; time_ms: number | null; context_json: string
  }[]
}

describe('5Gophers 1.0 KQIs', () => {
  it('imports every data file of the shared folder (29 files), as format 5gophers', () => {
    expect([...outcomes.keys()].sort()).toEqual(Object.keys(expected).sort())
    for (const [file, { rows }] of Object.entries(expected)) {
      expect(outcomes.get(file), file).toMatchObject({ status: 'imported', kind: 'kqi', format: '5gophers', rows, rejected: 0 })
    }
  })

  it('records the layout in every row, has no absolute time, and numbers rows by seq_num/probe_num/record_id', () => {
    for (const [file, { layout }] of Object.entries(expected)) {
      const rows = kqiOf(file)
      expect(new Set(rows.map((r) => JSON.parse(r.context_json).layout)), file).toEqual(new Set([layout]))
      expect(rows.every((r) => r.time_ms === null)).toBe(true)
      expect(rows.every((r) => (layout === 'rtt' ? r.seq === null : Number.isInteger(r.seq)))).toBe(true)
    }
  })

  it('throughput: iperf Mbit/s per seq with carrier, protocol, server_location, run and num_tcp_conn', () => {
    const rows = kqiOf('All-Carriers/01-Throughput/data.csv')
    expect(new Set(rows.map((r) => `${r.kqi} ${r.app} ${r.unit}`))).toEqual(new Set(['throughputMbps iperf Mbit/s']))
    expect(Math.min(...rows.map((r) => r.value))).toBe(0)
    expect(Math.max(...rows.map((r) => r.value))).toBeCloseTo(2060.89, 2)
    expect(JSON.parse((rows[0] as { context_json: string }).context_json)).toEqual({
      layout: 'throughput', protocol: 'TCP', carrier: 'SPRINT', num_tcp_conn: 1, server_location: 'US-East', run: 1,
    })
    const carriers = db.prepare("SELECT json_extract(context_json, '$.carrier') c, count(*) n FROM kqi_values WHERE json_extract(context_json, '$.layout') = 'throughput' GROUP BY c ORDER BY c").all()
    expect(carriers).toEqual([{ c: 'SPRINT', n: 2417 }, { c: 'TMOBILE', n: 2421 }, { c: 'VERIZON', n: 2419 }])
  })

  it('RTT and ping traces: ping ms, 18.1…180 ms', () => {
    const rtt = kqiOf('All-Carriers/02-Round-Trip-Times/data.csv')
    expect(rtt.every((r) => r.kqi === 'rttMs' && r.app === 'ping' && r.unit === 'ms')).toBe(true)
    expect([Math.min(...rtt.map((r) => r.value)), Math.max(...rtt.map((r) => r.value))]).toEqual([24.2, 180])
    const ping = kqiOf('mmWave-only/04-Ping-Traces (Latency Tests)/ping-trace-17.log')
    expect(ping.map((r) => r.seq)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1))
    expect(JSON.parse((ping[0] as { context_json: string }).context_json)).toEqual({
      layout: 'ping-trace', protocol: 'ICMP', network_type: '5G', ue_location: 'B', target_server: 'First-Hop',
    })
    const pingRange = db.prepare("SELECT min(value), max(value) FROM kqi_values WHERE json_extract(context_json, '$.layout') = 'ping-trace'").raw().get()
    expect(pingRange).toEqual([18.1, 113.4])
  })

  it('car driving: the wide file gives one row per carrier', () => {
    const rows = kqiOf('All-Carriers/03-User-Mobility/car-driving-trace-1.csv')
    const byCarrier = new Map<string, number[]>()
    for (const r of rows) {
      const carrier = JSON.parse(r.context_json).carrier as string
      byCarrier.set(carrier, [...(byCarrier.get(carrier) ?? []), r.value])
    }
    expect([...byCarrier.keys()].sort()).toEqual(['SPRINT', 'TMOBILE', 'VERIZON'])
    for (const values of byCarrier.values()) expect(values).toHaveLength(120)
    expect(Math.max(...(byCarrier.get('VERIZON') as number[]))).toBeCloseTo(1663.70, 2)
    expect(Math.min(...(byCarrier.get('SPRINT') as number[]))).toBeCloseTo(9.86, 2)
  })

  it('walking: radio_type, nrStatus and hand-off type in the context, the empty hand-off left out', () => {
    const rows = kqiOf('All-Carriers/03-User-Mobility/walking-trace.csv')
    const contexts = rows.map((r) => JSON.parse(r.context_json) as Record<string, unknown>)
    expect(contexts.filter((c) => c.radio_type === '5G' && c.nrStatus === 'CONNECTED')).toHaveLength(288)
    expect(contexts.filter((c) => c.primitive_handoff_type !== undefined)).toHaveLength(32)
    expect(contexts[0]).toEqual({ layout: 'walking', protocol: 'TCP', num_tcp_conn: 8, anonymized_mCid: 3, radio_type: '4G', nrStatus: 'NOT_RESTRICTED' })
  })

  it('LoS: interleaved ICMP rows give ping RTT, TCP rows iperf throughput and RTT', () => {
    const file = 'mmWave-only/03-UE-Panel (LoS Tests)/data.csv'
    const summary = db.prepare('SELECT kqi, app, count(*) n, min(value) lo, max(value) hi FROM kqi_values WHERE import_id = (SELECT id FROM imports WHERE file_name = ?) GROUP BY kqi, app ORDER BY kqi, app').all(join(root, file))
    expect(summary).toEqual([
      { kqi: 'rttMs', app: 'iperf', n: 3659, lo: expect.any(Number), hi: 1508.9020625 },
      { kqi: 'rttMs', app: 'ping', n: 240, lo: expect.any(Number), hi: expect.any(Number) },
      { kqi: 'throughputMbps', app: 'iperf', n: 3659, lo: 0, hi: 2614.66513250662 },
    ])
  })

  it('page loads: milliseconds under a seconds name are detected and stored as seconds, with a warning', () => {
    for (const file of ['mmWave-only/08-Web-Page-Load-Tests/real-tests (landing pages).csv', 'mmWave-only/08-Web-Page-Load-Tests/controlled-tests (web protocols).csv']) {
      expect(outcomes.get(file)?.warnings.some((w) => /^page_load_time_in_sec holds milliseconds, not seconds/.test(w))).toBe(true)
    }
    const loads = kqiOf('mmWave-only/08-Web-Page-Load-Tests/real-tests (landing pages).csv', "kqi = 'pageLoadTimeS'")
    expect(loads).toHaveLength(680)
    expect(loads.every((r) => r.app === 'web' && r.unit === 's')).toBe(true)
    expect(Math.min(...loads.map((r) => r.value))).toBeCloseTo(0.245656, 6)
    expect(Math.max(...loads.map((r) => r.value))).toBeCloseTo(13.144004, 6)
    const sizes = kqiOf('mmWave-only/08-Web-Page-Load-Tests/real-tests (landing pages).csv', "kqi = 'pageSizeBytes'")
    expect([Math.min(...sizes.map((r) => r.value)), Math.max(...sizes.map((r) => r.value))]).toEqual([502243, 20438953])
  })

  it('controlled web tests: protocol labels in one spelling, the published one kept', () => {
    const rows = kqiOf('mmWave-only/08-Web-Page-Load-Tests/controlled-tests (web protocols).csv', "kqi = 'pageLoadTimeS'")
    const protocols = new Set(rows.map((r) => JSON.parse(r.context_json).protocol))
    expect(protocols).toEqual(new Set(['HTTP/1.1', 'HTTP/2.0', 'HTTP/2.0+QUIC/46']))
    expect(JSON.parse((rows.at(-1) as { context_json: string }).context_json)).toMatchObject({ protocol: 'HTTP/2.0+QUIC/46', protocol_as_published: 'http/2.0+quic/46', ssl_tls_flag: 1, page_name: 'YT' })
    expect(Math.max(...rows.map((r) => r.value))).toBeCloseTo(6.720903, 6)
  })

  it('downloads: both spellings of download time and throughput, 1 GiB files', () => {
    const cdn = kqiOf('mmWave-only/09-HTTPS-CDN-vs-NonCDN (Download Test)/data.csv')
    expect(new Set(cdn.map((r) => `${r.kqi} ${r.app} ${r.unit}`))).toEqual(new Set(['downloadTimeS download s', 'throughputMbps download Mbit/s', 'fileSizeBytes download B']))
    const cdnTimes = cdn.filter((r) => r.kqi === 'downloadTimeS').map((r) => r.value)
    expect([Math.min(...cdnTimes), Math.max(...cdnTimes)]).toEqual([10.72693248, 110.96555520000001])
    const https = kqiOf('mmWave-only/10-HTTP-vs-HTTPS (Download Test)/data.csv', "kqi = 'downloadTimeS'")
    expect(https).toHaveLength(20)
    expect([Math.min(...https.map((r) => r.value)), Math.max(...https.map((r) => r.value))]).toEqual([39.149, 56.266000000000005])
    expect(new Set(https.map((r) => JSON.parse(r.context_json).protocol))).toEqual(new Set(['HTTP/1.1', 'HTTPS/1.1']))
    expect(kqiOf('mmWave-only/10-HTTP-vs-HTTPS (Download Test)/data.csv', "kqi = 'fileSizeBytes'").every((r) => r.value === 1073741824)).toBe(true)
  })

  it('sums to one summary per KQI and app over the whole dataset', () => {
    expect(summariseKqi(db).map(({ kqi, app, count }) => `${kqi}/${app}: ${count}`)).toEqual([
      'assetCount/web: 760', 'downloadTimeS/download: 65', 'fileSizeBytes/download: 65', 'pageLoadTimeS/web: 760', 'pageSizeBytes/web: 760',
      'rttMs/iperf: 3659', 'rttMs/ping: 1981', 'throughputMbps/download: 45', 'throughputMbps/iperf: 15143',
    ])
  })

  it('rejects a negative or non-numeric KQI value as line:field', async () => {
    const path = join(dir, 'ping-bad.log')
    const rows = Array.from({ length: 40 }, (_, i) => `ICMP,5G,A,US-East,${i + 1},${i === 3 ? '-5' : i === 6 ? 'timeout' : 40 + i}`)
    writeFileSync(path, ['protocol,network_type,ue_location,target_server,probe_num,rtt_in_ms', ...rows].join('\n'))
    const own = openProjectDb(join(dir, 'bad.certus'))
    try {
      const outcome = await importFile(own, path, { rejectThreshold: 0.1 }, { now })
      expect(outcome).toMatchObject({ status: 'imported', format: '5gophers', rows: 38, rejected: 2 })
      expect(outcome.errors).toEqual([
        { line: 5, field: 'rtt_in_ms', message: '-5 is negative' },
        { line: 8, field: 'rtt_in_ms', message: 'not a number: "timeout"' },
      ])
    } finally {
      own.close()
    }
  })
})
