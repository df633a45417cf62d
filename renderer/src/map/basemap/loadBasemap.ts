import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import type { FeatureCollection, Point } from 'geojson'
import type { Topology } from 'topojson-specification'
import type { BasemapSource } from './basemapStyle.js'
import { worldGeometry } from './worldGeometry.js'

/**
 * Fills the basemap sources. The data (3.7 MB of Natural Earth 1:10m TopoJSON, 0.5 MB of places) lives
 * in chunks of its own, imported only now, so the app's first paint does not wait for it. `?raw` keeps
 * them as strings: the compiler never infers a type for a 3.7 MB JSON file and JSON.parse is the fastest parser.
 */
export async function loadBasemap(map: MapLibreMap): Promise<void> {
  const [countriesText, placesText] = await Promise.all([
    import('world-atlas/countries-10m.json?raw').then((module) => module.default),
    import('../../../../data/basemap/places.json?raw').then((module) => module.default),
  ])
  const world = worldGeometry(JSON.parse(countriesText) as Topology)
  const places = JSON.parse(placesText) as FeatureCollection<Point>
  const data: Record<BasemapSource, GeoJSON.GeoJSON> = {
    countries: world.countries,
    borders: world.borders,
    coastline: world.coastline,
    places,
  }
  for (const [id, value] of Object.entries(data)) {
    map.getSource<GeoJSONSource>(id)?.setData(value)
  }
}
