import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { resolveCoverageParameters } from '../core/coverage/coverageParameters.js'
import { loadCoverageScene, type CoverageScene } from '../core/coverage/coverageScene.js'
import { computeCoverageTile, coverageTileKernelName, type TileResult } from '../core/coverage/coverageTile.js'
import type { CoverageTileTask } from '../core/coverage/coverageWorker.js'
import { pointsPerTile } from '../core/coverage/predictCoverage.js'
import { openProjectDb } from '../core/db/openProjectDb.js'
import { createDemoProjectFile } from '../core/host/createDemoProjectFile.js'
import { cellAntennaFromBeamwidths } from '../core/radio/antenna/cellBeamGain.js'
import { WorkerPool } from '../core/workers/workerPool.js'
import { describeMachine } from './machine.js'

/**
 * Coverage kernel speed: link evaluations per second (points × cells × beams: path loss with LOS
 * probability, beam pattern, RSRP, best server, DL/UL SINR and rates) of computeCoverageTile over the
 * demo network (90 cells × 8 SSB beams), on one thread and on the worker pool (all cores), and in
 * the same run the same kernel in NumPy float32 (bench/coverage_numpy.py) when python3 has NumPy.
 * BENCH_COVERAGE_POINTS sets the points per layer (default 250 000: 31 tiles, so that two workers
 * are not left waiting on an odd last tile); layers at 1.5 m and 120 m. Each Certus figure is the
 * median of BENCH_COVERAGE_REPEATS runs (default 5): a run now takes a fraction of a second, which
 * one busy moment of the machine would otherwise decide.
 */
const pointCount = Number(process.env.BENCH_COVERAGE_POINTS ?? 250_000)
const repeats = Number(process.env.BENCH_COVERAGE_REPEATS ?? 5)
const altitudesM = [1.5, 120]
const root = new URL('..', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'certus-bench-coverage-'))

const projectPath = join(dir, 'demo.certus')
await createDemoProjectFile(projectPath, { now: new Date('2026-11-30T00:00:00Z') })
const db = openProjectDb(projectPath)
const centre = db.prepare('SELECT avg(lon) AS lon, avg(lat) AS lat FROM cells').get() as { lon: number; lat: number }
const scene: CoverageScene = loadCoverageScene(db, centre.lon, centre.lat, resolveCoverageParameters(undefined))
db.close()

// A square grid over the network (±3 km): every cell is within the 10 km range of every point.
const side = Math.ceil(Math.sqrt(pointCount))
const east = new Float64Array(side * side)
const north = new Float64Array(side * side)
for (let i = 0; i < east.length; i++) {
  east[i] = -3000 + (6000 * (i % side)) / side
  north[i] = -3000 + (6000 * Math.floor(i / side)) / side
}
const n = east.length

const tiles = (altitudeM: number): { scene: CoverageScene; tile: CoverageTileTask['tile'] }[] =>
  Array.from({ length: Math.ceil(n / pointsPerTile) }, (_, t) => {
    const start = t * pointsPerTile
    const end = Math.min(n, start + pointsPerTile)
    return { scene, tile: { eastM: east.slice(start, end), northM: north.slice(start, end), utHeightM: new Float64Array(end - start).fill(altitudeM), correction: null } }
  })

function singleThread(altitudeM: number): { seconds: number; links: number; rsrp: Float32Array } {
  const rsrp = new Float32Array(n)
  let links = 0
  const start = performance.now()
  tiles(altitudeM).forEach((task, t) => {
    const result = computeCoverageTile(task.scene, task.tile)
    rsrp.set(result.rsrpDbm, t * pointsPerTile)
    links += result.linkEvaluations
  })
  return { seconds: (performance.now() - start) / 1000, links, rsrp }
}

async function allCores(pool: WorkerPool<CoverageTileTask, TileResult>, altitudeM: number): Promise<{ seconds: number; links: number }> {
  const start = performance.now()
  const results = await Promise.all(tiles(altitudeM).map((task) => pool.run(task)))
  return { seconds: (performance.now() - start) / 1000, links: results.reduce((s, r) => s + r.linkEvaluations, 0) }
}

function numpy(): { available: false; reason: string } | { available: true; version: string; layers: { altitudeM: number; seconds: number; links: number }[] } {
  const probe = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' })
  if (probe.status !== 0) return { available: false, reason: 'python3 with NumPy is not available: the NumPy comparison was skipped' }
  const folder = join(dir, 'numpy')
  mkdirSync(folder)
  const cells = scene.cells.map((c) => {
    const antenna = cellAntennaFromBeamwidths(c, c.beamWidths)
    return { ...c, rows: antenna.array.rows, columns: antenna.array.columns }
  })
  writeFileSync(join(folder, 'scene.json'), JSON.stringify({ cells, parameters: scene.parameters, altitudesM }))
  writeFileSync(join(folder, 'east.f64'), east)
  writeFileSync(join(folder, 'north.f64'), north)
  const run = spawnSync('python3', [join(root, 'bench', 'coverage_numpy.py'), folder], { encoding: 'utf8', maxBuffer: 1 << 24 })
  if (run.status !== 0) throw new Error(`the NumPy kernel failed: ${run.stderr}`)
  const out = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { numpy: string; layers: { altitudeM: number; seconds: number; links: number }[] }
  return { available: true, version: out.numpy, layers: out.layers }
}

/** The run of median time (ties: the first). */
function medianRun<T extends { seconds: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as T
}

/** `count` runs of `run`, one after the other. */
async function sequentially<T>(count: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < count; i++) results.push(await run())
  return results
}

/** How far the NumPy RSRP is from Certus' (float32 both): the two must be the same kernel. */
function agreement(certus: Float32Array, altitudeM: number): { maxAbsDb: number; p999AbsDb: number } {
  const bytes = readFileSync(join(dir, 'numpy', `rsrp-${altitudeM}.f32`))
  const theirs = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  const diffs = Float64Array.from(certus, (v, i) => Math.abs(v - (theirs[i] as number))).sort()
  return { maxAbsDb: +(diffs.at(-1) ?? 0).toFixed(4), p999AbsDb: +(diffs[Math.floor(diffs.length * 0.999)] ?? 0).toFixed(4) }
}

try {
  const cores = availableParallelism()
  const pool = new WorkerPool<CoverageTileTask, TileResult>('coverage', { size: cores })
  // Warm up: JIT in this thread, and every worker started and compiled before timing.
  singleThread(altitudesM[0] as number)
  await allCores(pool, altitudesM[0] as number)
  const reference = numpy()
  const layers = []
  for (const altitudeM of altitudesM) {
    const one = medianRun(Array.from({ length: repeats }, () => singleThread(altitudeM)))
    const all = medianRun(await sequentially(repeats, () => allCores(pool, altitudeM)))
    const np = reference.available ? reference.layers.find((l) => l.altitudeM === altitudeM) : undefined
    const layer = {
      altitudeM,
      points: n,
      links: one.links,
      certusOneThread: { seconds: +one.seconds.toFixed(3), linksPerSecond: Math.round(one.links / one.seconds) },
      certusAllCores: { threads: cores, seconds: +all.seconds.toFixed(3), linksPerSecond: Math.round(all.links / all.seconds) },
      parallelEfficiency: +(one.seconds / all.seconds / cores).toFixed(2),
      numpy: np === undefined ? null : { seconds: +np.seconds.toFixed(3), linksPerSecond: Math.round(np.links / np.seconds), links: np.links },
      certusPerCoreOverNumpy: np === undefined ? null : +(np.seconds / one.seconds).toFixed(2),
      agreement: reference.available ? agreement(one.rsrp, altitudeM) : null,
    }
    console.log(JSON.stringify(layer))
    layers.push(layer)
  }
  await pool.close()
  const resultsDir = join(root, 'bench', 'results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(
    join(resultsDir, 'coverage.json'),
    `${JSON.stringify({ benchmark: 'coverage', date: new Date().toISOString(), machine: describeMachine(), kernel: coverageTileKernelName(scene), repeats, pointsPerTile, cells: scene.cells.length, beamsPerCell: 8, numpy: reference.available ? reference.version : reference.reason, layers }, null, 2)}\n`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
