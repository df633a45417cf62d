import { GridCellLayer, ScatterplotLayer } from '@deck.gl/layers'
import type { MetricScheme } from '../metricClasses.js'

/** How a coverage layer is drawn: flat squares on the ground, or columns whose height follows the metric. */
export type CoverageMode = '2d' | '3d'

/** One altitude layer of a prediction as the map draws it: column buffers, nothing per point as objects. */
export interface CoverageLayerData {
  /** Area grids are drawn as squares; routes as points along the route. */
  targetKind: 'area' | 'route'
  count: number
  /** lon, lat pairs, degrees (the grid squares' centres, or the route's points). */
  positions: Float64Array
  /** Grid cell size (areas) in metres; the squares are this wide on the ground. */
  resolutionM: number
  /** Height of the layer above ground, metres: where a route's points float in 3D. */
  altitudeM: number
  /** RGBA per point (see classifySamples). */
  colours: Uint8Array
  /** Column height per point for the 3D mode of areas, metres (see columnHeightsM). */
  heightsM: Float32Array
}

export interface CoverageStyle {
  /** Height of the shortest and the tallest column in 3D, metres. */
  minColumnM: number
  maxColumnM: number
  /** Share of a grid cell its square fills, 0–1: 1 tiles the ground; a little less shows the columns apart in 3D. */
  gridCoverage2d: number
  gridCoverage3d: number
  /** Radius of a route point, pixels. */
  routeRadiusPx: number
}

export const defaultCoverageStyle: CoverageStyle = {
  minColumnM: 8,
  maxColumnM: 300,
  gridCoverage2d: 1,
  gridCoverage3d: 0.82,
  routeRadiusPx: 5,
}

/**
 * Column heights for the 3D mode: the value's place across the scheme's class limits, extended by one
 * class width below the first and above the last limit, mapped linearly onto
 * [minColumnM, maxColumnM] (so the worst class is short and the best tall, as the colours say).
 * NaN (no cell in range) gets height 0. A categorical scheme (best beam) gives every point the same
 * middle height: a beam index is not a level.
 */
export function columnHeightsM(values: Float32Array, scheme: MetricScheme<string>, categorical: boolean, style: CoverageStyle = defaultCoverageStyle): Float32Array {
  const { breaks } = scheme
  const heights = new Float32Array(values.length)
  const first = breaks[0]
  const last = breaks[breaks.length - 1]
  const middleM = (style.minColumnM + style.maxColumnM) / 2
  if (categorical || first === undefined || last === undefined) {
    for (let i = 0; i < values.length; i++) heights[i] = Number.isNaN(values[i] as number) ? 0 : middleM
    return heights
  }
  const stepWidth = breaks.length > 1 ? (last - first) / (breaks.length - 1) : 1
  const low = first - stepWidth
  const span = last + stepWidth - low
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number
    if (Number.isNaN(value)) continue
    const t = Math.min(1, Math.max(0, (value - low) / span))
    heights[i] = style.minColumnM + t * (style.maxColumnM - style.minColumnM)
  }
  return heights
}

/** lon, lat pairs lifted to lon, lat, `altitudeM` triples: route points drawn at the layer's height. */
export function positionsAtAltitude(positions: Float64Array, altitudeM: number): Float64Array {
  const count = positions.length / 2
  const lifted = new Float64Array(count * 3)
  for (let i = 0; i < count; i++) {
    lifted[3 * i] = positions[2 * i] as number
    lifted[3 * i + 1] = positions[2 * i + 1] as number
    lifted[3 * i + 2] = altitudeM
  }
  return lifted
}

/**
 * Ids of the coverage layer: one per kind of target. deck.gl matches layers across updates by id and
 * hands the old layer's GPU state to the new one, so a grid and a route must never share an id.
 */
export const coverageLayerIds = { area: 'coverage-grid', route: 'coverage-route' } as const

/**
 * A coverage layer on the map (pickable, id from {@link coverageLayerIds}). Areas: one square per grid cell of
 * `resolutionM`, centred on its point, flat in 2D or a column in 3D. Routes: a dot per point, on the
 * ground in 2D and at the layer's altitude in 3D. Positions, colours and heights go to the GPU as
 * binary attributes; `liftedPositions` (lon, lat, altitude triples, see positionsAtAltitude) is only
 * read for routes in 3D.
 */
export function coverageLayer(
  data: CoverageLayerData,
  mode: CoverageMode,
  liftedPositions: Float64Array | null = null,
  style: CoverageStyle = defaultCoverageStyle,
  visible = true,
) {
  const colours = { value: data.colours, size: 4, normalized: true }
  if (data.targetKind === 'route') {
    const lifted = mode === '3d' && liftedPositions !== null
    return new ScatterplotLayer({
      id: coverageLayerIds.route,
      visible,
      pickable: true,
      data: {
        length: data.count,
        attributes: {
          getPosition: lifted ? { value: liftedPositions, size: 3 } : { value: data.positions, size: 2 },
          getFillColor: colours,
        },
      },
      billboard: true,
      // The route's own path runs at the same height: draw the points over it rather than fight it for depth.
      parameters: { depthCompare: 'always' },
      radiusUnits: 'pixels',
      getRadius: style.routeRadiusPx,
      stroked: true,
      getLineColor: [255, 255, 255, 150],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 140],
    })
  }
  const extruded = mode === '3d'
  return new GridCellLayer({
    id: coverageLayerIds.area,
    visible,
    pickable: true,
    data: {
      length: data.count,
      attributes: {
        getPosition: { value: data.positions, size: 2 },
        getFillColor: colours,
        getElevation: { value: data.heightsM, size: 1 },
      },
    },
    cellSize: data.resolutionM,
    // Centred on the point (deck's default [1, 1] puts the point at the square's corner).
    offset: [0, 0],
    coverage: extruded ? style.gridCoverage3d : style.gridCoverage2d,
    extruded,
    material: extruded,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
  })
}
