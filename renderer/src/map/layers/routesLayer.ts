import { PathLayer } from '@deck.gl/layers'
import type { Route } from '../../../../core/api/schemas/layerSchemas.js'
import type { Rgba } from '../metricClasses.js'

export interface RoutesStyle {
  colour: Rgba
  widthPx: number
  /** Colour of the route's trace on the ground, which shows where the 3D path is. */
  shadowColour: Rgba
}

export const defaultRoutesStyle: RoutesStyle = {
  colour: [214, 51, 132, 255],
  widthPx: 3,
  shadowColour: [60, 64, 72, 110],
}

/**
 * Drone routes: the 3D path at its altitude (pickable, id `routes`) over a thin ground trace
 * (id `route-shadows`). Altitudes are drawn as given (AGL or AMSL), without terrain.
 */
export function routesLayers(routes: readonly Route[], style: RoutesStyle = defaultRoutesStyle, visible = true) {
  return [
    new PathLayer<Route>({
      id: 'route-shadows',
      data: routes,
      visible,
      getPath: (route) => route.points.map(([lon, lat]): [number, number, number] => [lon, lat, 0]),
      getColor: [...style.shadowColour],
      widthUnits: 'pixels',
      getWidth: 1.5,
    }),
    new PathLayer<Route>({
      id: 'routes',
      data: routes,
      visible,
      pickable: true,
      getPath: (route) => route.points,
      getColor: [...style.colour],
      widthUnits: 'pixels',
      getWidth: style.widthPx,
      jointRounded: true,
      capRounded: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 120],
    }),
  ]
}

/** Altitude of the route vertex nearest to (lon, lat): what the tooltip shows for a hovered route. */
export function nearestAltitudeM(route: Route, lon: number, lat: number): number | null {
  let best: number | null = null
  let bestDistance = Infinity
  const cosLat = Math.cos((lat * Math.PI) / 180)
  for (const [pLon, pLat, altitudeM] of route.points) {
    const distance = ((pLon - lon) * cosLat) ** 2 + (pLat - lat) ** 2
    if (distance < bestDistance) {
      bestDistance = distance
      best = altitudeM
    }
  }
  return best
}
