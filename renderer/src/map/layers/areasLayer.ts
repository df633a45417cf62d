import { PolygonLayer } from '@deck.gl/layers'
import type { Area } from '../../../../core/api/schemas/layerSchemas.js'
import type { Rgba } from '../metricClasses.js'

export interface AreasStyle {
  fillColour: Rgba
  lineColour: Rgba
  lineWidthPx: number
}

export const defaultAreasStyle: AreasStyle = {
  fillColour: [41, 121, 255, 34],
  lineColour: [31, 96, 204, 220],
  lineWidthPx: 2,
}

/** Task areas as translucent ground polygons with an outline (pickable, id `area`). */
export function areasLayer(areas: readonly Area[], style: AreasStyle = defaultAreasStyle, visible = true) {
  return new PolygonLayer<Area>({
    id: 'area',
    data: areas,
    visible,
    pickable: true,
    stroked: true,
    filled: true,
    getPolygon: (area) => area.ring,
    getFillColor: [...style.fillColour],
    getLineColor: [...style.lineColour],
    lineWidthUnits: 'pixels',
    getLineWidth: style.lineWidthPx,
  })
}
