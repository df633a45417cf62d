import type { LayersList } from '@deck.gl/core'
import { storeToRefs } from 'pinia'
import { computed, onActivated, onBeforeUnmount, onDeactivated, onMounted, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMapDataStore } from '../stores/mapData.js'
import { useProjectStore } from '../stores/project.js'
import { createMapView, type MapUiStrings, type MapViewHandle } from './createMapView.js'
import { areasLayer } from './layers/areasLayer.js'
import { cellsLayers, cellWedges } from './layers/cellsLayer.js'
import { routesLayers } from './layers/routesLayer.js'
import { samplesLayer } from './layers/samplesLayer.js'
import { createRenderMarker } from './renderMarker.js'
import { createTooltip } from './tooltip.js'

/** Pitch of the 3D view, degrees: enough to see route altitudes without losing the ground plan. */
const pitch3dDeg = 50

/**
 * Runs the Map view's map inside `container`: creates it on mount, keeps its deck.gl layers in step
 * with the map-data store, frames the project once its box is known, and removes it on unmount.
 */
export function useMapView(container: Ref<HTMLElement | null>) {
  const data = useMapDataStore()
  const project = useProjectStore()
  const { summary } = storeToRefs(project)
  const { t, locale } = useI18n()
  const marker = createRenderMarker()
  const is3d = ref(false)
  let handle: MapViewHandle | null = null
  let samplesInLayers: number | null = null
  let fitted = false
  // Kept alive while another view shows, the map is out of the page and has no size to frame anything in.
  let active = true
  let fitPending = false

  const wedges = computed(() => cellWedges(data.cells))
  const samplesData = computed(() => {
    const { samples, classified } = data
    return samples === null || classified === null
      ? null
      : { count: samples.count, positions: samples.positions, colours: classified.colours }
  })
  // Bottom to top: area, samples, cells, routes (the 3D paths stay above everything they fly over).
  const layers = computed<LayersList>(() => [
    areasLayer(data.areas, undefined, data.visible.area),
    samplesData.value === null ? null : samplesLayer(samplesData.value, undefined, data.visible.samples),
    ...cellsLayers(wedges.value, undefined, data.visible.cells),
    ...routesLayers(data.routes, undefined, data.visible.routes),
  ])

  const applyLayers = (): void => {
    if (handle === null) return
    handle.setLayers(layers.value)
    samplesInLayers = samplesData.value === null ? null : data.visible.samples ? samplesData.value.count : 0
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

  onMounted(() => {
    if (container.value === null) return
    handle = createMapView({
      container: container.value,
      uiStrings: uiStrings(),
      attribution: t('map.attribution'),
      getTooltip: createTooltip({
        t: (key, values) => t(key, values ?? {}),
        samples: () => data.samples,
      }),
      onAfterRender: () => marker.frameDrawn(samplesInLayers),
    })
    applyLayers()
    if (!fitted) fitProject(false)
    if (data.status === 'idle') void data.load()
  })
  watch(layers, applyLayers)
  watch(locale, () => handle?.setUiStrings(uiStrings()))
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
