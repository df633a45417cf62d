import type { LayersList, PickingInfo } from '@deck.gl/core'
import { MapLibreOverlay } from '@deck.gl/maplibre'
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import type { Bbox } from '../../../core/api/schemas/projectSchemas.js'
import { basemapStyle } from './basemap/basemapStyle.js'
import { loadBasemap } from './basemap/loadBasemap.js'
import type { TooltipContent } from './tooltip.js'

// maplibre 6 ships its worker as a separate module; Vite serves it as an asset of our own origin.
setWorkerUrl(workerUrl)

/** maplibre's own UI text (control tooltips, the canvas label), in the UI language. */
export interface MapUiStrings {
  zoomIn: string
  zoomOut: string
  resetBearing: string
  mapTitle: string
  toggleAttribution: string
}

const maplibreLocale = (strings: MapUiStrings): Record<string, string> => ({
  'NavigationControl.ZoomIn': strings.zoomIn,
  'NavigationControl.ZoomOut': strings.zoomOut,
  'NavigationControl.ResetBearing': strings.resetBearing,
  'Map.Title': strings.mapTitle,
  'AttributionControl.ToggleAttribution': strings.toggleAttribution,
})

export interface MapViewOptions {
  container: HTMLElement
  uiStrings: MapUiStrings
  /** Shown in the map corner; the basemap's data licences ask for it. */
  attribution: string
  getTooltip: (info: PickingInfo) => TooltipContent | null
  /** Called after every deck.gl frame (test hooks count them). */
  onAfterRender?: () => void
  /** Room kept free around a framed box, px. Default: 40 above and below, 60 left, 300 right (the Map view's side panel). */
  fitPadding?: MapPadding
  /** Called whenever the map comes to rest, with its centre (degrees) and zoom (the Experience map's test hooks read it). */
  onMoveEnd?: (view: MapCentre) => void
}

export interface MapPadding {
  top: number
  bottom: number
  left: number
  right: number
}

/** Where the map looks: centre longitude and latitude in degrees, maplibre zoom level. */
export interface MapCentre {
  lon: number
  lat: number
  zoom: number
}

const defaultFitPadding: MapPadding = { top: 40, bottom: 40, left: 60, right: 300 }

/** The map of the Map view: maplibre with the offline basemap, and one deck.gl overlay for the data layers. */
export interface MapViewHandle {
  setLayers(layers: LayersList): void
  /** Frames the box (degrees) with some padding; animates unless told not to. */
  fitBbox(bbox: Bbox, animate?: boolean): void
  /** Flies to a point (degrees) at `zoom`. */
  flyTo(lon: number, lat: number, zoom: number): void
  setPitch(pitchDeg: number): void
  /** Switches maplibre's control tooltips to another language. */
  setUiStrings(strings: MapUiStrings): void
  resize(): void
  destroy(): void
  /** Resolves when the style has loaded and the overlay is on the map. */
  ready: Promise<void>
  /** Resolves when the basemap's country and place data are on the map. */
  basemapLoaded: Promise<void>
}

export function createMapView(options: MapViewOptions): MapViewHandle {
  const map = new MapLibreMap({
    container: options.container,
    style: basemapStyle(),
    center: [10, 25],
    zoom: 1.4,
    maxPitch: 70,
    attributionControl: false,
    locale: maplibreLocale(options.uiStrings),
  })
  let navigation = new NavigationControl({ visualizePitch: true })
  map.addControl(navigation, 'top-left')
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left')
  map.addControl(new AttributionControl({ compact: false, customAttribution: options.attribution }), 'bottom-right')

  let layers: LayersList = []
  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers,
    getTooltip: options.getTooltip,
    onAfterRender: () => options.onAfterRender?.(),
  })

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      map.addControl(overlay)
      resolve()
    })
  })
  const basemapLoaded = ready.then(() => loadBasemap(map))
  const onMoveEnd = options.onMoveEnd
  if (onMoveEnd !== undefined) {
    map.on('moveend', () => {
      const { lng, lat } = map.getCenter()
      onMoveEnd({ lon: lng, lat, zoom: map.getZoom() })
    })
  }

  return {
    setLayers(next) {
      layers = next
      overlay.setProps({ layers })
    },
    fitBbox(bbox, animate = true) {
      const degenerate = bbox.minLon === bbox.maxLon && bbox.minLat === bbox.maxLat
      const pad = degenerate ? 0.01 : 0
      map.fitBounds(
        [
          [bbox.minLon - pad, bbox.minLat - pad],
          [bbox.maxLon + pad, bbox.maxLat + pad],
        ],
        { padding: options.fitPadding ?? defaultFitPadding, animate, maxZoom: 17 },
      )
    },
    flyTo(lon, lat, zoom) {
      map.flyTo({ center: [lon, lat], zoom, duration: 1200, essential: true })
    },
    setPitch(pitchDeg) {
      map.easeTo({ pitch: pitchDeg, duration: 600 })
    },
    setUiStrings(strings) {
      // maplibre reads its UI text when a control is added: update the table, then re-add the control.
      map._locale = { ...map._locale, ...maplibreLocale(strings) }
      map.getCanvas().setAttribute('aria-label', strings.mapTitle)
      map.removeControl(navigation)
      navigation = new NavigationControl({ visualizePitch: true })
      map.addControl(navigation, 'top-left')
    },
    resize() {
      map.resize()
    },
    destroy() {
      overlay.finalize()
      map.remove()
    },
    ready,
    basemapLoaded,
  }
}
