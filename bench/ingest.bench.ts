import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { finished } from 'node:stream/promises'
import { describeMachine } from './machine.js'

/**
 * Ingest speed and memory: a generated drive-test CSV (20 columns) imported by Certus (format
 * detection, parsing and validation, samples with neighbours, spatial index, one transaction) and,
 * in the same run, by the sqlite3 shell's `.import` into a plain table. Sizes from BENCH_INGEST_ROWS
 * (default "1000000,10000000").
 */
const sizes = (process.env.BENCH_INGEST_ROWS ?? '1000000,10000000').split(',').map(Number)
const root = new URL('..', import.meta.url).pathname
const header = 'time,longitude,latitude,altitude,cell_id,pci,rsrp,rsrq,sinr,cqi,dl_mbps,ul_mbps,rssi,speed_kmh,earfcn,network,nb1_pci,nb1_rsrp,nb2_pci,nb2_rsrp'

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path)
  out.write(`${header}\n`)
  const t0 = Date.UTC(2026, 10, 30)
  let chunk = ''
  for (let i = 0; i < rows; i++) {
    const r = Math.sin(i * 0.001)
    chunk += `${new Date(t0 + i * 1000).toISOString()},${(114 + (i % 5000) * 1e-5).toFixed(6)},${(22.5 + Math.floor(i / 5000) * 1e-5).toFixed(6)},1.5,${460001000 + (i % 300)},${i % 1008},${(-90 + 20 * r).toFixed(1)},${(-11 + 3 * r).toFixed(1)},${(10 + 8 * r).toFixed(1)},${9 + Math.round(4 * r)},${(300 + 200 * r).toFixed(2)},${(40 + 20 * r).toFixed(2)},${(-60 + 10 * r).toFixed(1)},${(36 + 10 * r).toFixed(1)},630000,NR,${(i + 1) % 1008},${(-95 + 20 * r).toFixed(1)},${(i + 2) % 1008},${(-99 + 20 * r).toFixed(1)}\n`
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      chunk = ''
    }
  }
  out.end(chunk)
  await finished(out)
}

/** The sqlite3 shell importing the same file into a plain table, timed; peak RSS through GNU time when present. */
function sqliteShellImport(csv: string, dir: string): { ms: number; maxRssKb: number | null } {
  const db = join(dir, 'shell.db')
  const args = [db, '-cmd', '.mode csv', '-cmd', 'PRAGMA journal_mode=WAL', `.import ${csv} samples`]
  const start = performance.now()
  const time = spawnSync('/usr/bin/time', ['-f', '%M', 'sqlite3', ...args], { encoding: 'utf8' })
  const ms = performance.now() - start
  if (time.error === undefined && time.status === 0) return { ms, maxRssKb: Number(time.stderr.trim().split('\n').at(-1)) }
  rmSync(db, { force: true })
  const t = performance.now()
  const plain = spawnSync('sqlite3', args, { encoding: 'utf8' })
  if (plain.status !== 0) throw new Error(`sqlite3 shell failed: ${plain.stderr}`)
  return { ms: performance.now() - t, maxRssKb: null }
}

function certusImport(csv: string, dir: string): { ms: number; maxRssKb: number; rows: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'ingestChild.ts'), csv, join(dir, 'bench.certus')], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  if (run.status !== 0) throw new Error(`Certus import failed: ${run.stderr}`)
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { status: string; rows: number; ms: number; maxRssKb: number; message?: string }
  if (result.status !== 'imported') throw new Error(`Certus refused the file: ${result.message}`)
  return result
}

const repeats = Number(process.env.BENCH_INGEST_REPEATS ?? 3)
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

const runs = []
for (const rows of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'certus-bench-ingest-'))
  try {
    const csv = join(dir, 'drive.csv')
    await writeCsv(csv, rows)
    const bytes = statSync(csv).size
    // Alternate the two, several times, and compare medians: on a shared machine one run can be off by a third.
    const shellRuns: ReturnType<typeof sqliteShellImport>[] = []
    const certusRuns: ReturnType<typeof certusImport>[] = []
    for (let r = 0; r < repeats; r++) {
      rmSync(join(dir, 'shell.db'), { force: true })
      rmSync(join(dir, 'shell.db-wal'), { force: true })
      shellRuns.push(sqliteShellImport(csv, dir))
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `bench.certus${suffix}`), { force: true })
      certusRuns.push(certusImport(csv, dir))
    }
    const shellMs = median(shellRuns.map((s) => s.ms))
    const certusMs = median(certusRuns.map((c) => c.ms))
    const shellRss = shellRuns.every((s) => s.maxRssKb !== null) ? Math.max(...shellRuns.map((s) => s.maxRssKb as number)) : null
    const run = {
      rows,
      fileMiB: +(bytes / 2 ** 20).toFixed(1),
      repeats,
      certus: {
        seconds: +(certusMs / 1000).toFixed(2),
        rowsPerSecond: Math.round(rows / (certusMs / 1000)),
        peakRssMiB: Math.round(Math.max(...certusRuns.map((c) => c.maxRssKb)) / 1024),
        allSeconds: certusRuns.map((c) => +(c.ms / 1000).toFixed(2)),
      },
      sqliteShell: {
        seconds: +(shellMs / 1000).toFixed(2),
        rowsPerSecond: Math.round(rows / (shellMs / 1000)),
        peakRssMiB: shellRss === null ? null : Math.round(shellRss / 1024),
        allSeconds: shellRuns.map((s) => +(s.ms / 1000).toFixed(2)),
      },
      ratio: +(shellMs / certusMs).toFixed(2),
    }
    console.log(JSON.stringify(run))
    runs.push(run)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const resultsDir = join(root, 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'ingest.json'), `${JSON.stringify({ benchmark: 'ingest', date: new Date().toISOString(), machine: describeMachine(), columns: 20, measure: 'median of alternating runs; ratio = sqlite3 shell seconds / Certus seconds (≥ 1 means Certus is at least as fast)', runs }, null, 2)}\n`)
