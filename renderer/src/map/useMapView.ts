import type { LayersList } from '@deck.gl/core'
import { storeToRefs } from 'pinia'
import { computed, onActivated, onBeforeUnmount, onDeactivated, onMounted, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useCalibrationStore } from '../stores/calibration.js'
import { useCoverageStore } from '../stores/coverage.js'
import { useFeasibilityStore } from '../stores/feasibility.js'
import { useMapDataStore } from '../stores/mapData.js'
import { useProjectStore } from '../stores/project.js'
import { createCoverageTooltip } from './coverageTooltip.js'
import { createMapView, type MapUiStrings, type MapViewHandle } from './createMapView.js'
import { areasLayer } from './layers/areasLayer.js'
import { beamsLayer, beamWedges } from './layers/beamsLayer.js'
import { cellsLayers, cellWedges } from './layers/cellsLayer.js'
import { coverageLayer } from './layers/coverageLayer.js'
import { feasibilityLayer } from './layers/feasibilityLayer.js'
import { residualsLayer } from './layers/residualsLayer.js'
import { routesLayers } from './layers/routesLayer.js'
import { samplesLayer } from './layers/samplesLayer.js'
import { createRenderMarker, type DrawnOverlays } from './renderMarker.js'
import { createTooltip } from './tooltip.js'

/** Pitch of the 3D view, degrees: enough to see route altitudes without losing the ground plan. */
const pitch3dDeg = 50

/**
 * Runs the Map view's map inside `container`: creates it on mount, keeps its deck.gl layers in step
 * with the map-data store, frames the project once its box is known, and removes it on unmount.
 */
export function useMapView(container: Ref<HTMLElement | null>) {
  const data = useMapDataStore()
  const coverage = useCoverageStore()
  const calibration = useCalibrationStore()
  const feasibility = useFeasibilityStore()
  const project = useProjectStore()
  const { summary } = storeToRefs(project)
  const { t, locale } = useI18n()
  const marker = createRenderMarker()
  const is3d = ref(false)
  let handle: MapViewHandle | null = null
  let samplesInLayers: number | null = null
  let overlaysInLayers: DrawnOverlays = {}
  let fitted = false
  // Kept alive while another view shows, the map is out of the page and has no size to frame anything in.
  let active = true
  let fitPending = false

  const wedges = computed(() => cellWedges(data.cells))
  const beams = computed(() => beamWedges(data.cells))
  const cellNames = computed(() => new Map(data.cells.map((cell) => [cell.id, cell.name])))
  const samplesData = computed(() => {
    const { samples, classified } = data
    return samples === null || classified === null
      ? null
      : { count: samples.count, positions: samples.positions, colours: classified.colours }
  })
  const coverageLayers = computed<LayersList>(() => {
    const shown = coverage.mapData
    return shown === null ? [] : [coverageLayer(shown, coverage.mode, coverage.liftedPositions, undefined, coverage.visible)]
  })
  // Bottom to top: area, coverage grid, samples, residuals, cells and their beams, routes (the 3D paths
  // stay above everything they fly over), a route's coverage points above the route itself, and an SLA
  // check's verdict points (asked for from the SLA planner) on top.
  const feasibilityShown = computed(() => (feasibility.showOnMap ? feasibility.mapLayerData : null))
  const layers = computed<LayersList>(() => {
    const routeCoverage = coverage.mapData?.targetKind === 'route'
    const verdicts = feasibilityShown.value
    return [
      areasLayer(data.areas, undefined, data.visible.area),
      ...(routeCoverage ? [] : coverageLayers.value),
      samplesData.value === null ? null : samplesLayer(samplesData.value, undefined, data.visible.samples),
      calibration.mapData === null ? null : residualsLayer(calibration.mapData, undefined, calibration.showResiduals),
      ...cellsLayers(wedges.value, undefined, data.visible.cells),
      beamsLayer(beams.value, undefined, data.visible.beams),
      ...routesLayers(data.routes, undefined, data.visible.routes),
      ...(routeCoverage ? coverageLayers.value : []),
      verdicts === null ? null : feasibilityLayer(verdicts),
    ]
  })

  const applyLayers = (): void => {
    if (handle === null) return
    handle.setLayers(layers.value)
    samplesInLayers = samplesData.value === null ? null : data.visible.samples ? samplesData.value.count : 0
    const shown = coverage.layer
    const residuals = calibration.latest
    overlaysInLayers = {
      coverage: shown === null || coverage.mapData === null || !coverage.visible ? null : `${shown.runId}:${shown.altitudeM}:${coverage.metric}:${coverage.mode}`,
      feasibility: feasibilityShown.value === null ? null : `${feasibility.result?.scenario ?? ''}:${feasibility.mapAltitudeM ?? 'all'}:${feasibilityShown.value.count}`,
      residuals: residuals === null || calibration.mapData === null || !calibration.showResiduals ? null : `${residuals.calibrationId}:${calibration.residualView}`,
    }
  }

  const fitProject = (animate = true): void => {
    const bbox = summary.value?.bbox
    if (handle === null || bbox === null || bbox === undefined) return
    handle.fitBbox(bbox, animate)
    fitted = true
  }

  const uiStrings = (): MapUiStrings => ({
    zoomIn: t('map.controls.zoomIn'),
    zoomOut: t('map.controls.zoomOut'),
    resetBearing: t('map.controls.resetBearing'),
    mapTitle: t('map.controls.mapTitle'),
    toggleAttribution: t('map.controls.toggleAttribution'),
  })

  const toggle3d = (): void => {
    is3d.value = !is3d.value
    handle?.setPitch(is3d.value ? pitch3dDeg : 0)
  }

  const translate = (key: string, values?: Record<string, unknown>): string => t(key, values ?? {})
  const tooltip = createTooltip({ t: translate, samples: () => data.samples })
  const coverageTooltip = createCoverageTooltip({
    t: translate,
    coverage: () => (coverage.layer === null || !coverage.visible ? null : { layer: coverage.layer, metric: coverage.metric }),
    cellName: (cellId) => cellNames.value.get(cellId) ?? null,
    residuals: () => calibration.latest?.residuals ?? null,
  })

  onMounted(() => {
    if (container.value === null) return
    handle = createMapView({
      container: container.value,
      uiStrings: uiStrings(),
      attribution: t('map.attribution'),
      getTooltip: (info) => coverageTooltip(info) ?? tooltip(info),
      onAfterRender: () => marker.frameDrawn(samplesInLayers, overlaysInLayers),
    })
    applyLayers()
    if (!fitted) fitProject(false)
    if (data.status === 'idle') void data.load()
    if (coverage.status === 'idle') void coverage.loadRuns()
    if (calibration.status === 'idle') void calibration.load()
  })
  watch(layers, applyLayers)
  watch(locale, () => handle?.setUiStrings(uiStrings()))
  // Columns are only seen from the side: tilt the map when they are asked for.
  watch(
    () => coverage.mode,
    (mode) => {
      if (mode === '3d' && !is3d.value) toggle3d()
    },
  )
  watch(summary, () => {
    if (!fitted) fitProject(false)
  })
  // The project changed (an import, another project): frame it again, now or when the view shows again.
  watch(
    () => data.fitRequests,
    () => {
      if (active) fitProject(true)
      else fitPending = true
    },
  )
  onActivated(() => {
    active = true
    handle?.resize()
    if (fitPending) fitProject(false)
    fitPending = false
  })
  onDeactivated(() => {
    active = false
  })
  onBeforeUnmount(() => {
    handle?.destroy()
    handle = null
  })

  return { is3d, toggle3d, fitProject: () => fitProject(true) }
}
