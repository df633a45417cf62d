import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl'

/** Colours of the offline basemap. */
export interface BasemapTheme {
  water: string
  land: string
  coastline: string
  border: string
  placeDot: string
  placeLabel: string
  placeHalo: string
}

/** A quiet light basemap: data layers on top carry the colour. */
export const lightBasemap: BasemapTheme = {
  water: '#c8d7e3',
  land: '#f4f2ee',
  coastline: '#8ea7bd',
  border: '#a59cb0',
  placeDot: '#5b6472',
  placeLabel: '#3a414d',
  placeHalo: 'rgba(255, 255, 255, 0.9)',
}

/** Source ids the basemap data is loaded into once its chunk has arrived (see loadBasemap.ts). */
export const basemapSources = ['countries', 'borders', 'coastline', 'places'] as const
export type BasemapSource = (typeof basemapSources)[number]

/** Fonts for place labels. Without `glyphs` in the style maplibre rasterises labels from local fonts. */
export const labelFonts = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif']

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
const isMajor: ExpressionSpecification = ['any', ['>=', ['get', 'population'], 1_000_000], ['==', ['get', 'capital'], true]]
const isMinor: ExpressionSpecification = ['!', isMajor]
const largestFirst: ExpressionSpecification = ['-', 0, ['get', 'population']]

/**
 * The offline basemap style: water as the background, country land, coastline and borders, and places
 * (dot + label; cities of a million or more and capitals from zoom 2, the rest from zoom 6).
 * No URL anywhere: no tiles, no glyphs, no sprite. The sources start empty; loadBasemap fills them.
 */
export function basemapStyle(theme: BasemapTheme = lightBasemap): StyleSpecification {
  const labelLayout = (minSize: number, maxSize: number) => ({
    'text-field': ['get', 'name'] as ExpressionSpecification,
    'text-font': labelFonts,
    'text-size': ['interpolate', ['linear'], ['zoom'], 3, minSize, 10, maxSize] as ExpressionSpecification,
    'text-anchor': 'top' as const,
    'text-offset': [0, 0.45] as [number, number],
    'text-max-width': 8,
    'symbol-sort-key': largestFirst,
  })
  const labelPaint = { 'text-color': theme.placeLabel, 'text-halo-color': theme.placeHalo, 'text-halo-width': 1.4 }
  const dotPaint = (radius: number) => ({
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, radius, 10, radius + 1.5] as ExpressionSpecification,
    'circle-color': theme.placeDot,
    'circle-stroke-color': theme.placeHalo,
    'circle-stroke-width': 1,
  })
  return {
    version: 8,
    name: 'Certus offline basemap',
    sources: Object.fromEntries(basemapSources.map((id) => [id, { type: 'geojson', data: empty }])),
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': theme.land, 'fill-antialias': true } },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastline',
        paint: { 'line-color': theme.coastline, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 1.4] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': theme.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 1.6],
          'line-dasharray': [3, 2],
        },
      },
      { id: 'place-dots-major', type: 'circle', source: 'places', minzoom: 2, filter: isMajor, paint: dotPaint(2.5) },
      { id: 'place-dots', type: 'circle', source: 'places', minzoom: 6, filter: isMinor, paint: dotPaint(2) },
      {
        id: 'place-labels-major',
        type: 'symbol',
        source: 'places',
        minzoom: 2,
        filter: isMajor,
        layout: labelLayout(11, 15),
        paint: labelPaint,
      },
      { id: 'place-labels', type: 'symbol', source: 'places', minzoom: 6, filter: isMinor, layout: labelLayout(10, 13), paint: labelPaint },
    ],
  }
}
