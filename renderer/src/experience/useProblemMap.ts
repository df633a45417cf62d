import type { LayersList, PickingInfo } from '@deck.gl/core'
import { storeToRefs } from 'pinia'
import { computed, onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Bbox } from '../../../core/api/schemas/projectSchemas.js'
import { createMapView, type MapCentre, type MapUiStrings, type MapViewHandle } from '../map/createMapView.js'
import { cellsLayers, cellWedges, defaultCellsStyle, type CellsStyle } from '../map/layers/cellsLayer.js'
import { card, createTooltip, type TooltipContent } from '../map/tooltip.js'
import { useExperienceProblemsStore } from '../stores/experienceProblems.js'
import { useMapDataStore } from '../stores/mapData.js'
import { useProjectStore } from '../stores/project.js'
import { dominantCause } from './causeDomains.js'
import { problemMarkers, problemMarkersLayer, problemMarkersLayerId, selectedAreaLayer, type ProblemMarker } from './problemMarkersLayer.js'
import { problemName, problemPlace, type ProblemPlace } from './problemPlace.js'

/** Zoom the map flies to for a cell problem: about 2 km across the small map, the cell's neighbours in view. */
export const problemZoom = 14

/** The box an area problem is framed in: its outline's, else its affected measurements'. */
const areaBox = (place: ProblemPlace): Bbox | null => {
  if (place.ring === null) return place.bbox
  const lons = place.ring.map(([lon]) => lon)
  const lats = place.ring.map(([, lat]) => lat)
  return { minLon: Math.min(...lons), minLat: Math.min(...lats), maxLon: Math.max(...lons), maxLat: Math.max(...lats) }
}

/**
 * Cells in one quiet grey: on this map colour means the cause of a problem, and the Map view's site
 * hues (blues, purples, teals) would read as causes.
 */
export const problemMapCellsStyle: CellsStyle = { ...defaultCellsStyle, palette: [[128, 136, 148, 255]], fillAlpha: 60 }

/** Room around a framed box on the small map, px (no side panel covers it). */
const fitPaddingPx = { top: 30, bottom: 30, left: 30, right: 30 }

/**
 * Marks on the map's container where it looks and what it flew to, for end-to-end tests:
 * `data-centre` "lon,lat" (6 decimals), `data-zoom` (2 decimals), `data-flown-to` the key of the
 * problem the last flight ended at, `data-markers` how many problems are drawn.
 */
const markView = (element: HTMLElement, view: MapCentre, flownTo: string | null): void => {
  element.dataset.centre = `${view.lon.toFixed(6)},${view.lat.toFixed(6)}`
  element.dataset.zoom = view.zoom.toFixed(2)
  if (flownTo !== null) element.dataset.flownTo = flownTo
}

/**
 * The Experience view's map in `container`: the offline basemap, the project's cells, a marker per
 * problem (sized by impact, coloured by its dominant cause, the selected one ringed), framed on the
 * project at first and flying to a problem when one is picked. Removed on unmount.
 */
export function useProblemMap(container: Ref<HTMLElement | null>) {
  const problems = useExperienceProblemsStore()
  const mapData = useMapDataStore()
  const { summary } = storeToRefs(useProjectStore())
  const { t, locale } = useI18n()
  let handle: MapViewHandle | null = null
  /** The problem a flight is heading to, marked on the container when the map comes to rest. */
  let heading: string | null = null

  const wedges = computed(() => cellWedges(mapData.cells, problemMapCellsStyle))
  const markers = computed(() => problemMarkers(problems.problems, problems.selectedKey))
  const layers = computed<LayersList>(() => [...cellsLayers(wedges.value, problemMapCellsStyle), selectedAreaLayer(problems.selected), problemMarkersLayer(markers.value)])

  const uiStrings = (): MapUiStrings => ({
    zoomIn: t('map.controls.zoomIn'),
    zoomOut: t('map.controls.zoomOut'),
    resetBearing: t('map.controls.resetBearing'),
    mapTitle: t('experience.map.title'),
    toggleAttribution: t('map.controls.toggleAttribution'),
  })
  const translate = (key: string, values?: Record<string, unknown>): string => t(key, values ?? {})
  const cellTooltip = createTooltip({ t: translate, samples: () => null })
  const getTooltip = (info: PickingInfo): TooltipContent | null => {
    if (!info.picked || info.layer?.id !== problemMarkersLayerId) return cellTooltip(info)
    const { problem } = info.object as ProblemMarker
    const cause = dominantCause(problem.causes)
    return card(problemName(problem), [
      [t('experience.problems.affected'), String(problem.affected)],
      [t('experience.problems.impact'), problem.impact.toFixed(1)],
      [t('experience.problems.cause'), cause === null ? '–' : t(`experience.causes.${cause.domain}`)],
    ])
  }

  const fitProject = (animate = false): void => {
    const bbox = summary.value?.bbox
    if (handle !== null && bbox !== null && bbox !== undefined) handle.fitBbox(bbox, animate)
  }

  /** Flies to the selected problem; a problem without a place leaves the map where it is. */
  const flyToSelected = (): void => {
    const selected = problems.selected
    const place = selected === null ? null : problemPlace(selected)
    if (handle === null || place === null) return
    heading = problems.selectedKey
    // A cell: its site, close up. An area: framed whole.
    const box = selected?.kind === 'area' ? areaBox(place) : null
    if (box !== null) handle.fitBbox(box, true)
    else handle.flyTo(place.lon, place.lat, problemZoom)
  }

  onMounted(() => {
    const element = container.value
    if (element === null) return
    handle = createMapView({
      container: element,
      uiStrings: uiStrings(),
      attribution: t('map.attribution'),
      getTooltip,
      fitPadding: fitPaddingPx,
      onMoveEnd: (view) => {
        markView(element, view, heading)
        heading = null
      },
    })
    handle.setLayers(layers.value)
    element.dataset.markers = String(markers.value.length)
    fitProject()
    // Opened with a problem already picked (the view was left and opened again): go straight to it.
    if (problems.selected !== null) void handle.ready.then(flyToSelected)
    if (mapData.status === 'idle') void mapData.load()
  })
  watch(layers, (next) => {
    handle?.setLayers(next)
    if (container.value !== null) container.value.dataset.markers = String(markers.value.length)
  })
  watch(() => problems.flyRequests, flyToSelected)
  // Another project: frame it (a reload of the same project's summary leaves the map where it is).
  watch(() => summary.value?.path, () => fitProject())
  watch(locale, () => handle?.setUiStrings(uiStrings()))
  onBeforeUnmount(() => {
    handle?.destroy()
    handle = null
  })

  return { fitProject: () => fitProject(true) }
}
