import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feasibilityResultSchema, sourceCodes, verdictCodes, type FeasibilityResult } from '../../core/api/schemas/feasibilitySchemas.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { haversineDistanceM } from '../../core/geo/haversineDistanceM.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { checkFeasibility, FeasibilityRefusal } from '../../core/sla/feasibility/checkFeasibility.js'
import { networkTarget, slaTargets } from '../../core/sla/testing/droneBackhaulTargets.js'

/** Feasibility on the demo project: 90 cells, a drive test at 1.5 m (2026-11-30 02:00 UTC), two drone routes and a task area. */
const now = new Date('2026-11-30T12:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-feasibility-'))
let db: ProjectDb
let samples: { lon: number; lat: number; rsrp: number }[]

beforeAll(async () => {
  const path = join(dir, 'demo.certus')
  await createDemoProjectFile(path, { now: new Date('2026-11-30T00:00:00Z') })
  db = openProjectDb(path)
  samples = db.prepare('SELECT lon, lat, rsrp_dbm AS rsrp FROM samples').all() as typeof samples
}, 60_000)
afterAll(() => db.close())

const patrol120 = { kind: 'route', name: 'Drone patrol 120 m' } as const
const lax = slaTargets([
  networkTarget('rsrp', -140, 'dBm'),
  networkTarget('ul-sinr', -20, 'dB'),
  networkTarget('ul-throughput', 0.01, 'Mbit/s'),
  networkTarget('coverage-probability', 50, '%', 'min', 99),
  networkTarget('interruption', 3.6, 's/h', 'max'),
])
const strict = slaTargets([networkTarget('rsrp', -40, 'dBm'), networkTarget('coverage-probability', 99, '%', 'min', 99)])
/** Mixed at 120 m, where the predicted UL SINR spreads around 3 dB; the ground passes. */
const mixed = slaTargets([
  networkTarget('ul-sinr', 3.1, 'dB'),
  networkTarget('rsrp', -105, 'dBm'),
  networkTarget('coverage-probability', 99, '%', 'min', 99),
  networkTarget('interruption', 3.6, 's/h', 'max'),
])

const nearestSampleM = (lon: number, lat: number): { distanceM: number; rsrp: number } => {
  let best = { distanceM: Infinity, rsrp: Number.NaN }
  for (const s of samples) {
    const d = haversineDistanceM(lon, lat, s.lon, s.lat)
    if (d < best.distanceM) best = { distanceM: d, rsrp: s.rsrp }
  }
  return best
}

describe('checkFeasibility on the demo project', () => {
  let result: FeasibilityResult
  beforeAll(async () => {
    result = await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [1.5, 120] }, { now })
  })

  it('uses the drive test where it lies within 30 m at 1.5 m, and predictions elsewhere, saying which', () => {
    const { points } = result
    const n = points.count / 2
    let measured = 0
    // Near the ground a sample 1 m off the tolerance either way decides the source (haversine vs the local plane differ by < 0.1 %).
    for (let i = 0; i < n; i++) {
      const nearest = nearestSampleM(points.positions[2 * i]!, points.positions[2 * i + 1]!)
      if (points.source[i] === sourceCodes.measured) {
        measured++
        expect(nearest.distanceM).toBeLessThanOrEqual(30.1)
      } else {
        expect(points.source[i]).toBe(sourceCodes.predicted)
        expect(nearest.distanceM).toBeGreaterThan(29.9)
      }
    }
    expect(measured).toBeGreaterThan(20)
    expect(measured).toBeLessThan(n)
    // The measured RSRP is that of a sample within the tolerance (the 3D-nearest, which on flat ground is the nearest).
    const i = points.source.indexOf(sourceCodes.measured)
    expect(samples.some((s) => Math.abs(s.rsrp - points.rsrpDbm[i]!) < 1e-3 && haversineDistanceM(points.positions[2 * i]!, points.positions[2 * i + 1]!, s.lon, s.lat) <= 30.1)).toBe(true)
    // At 120 m the 1.5 m samples are out of the 15 m altitude tolerance.
    expect(points.source.subarray(n).every((s) => s === sourceCodes.predicted)).toBe(true)
    expect(result.summary.byAltitude.map((a) => a.measuredPoints)).toEqual([measured, 0])
  })

  it('reads the samples tile by tile without losing any at the tiles’ edges (a 1 m spacing gives three tiles)', async () => {
    const fine = await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [1.5], spacingM: 1 }, { now })
    expect(fine.points.count).toBeGreaterThan(2 * 2048)
    for (let i = 0; i < fine.points.count; i++) {
      const nearest = nearestSampleM(fine.points.positions[2 * i]!, fine.points.positions[2 * i + 1]!)
      if (nearest.distanceM < 29.9) expect(fine.points.source[i]).toBe(sourceCodes.measured)
      if (nearest.distanceM > 30.1) expect(fine.points.source[i]).toBe(sourceCodes.predicted)
    }
  })

  it('leaves measurements out when they are older than the age limit or the distance tolerance is zero', async () => {
    const later = new Date('2027-12-31T00:00:00Z')
    const old = await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [1.5] }, { now: later })
    expect(old.summary.measuredPct).toBe(0)
    const kept = await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [1.5], tolerances: { maxAgeDays: 800 } }, { now: later })
    expect(kept.summary.measuredPct).toBeGreaterThan(0)
    const none = await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [1.5], tolerances: { distanceM: 0 } }, { now })
    expect(none.summary.measuredPct).toBe(0)
  })

  it('passes everywhere against lax targets', async () => {
    const pass = await checkFeasibility(db, { targets: lax, target: patrol120, altitudesM: [1.5, 120] }, { now })
    expect(pass.summary).toMatchObject({ routeCoveragePct: 100, interruptionSecondsPerHour: 0, verdict: 'pass', worstSegments: [] })
    expect(pass.points.verdict.every((v) => v === verdictCodes.pass)).toBe(true)
    expect(pass.segments.every((s) => s.verdict === 'pass')).toBe(true)
  })

  it('fails everywhere against a strict target, naming the serving cells and SSB beams of the worst segments and what fails', async () => {
    const fail = await checkFeasibility(db, { targets: strict, target: patrol120, altitudesM: [120] }, { now })
    expect(fail.summary).toMatchObject({ routeCoveragePct: 0, interruptionSecondsPerHour: 3600, verdict: 'fail' })
    expect(fail.summary.perTarget['rsrp']).toMatchObject({ metPoints: 0, metPct: 0 })
    expect(fail.summary.worstSegments).toHaveLength(10)
    for (const segment of fail.summary.worstSegments) {
      expect(segment.verdict).toBe('fail')
      expect(segment.failing[0]).toEqual({ targetId: 'rsrp', points: segment.points })
      expect(segment.servingCells.length).toBeGreaterThan(0)
      for (const cell of segment.servingCells) {
        expect(cell.name).toMatch(/^FT\d{3}_\d$/)
        expect(cell.beams.length).toBeGreaterThan(0)
      }
    }
  })

  it('keeps the summary’s arithmetic consistent with the points and segments', () => {
    const { points, summary, segments } = result
    const n = points.count / 2
    expect(feasibilityResultSchema.safeParse(result).success).toBe(true)
    const served = (from: number, to: number): number => [...points.verdict.subarray(from, to)].filter((v) => v <= verdictCodes.marginal).length
    expect(summary.byAltitude.map((a) => a.routeCoveragePct)).toEqual([(100 * served(0, n)) / n, (100 * served(n, 2 * n)) / n])
    expect(summary.routeCoveragePct).toBeCloseTo((100 * served(0, 2 * n)) / (2 * n), 9)
    expect(summary.byAltitude[0]!.routeCoveragePct).toBeGreaterThan(summary.byAltitude[1]!.routeCoveragePct)
    expect(summary.interruptionSecondsPerHour).toBeCloseTo((summary.byAltitude[0]!.interruptionSecondsPerHour + summary.byAltitude[1]!.interruptionSecondsPerHour) / 2, 9)
    // Each altitude passes only with ≥ 99 % coverage and ≤ 3.6 s/h.
    for (const a of summary.byAltitude) expect(a.verdict).toBe(a.routeCoveragePct >= 99 && a.interruptionSecondsPerHour <= 3.6 ? 'pass' : 'fail')
    expect(summary.verdict).toBe(summary.byAltitude.every((a) => a.verdict === 'pass') ? 'pass' : 'fail')
    // Per target: checked where the metric is known; met where it reaches the threshold.
    const sinr = [...points.ulSinrDb].filter((v) => !Number.isNaN(v))
    expect(summary.perTarget['ul-sinr']).toMatchObject({ checkedPoints: sinr.length, metPoints: sinr.filter((v) => v >= 3.1).length })
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(points.count)
    // Segments partition the points; each segment's verdict is its worst point's.
    expect(segments.reduce((sum, s) => sum + s.points, 0)).toBe(points.count)
    const severity = [0, 1, 3, 2]
    segments.forEach((segment, k) => {
      let worst = 0
      points.segment.forEach((s, i) => {
        if (s === k && severity[points.verdict[i]!]! > severity[worst]!) worst = points.verdict[i]!
      })
      expect(segment.verdict).toBe(['pass', 'marginal', 'fail', 'no-data'][worst])
    })
    expect(segments.filter((s) => s.altitudeM === 1.5).every((s) => s.toM! - s.fromM! <= 100 + 1e-9)).toBe(true)
  })

  it('reports the route interruption of its model: unserved stretches at 10 m/s plus 0.2 s recovery each', () => {
    const { points, summary } = result
    const n = points.count / 2
    const along = points.alongM!.subarray(n)
    const verdict = points.verdict.subarray(n)
    let seconds = 0
    for (let i = 0; i < n; i++) {
      if (verdict[i]! < verdictCodes.fail) continue
      const lengthM = ((i > 0 ? along[i]! - along[i - 1]! : 0) + (i < n - 1 ? along[i + 1]! - along[i]! : 0)) / 2
      seconds += lengthM / 10
      if (i === n - 1 || verdict[i + 1]! < verdictCodes.fail) seconds += 0.2
    }
    expect(summary.byAltitude[1]!.interruptionSecondsPerHour).toBeCloseTo(Math.min(3600, (3600 * seconds) / (along[n - 1]! / 10)), 6)
    expect(summary.model).toMatchObject({ droneSpeedMps: 10, recoveryS: 0.2, spacingM: 10, segmentLengthM: 100, rsrpThresholdDbm: -105, cells: 90, calibrated: false })
  })

  it('checks an area on a grid, in blocks, with the share of unserved points as interruption', async () => {
    const area = await checkFeasibility(db, { targets: mixed, target: { kind: 'area', name: 'Task area A' }, altitudesM: [120], spacingM: 100 }, { now })
    expect(area.points.alongM).toBeNull()
    expect(area.segments.every((s) => s.block !== null && s.fromM === null)).toBe(true)
    const unserved = [...area.points.verdict].filter((v) => v >= verdictCodes.fail).length
    expect(area.summary.interruptionSecondsPerHour).toBeCloseTo((3600 * unserved) / area.points.count, 9)
    expect(area.summary.model.segmentLengthM).toBe(200)
  })

  it('reports progress to the end, and a cancel stops it with an AbortError', async () => {
    const progress: [number, number][] = []
    await checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [60, 120] }, { now, progress: (done, total) => progress.push([done, total]) })
    expect(progress.at(-1)).toEqual([progress[0]![1], progress[0]![1]])
    const controller = new AbortController()
    controller.abort()
    await expect(checkFeasibility(db, { targets: mixed, target: patrol120, altitudesM: [120] }, { now, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('refuses an unknown route, naming the routes there are, and a target it cannot read', async () => {
    await expect(checkFeasibility(db, { targets: mixed, target: { kind: 'route', name: 'Nowhere' }, altitudesM: [60] }, { now })).rejects.toThrow(
      new FeasibilityRefusal('no route named "Nowhere"; the project has "Drone patrol 120 m", "Drone patrol 60 m"'),
    )
    await expect(checkFeasibility(db, { targets: slaTargets([networkTarget('rsrp', -100, 'mW')]), target: patrol120, altitudesM: [60] }, { now })).rejects.toBeInstanceOf(FeasibilityRefusal)
  })
})
