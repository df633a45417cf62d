import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers'
import type { Cell } from '../../../../core/api/schemas/networkSchemas.js'
import type { Rgba } from '../metricClasses.js'
import { sectorWedge, type LonLat } from '../sectorWedge.js'

export interface CellsStyle {
  /** Ground radius of a sector wedge, metres. */
  radiusM: number
  /** Fill colours; a site takes one by the hash of its name, so all its sectors match. */
  palette: readonly Rgba[]
  /** Alpha of the wedge fill, 0–255 (the outline is opaque). */
  fillAlpha: number
  siteColour: Rgba
}

/** Cool hues, kept apart from the red-to-green ramp of the drive-test samples. */
export const defaultCellsStyle: CellsStyle = {
  radiusM: 130,
  palette: [
    [49, 99, 166, 255],
    [118, 82, 176, 255],
    [0, 128, 133, 255],
    [77, 103, 140, 255],
    [160, 74, 138, 255],
    [31, 120, 180, 255],
  ],
  fillAlpha: 150,
  siteColour: [33, 37, 43, 255],
}

/** A cell with its wedge polygon, for the layer and its tooltip. */
export interface CellWedge {
  cell: Cell
  polygon: LonLat[]
  colour: Rgba
}

const hashOf = (text: string): number => {
  let hash = 0
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0
  return Math.abs(hash)
}

/** Wedges for cells: opening = horizontal beamwidth, pointing along the azimuth (north = 0°, clockwise). */
export function cellWedges(cells: readonly Cell[], style: CellsStyle = defaultCellsStyle): CellWedge[] {
  return cells.map((cell) => ({
    cell,
    polygon: sectorWedge(cell.lon, cell.lat, { azimuthDeg: cell.azimuthDeg, openingDeg: cell.hBeamwidthDeg, radiusM: style.radiusM }),
    colour: style.palette[hashOf(cell.site) % style.palette.length] as Rgba,
  }))
}

/** Cell sector wedges (pickable, id `cells`) and a dot per site position (id `cell-sites`). */
export function cellsLayers(wedges: readonly CellWedge[], style: CellsStyle = defaultCellsStyle, visible = true) {
  return [
    new PolygonLayer<CellWedge>({
      id: 'cells',
      data: wedges,
      visible,
      pickable: true,
      stroked: true,
      filled: true,
      getPolygon: (wedge) => wedge.polygon,
      getFillColor: ({ colour: [r, g, b] }) => [r, g, b, style.fillAlpha],
      getLineColor: (wedge) => [...wedge.colour],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.2,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 90],
    }),
    new ScatterplotLayer<CellWedge>({
      id: 'cell-sites',
      data: wedges,
      visible,
      radiusUnits: 'pixels',
      getRadius: 2.5,
      getPosition: (wedge) => [wedge.cell.lon, wedge.cell.lat],
      getFillColor: [...style.siteColour],
    }),
  ]
}
