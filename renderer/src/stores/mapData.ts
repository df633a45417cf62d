import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { Area, Route, SampleMetric, SamplesLayer } from '../../../core/api/schemas/layerSchemas.js'
import type { Cell } from '../../../core/api/schemas/networkSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { loadStoredBreaks, saveStoredBreaks } from '../map/breaksStorage.js'
import { breaksStorageKey, schemeFor, type CustomBreaks } from '../map/classBreaks.js'
import { classifySamples, metricSchemes, type ClassifiedSamples, type MetricScheme } from '../map/metricClasses.js'
import type { LoadStatus } from './project.js'

/** The data layers the Map view can show or hide (`beams`: one thin wedge per SSB beam of each cell). */
export const mapLayerNames = ['cells', 'beams', 'samples', 'routes', 'area'] as const
export type MapLayerName = (typeof mapLayerNames)[number]

/**
 * Points the map asks for at most: a few million draw smoothly on a laptop GPU; a project of tens of
 * millions of samples is thinned evenly by the core (samples.layer's `stride`) rather than frozen.
 */
const maxMapPoints = 2_000_000

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * The Map view's data: network, routes and areas of the open project, the drive-test samples of the
 * chosen metric with their colours, the class limits per metric (the user's, kept in localStorage, or
 * the defaults) and which layers are shown. Big data sits in shallow refs.
 */
export const useMapDataStore = defineStore('mapData', () => {
  const client = useCertusClient()
  const cells = shallowRef<Cell[]>([])
  const routes = shallowRef<Route[]>([])
  const areas = shallowRef<Area[]>([])
  const samples = shallowRef<SamplesLayer | null>(null)
  const metric = ref<SampleMetric>('rsrpDbm')
  const visible = reactive<Record<MapLayerName, boolean>>({
    cells: true,
    // Eight or more wedges per cell crowd the map: shown on demand.
    beams: false,
    samples: true,
    routes: true,
    area: true,
  })
  const status = ref<LoadStatus>('idle')
  const samplesStatus = ref<LoadStatus>('idle')
  const error = ref<string | null>(null)
  const customBreaks = shallowRef<CustomBreaks>(loadStoredBreaks(breaksStorageKey, metricSchemes))
  /** Counts requests to frame the project again (after an import or a project switch); the map follows it. */
  const fitRequests = ref(0)

  /** Classes of the samples as loaded (their metric, not the one just picked and still loading). */
  const scheme = computed<MetricScheme>(() => schemeFor(samples.value?.metric ?? metric.value, customBreaks.value))
  const classified = computed<ClassifiedSamples | null>(() =>
    samples.value === null ? null : classifySamples(samples.value.values, scheme.value),
  )

  let samplesRequest = 0
  async function loadSamples(): Promise<void> {
    const request = ++samplesRequest
    samplesStatus.value = 'loading'
    try {
      const layer = await client.call('samples.layer', { metric: metric.value, maxPoints: maxMapPoints })
      if (request !== samplesRequest) return // a newer metric was picked meanwhile
      samples.value = layer
      samplesStatus.value = 'ready'
    } catch (cause) {
      if (request !== samplesRequest) return
      error.value = messageOf(cause)
      samplesStatus.value = 'error'
    }
  }

  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    const samplesLoaded = loadSamples()
    try {
      const [cellList, routeList, areaList] = await Promise.all([
        client.call('cells.list', {}),
        client.call('routes.list', {}),
        client.call('areas.list', {}),
      ])
      cells.value = cellList.cells
      routes.value = routeList.routes
      areas.value = areaList.areas
      status.value = 'ready'
    } catch (cause) {
      error.value = messageOf(cause)
      status.value = 'error'
    }
    await samplesLoaded
  }

  /** Uses `breaks` as the class limits of `metric` (checked by the caller with checkBreaks) and remembers them. */
  function setBreaks(forMetric: SampleMetric, breaks: readonly number[]): void {
    customBreaks.value = { ...customBreaks.value, [forMetric]: [...breaks] }
    saveStoredBreaks(breaksStorageKey, customBreaks.value)
  }

  /** Goes back to the default limits of `metric`. */
  function resetBreaks(forMetric: SampleMetric): void {
    const { [forMetric]: _dropped, ...rest } = customBreaks.value
    customBreaks.value = rest
    saveStoredBreaks(breaksStorageKey, rest)
  }

  function requestFit(): void {
    fitRequests.value++
  }

  watch(metric, () => void loadSamples())

  return {
    cells, routes, areas, samples, metric, visible, status, samplesStatus, error, scheme, classified, customBreaks, fitRequests,
    load, loadSamples, setBreaks, resetBreaks, requestFit,
  }
})
