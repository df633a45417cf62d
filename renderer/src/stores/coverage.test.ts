// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '../../../core/api/client.js'
import type { CalibrationResult, CoverageLayer, CoverageRun } from '../../../core/api/schemas/coverageSchemas.js'
import { certusClientKey } from '../api/certusClient.js'
import { fakeCore, type FakeJob } from '../testing/fakeCore.js'
import { coverageBreaksStorageKey, coverageSchemes } from '../map/coverageClasses.js'
import { useCalibrationStore } from './calibration.js'
import { nearestAltitude, useCoverageStore } from './coverage.js'
import { useMapDataStore } from './mapData.js'
import { usePredictionStore } from './prediction.js'

const summary = (altitudeM: number) => ({
  altitudeM, points: 2, coveredShare: 1, meanCoverageProbability: 1,
  rsrpDbm: { p5: -80, median: -70, p95: -60 }, dlSinrDb: { p5: 2, median: 10 }, ulSinrDb: { p5: 1, median: 5 },
  dlMbps: { p5: 50, median: 200 }, ulMbps: { p5: 2, median: 4 }, servingCells: [],
})
const run = (runId: number, altitudesM: number[]): CoverageRun => ({
  runId, createdAt: '2026-11-30T04:00:00.000Z', target: { kind: 'area', name: 'Task area A' }, resolutionM: 100, altitudesM,
  cells: 90, linkEvaluations: 1000, seconds: 0.5, calibrated: false, layers: altitudesM.map(summary),
})
const layer = (runId: number, altitudeM: number): CoverageLayer => ({
  runId, altitudeM, targetKind: 'area', resolutionM: 100, count: 2, positions: new Float64Array([114, 22, 114.001, 22]), alongM: null,
  bestCellId: new Int32Array([1, -1]), bestBeam: new Int32Array([2, -1]),
  // −75 dBm (≥ −80: the best class) where a cell is in range.
  rsrpDbm: new Float32Array([-75, Number.NaN]), dlSinrDb: new Float32Array([10, Number.NaN]), ulSinrDb: new Float32Array([5, Number.NaN]),
  dlMbps: new Float32Array([200, Number.NaN]), ulMbps: new Float32Array([4, Number.NaN]), coverageProbability: new Float32Array([0.99, Number.NaN]),
})
const calibrationResult: CalibrationResult = {
  calibrationId: 1, createdAt: '2026-11-30T04:00:00.000Z', byAltitude: true,
  layers: [{ altitudeM: 1.5, samples: 2, offsetDb: -0.4, slopeDbPerDecade: -21.6, meBeforeDb: -11.7, rmseBeforeDb: 19.5, sigmaBeforeDb: 15.5, meAfterDb: 0, rmseAfterDb: 14.3, sigmaAfterDb: 14.3 }],
  residuals: { count: 2, positions: new Float64Array([114, 22, 114.1, 22]), altitudesM: new Float32Array([1.5, 1.5]), beforeDb: new Float32Array([-12, -4]), afterDb: new Float32Array([0, 8]) },
}

/** A fake core with stored runs and a calibration; jobs start when called and end when the test says so. */
function fakeCoverageCore(runs: CoverageRun[]) {
  let latest: CalibrationResult | null = null
  const core = fakeCore(
    {
      'coverage.runs': () => ({ runs }),
      'coverage.layer': (p: Record<string, unknown>) => layer(p.runId as number, p.altitudeM as number),
      'calibration.latest': () => ({ calibration: latest }),
      'areas.list': { areas: [{ name: 'Task area A', ring: [[114, 22], [114.01, 22], [114.01, 22.01]], minAltitudeM: 0, maxAltitudeM: 300, altitudeRef: 'AGL' }] },
      'routes.list': { routes: [] },
      'cells.list': { cells: [] },
    },
    ['coverage.predict', 'calibration.run'],
  )
  return {
    ...core,
    // A finished job's result is what the core would then list: a new run, or the latest calibration.
    finish(job: FakeJob, result: unknown) {
      if (job.method === 'coverage.predict') runs.unshift(result as CoverageRun)
      else latest = result as CalibrationResult
      core.finish(job, result)
    },
  }
}

function setUp(runs: CoverageRun[] = []) {
  const core = fakeCoverageCore(runs)
  const app = createApp({})
  const pinia = createPinia()
  app.provide(certusClientKey, createClient(core.transport)).use(pinia)
  setActivePinia(pinia)
  // Stores resolve the client through inject: run their setup inside the app's context.
  return app.runWithContext(() => ({ core, coverage: useCoverageStore(), prediction: usePredictionStore(), calibration: useCalibrationStore(), mapData: useMapDataStore() }))
}

afterEach(() => localStorage.clear())

describe('nearestAltitude', () => {
  it('keeps the altitude on show when the run has it, else takes the nearest, else the lowest', () => {
    expect(nearestAltitude([1.5, 30, 120], 30)).toBe(30)
    expect(nearestAltitude([60, 120], 300)).toBe(120)
    expect(nearestAltitude([1.5, 30], null)).toBe(1.5)
    expect(nearestAltitude([], 30)).toBeNull()
  })
})

describe('coverage store', () => {
  it('lists the stored runs, shows the newest at its lowest altitude, and colours the layer by the metric classes', async () => {
    const { core, coverage } = setUp([run(2, [1.5, 30]), run(1, [60])])
    await coverage.loadRuns()
    await flushPromises()
    expect(coverage.runId).toBe(2)
    expect(coverage.altitudeM).toBe(1.5)
    expect(core.calls.at(-1)).toEqual({ method: 'coverage.layer', params: { runId: 2, altitudeM: 1.5 } })
    expect(coverage.classified?.counts).toEqual([0, 0, 0, 0, 1])
    expect(coverage.classified?.missing).toBe(1)
    expect([...(coverage.mapData?.colours.slice(0, 4) ?? [])]).toEqual([...(coverageSchemes.rsrpDbm.colours[4] ?? [])])
  })

  it('keeps the altitude nearest to the one on show when another run is picked', async () => {
    const { coverage } = setUp([run(2, [1.5, 30, 300]), run(1, [60, 120])])
    await coverage.loadRuns()
    coverage.altitudeM = 300
    coverage.selectRun(1)
    await flushPromises()
    expect(coverage.altitudeM).toBe(120)
    expect(coverage.layer).toMatchObject({ runId: 1, altitudeM: 120 })
  })

  it('uses the user class limits per metric and keeps them across restarts', () => {
    const first = setUp().coverage
    first.setBreaks('ulSinrDb', [-5, 0, 3, 8])
    first.metric = 'ulSinrDb'
    expect(first.scheme.breaks).toEqual([-5, 0, 3, 8])
    expect(JSON.parse(localStorage.getItem(coverageBreaksStorageKey) ?? '{}')).toEqual({ ulSinrDb: [-5, 0, 3, 8] })
    const second = setUp().coverage
    second.metric = 'ulSinrDb'
    expect(second.scheme.breaks).toEqual([-5, 0, 3, 8])
    second.resetBreaks('ulSinrDb')
    expect(second.scheme.breaks).toEqual(coverageSchemes.ulSinrDb.breaks)
  })

  it('forgets the run on show when the project changes', async () => {
    const { coverage } = setUp([run(5, [30])])
    await coverage.loadRuns()
    coverage.altitudeM = 30
    await coverage.reload()
    expect(coverage.runId).toBe(5)
    expect(coverage.altitudeM).toBe(30)
  })
})

describe('prediction store', () => {
  it('picks the first task area as target and predicts at the five default altitudes', async () => {
    const { core, prediction, mapData } = setUp()
    await mapData.load()
    expect(prediction.form.target).toBe('area:Task area A')
    prediction.form.resolutionM = 100
    const running = prediction.run()
    await flushPromises()
    const [job] = core.jobs
    expect(job?.params).toMatchObject({ target: { kind: 'area', name: 'Task area A' }, altitudesM: [1.5, 30, 60, 120, 300], resolutionM: 100, applyCalibration: false })
    expect(prediction.running).toBe(true)
    core.progress(job!, 3, 10, '30 m')
    await flushPromises()
    expect(prediction.job).toMatchObject({ status: 'running', progress: 0.3, phase: '30 m' })
    core.finish(job!, run(7, [1.5, 30, 60, 120, 300]))
    await running
    expect(prediction.job.status).toBe('done')
    expect(prediction.lastRunId).toBe(7)
  })

  it('shows the new run on the map when it is done', async () => {
    const { core, prediction, coverage, mapData } = setUp([run(1, [60])])
    await mapData.load()
    await coverage.loadRuns()
    const running = prediction.run()
    await flushPromises()
    core.finish(core.jobs[0]!, run(2, [1.5, 60]))
    await running
    await flushPromises()
    expect(coverage.runs.map((r) => r.runId)).toEqual([2, 1])
    expect(coverage.runId).toBe(2)
    expect(coverage.altitudeM).toBe(60)
    expect(coverage.layer).toMatchObject({ runId: 2, altitudeM: 60 })
  })

  it('reports a cancelled prediction as cancelled and lists the runs again from the core', async () => {
    const { core, prediction, coverage, mapData } = setUp([run(1, [60])])
    await mapData.load()
    const running = prediction.run()
    await flushPromises()
    prediction.cancel()
    await running
    expect(prediction.job).toMatchObject({ status: 'cancelled', message: null })
    expect(core.jobs[0]?.status).toBe('cancelled')
    expect(coverage.runs.map((r) => r.runId)).toEqual([1])
  })

  it('does not start while a field is wrong, and says which', async () => {
    const { core, prediction, mapData } = setUp()
    await mapData.load()
    prediction.form.altitudesText = '30, 1000'
    expect(prediction.problem).toBe('altitudes')
    await prediction.run()
    expect(core.jobs).toEqual([])
  })
})

describe('calibration store', () => {
  it('runs a calibration, keeps it as the latest, shows its residual map and lets predictions apply it', async () => {
    const { core, calibration, prediction, mapData } = setUp()
    await calibration.load()
    expect(calibration.latest).toBeNull()
    const running = calibration.run()
    await flushPromises()
    expect(core.jobs[0]?.params).toEqual({ byAltitude: true })
    core.finish(core.jobs[0]!, calibrationResult)
    await running
    expect(calibration.job.status).toBe('done')
    expect(calibration.latest?.calibrationId).toBe(1)
    expect(calibration.showResiduals).toBe(true)
    await mapData.load()
    prediction.form.resolutionM = 100
    void prediction.run()
    await flushPromises()
    expect(core.jobs[1]?.params).toMatchObject({ applyCalibration: true })
  })

  it('colours the residual map by the residual after the fit, or before it', async () => {
    const { core, calibration } = setUp()
    const running = calibration.run()
    await flushPromises()
    core.finish(core.jobs[0]!, calibrationResult)
    await running
    // After: 0 dB (as predicted) and +8 dB; before: −12 dB and −4 dB.
    expect(calibration.classified?.counts).toEqual([0, 0, 0, 1, 0, 1, 0])
    calibration.residualView = 'before'
    expect(calibration.classified?.counts).toEqual([1, 0, 1, 0, 0, 0, 0])
    expect(calibration.mapData?.count).toBe(2)
  })
})
