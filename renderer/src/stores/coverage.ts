import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { CoverageLayer, CoverageMetric, CoverageRun } from '../../../core/api/schemas/coverageSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { loadStoredBreaks, saveStoredBreaks } from '../map/breaksStorage.js'
import { withBreaks, type CustomBreaksOf } from '../map/classBreaks.js'
import { coverageBreaksStorageKey, coverageMetricValues, coverageSchemes, isCategorical } from '../map/coverageClasses.js'
import { columnHeightsM, positionsAtAltitude, type CoverageLayerData, type CoverageMode } from '../map/layers/coverageLayer.js'
import { classifySamples, type ClassifiedSamples, type MetricScheme } from '../map/metricClasses.js'
import type { LoadStatus } from './project.js'

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/** Of a run's altitudes, `wanted` when it has it, else the nearest (a new run keeps the height the user was looking at). */
export function nearestAltitude(altitudesM: readonly number[], wanted: number | null): number | null {
  let best: number | null = null
  for (const altitudeM of altitudesM) {
    if (best === null || (wanted !== null && Math.abs(altitudeM - wanted) < Math.abs(best - wanted))) best = altitudeM
  }
  return best
}

/**
 * The coverage layer of the Map view: the project's stored predictions, the run and altitude on show,
 * the metric and its classes (the user's limits, kept in localStorage, or the defaults), 2D grid or 3D
 * columns, and the chosen layer's column buffers with their colours. Big data sits in shallow refs.
 */
export const useCoverageStore = defineStore('coverage', () => {
  const client = useCertusClient()
  const runs = shallowRef<CoverageRun[]>([])
  const status = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const runId = ref<number | null>(null)
  const altitudeM = ref<number | null>(null)
  const metric = ref<CoverageMetric>('rsrpDbm')
  const mode = ref<CoverageMode>('2d')
  const visible = ref(true)
  const layer = shallowRef<CoverageLayer | null>(null)
  const layerStatus = ref<LoadStatus>('idle')
  const customBreaks = shallowRef<CustomBreaksOf<CoverageMetric>>(loadStoredBreaks(coverageBreaksStorageKey, coverageSchemes))

  const run = computed(() => runs.value.find((candidate) => candidate.runId === runId.value) ?? null)
  const summary = computed(() => run.value?.layers.find((l) => l.altitudeM === altitudeM.value) ?? null)
  const scheme = computed<MetricScheme<CoverageMetric>>(() => withBreaks(coverageSchemes[metric.value], customBreaks.value[metric.value]))
  const values = computed(() => (layer.value === null ? null : coverageMetricValues(layer.value, metric.value)))
  const classified = computed<ClassifiedSamples | null>(() => (values.value === null ? null : classifySamples(values.value, scheme.value)))

  /** What the map draws: null until a layer is loaded. Heights and lifted positions are computed once per layer and metric. */
  const mapData = computed<CoverageLayerData | null>(() => {
    const shown = layer.value
    if (shown === null || values.value === null || classified.value === null) return null
    return {
      targetKind: shown.targetKind,
      count: shown.count,
      positions: shown.positions,
      resolutionM: shown.resolutionM,
      altitudeM: shown.altitudeM,
      colours: classified.value.colours,
      heightsM: columnHeightsM(values.value, scheme.value, isCategorical(metric.value)),
    }
  })
  const liftedPositions = computed(() => {
    const shown = layer.value
    return shown === null || shown.targetKind !== 'route' ? null : positionsAtAltitude(shown.positions, shown.altitudeM)
  })

  let layerRequest = 0
  async function loadLayer(): Promise<void> {
    const request = ++layerRequest
    const wantedRun = runId.value
    const wantedAltitude = altitudeM.value
    if (wantedRun === null || wantedAltitude === null) {
      layer.value = null
      layerStatus.value = 'idle'
      return
    }
    layerStatus.value = 'loading'
    try {
      const loaded = await client.call('coverage.layer', { runId: wantedRun, altitudeM: wantedAltitude })
      if (request !== layerRequest) return // another run or altitude was picked meanwhile
      layer.value = loaded
      layerStatus.value = 'ready'
    } catch (cause) {
      if (request !== layerRequest) return
      error.value = messageOf(cause)
      layerStatus.value = 'error'
    }
  }

  /** Shows run `id` at the altitude nearest to the one on show (or its lowest layer). */
  function selectRun(id: number | null): void {
    runId.value = id
    altitudeM.value = nearestAltitude(run.value?.altitudesM ?? [], altitudeM.value)
  }

  /**
   * Loads the list of stored predictions. `show` picks the run to show (a prediction just made);
   * otherwise the one on show stays when it still exists, else the newest is shown.
   */
  async function loadRuns(show?: number): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      runs.value = (await client.call('coverage.runs', {})).runs
      status.value = 'ready'
    } catch (cause) {
      error.value = messageOf(cause)
      status.value = 'error'
      return
    }
    const keep = show ?? (run.value === null ? undefined : runId.value) ?? runs.value[0]?.runId ?? null
    selectRun(keep)
  }

  /** The project changed (another one opened): forget what was on show and list its runs. */
  async function reload(): Promise<void> {
    runId.value = null
    altitudeM.value = null
    await loadRuns()
  }

  function setBreaks(forMetric: CoverageMetric, breaks: readonly number[]): void {
    customBreaks.value = { ...customBreaks.value, [forMetric]: [...breaks] }
    saveStoredBreaks(coverageBreaksStorageKey, customBreaks.value)
  }

  function resetBreaks(forMetric: CoverageMetric): void {
    const { [forMetric]: _dropped, ...rest } = customBreaks.value
    customBreaks.value = rest
    saveStoredBreaks(coverageBreaksStorageKey, rest)
  }

  watch([runId, altitudeM], () => void loadLayer())

  return {
    runs, status, error, runId, altitudeM, metric, mode, visible, layer, layerStatus, customBreaks,
    run, summary, scheme, values, classified, mapData, liftedPositions,
    loadRuns, reload, selectRun, setBreaks, resetBreaks,
  }
})
