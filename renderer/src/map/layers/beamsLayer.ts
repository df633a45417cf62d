import { PolygonLayer } from '@deck.gl/layers'
import type { Cell, SsbBeam } from '../../../../core/api/schemas/networkSchemas.js'
import { beamPalette } from '../coverageClasses.js'
import { classIndex, type Rgba } from '../metricClasses.js'
import { sectorWedge, type LonLat } from '../sectorWedge.js'

export interface BeamsStyle {
  /** Ground radius of a beam wedge, metres: beyond the cell wedge (130 m) so the fan shows around it. */
  radiusM: number
  /** Alpha of the wedge fill, 0–255 (the outline is more opaque). */
  fillAlpha: number
  lineAlpha: number
  /** Colours by beam index (the best-beam map's), the last one for every index past the palette. */
  palette: readonly Rgba[]
}

export const defaultBeamsStyle: BeamsStyle = { radiusM: 220, fillAlpha: 34, lineAlpha: 180, palette: beamPalette }

/** One SSB beam of a cell with its wedge polygon, for the layer and its tooltip. */
export interface BeamWedge {
  cell: Cell
  beam: SsbBeam
  /** Pointing of the beam on the ground: the cell's azimuth plus the beam's offset, degrees clockwise from north. */
  azimuthDeg: number
  polygon: LonLat[]
  colour: Rgba
}

/** Palette index of a beam: its own colour for indices 0…n−2, the last colour for every higher one. */
const paletteBreaks = (size: number): number[] => Array.from({ length: size - 1 }, (_, i) => i + 1)

/**
 * One thin wedge per SSB beam of every cell: pointing at the cell's azimuth + the beam's azimuth
 * offset, as wide as the beam's horizontal 3 dB beamwidth (the elevation is not drawn on the ground;
 * the tooltip gives it).
 */
export function beamWedges(cells: readonly Cell[], style: BeamsStyle = defaultBeamsStyle): BeamWedge[] {
  const breaks = paletteBreaks(style.palette.length)
  return cells.flatMap((cell) =>
    cell.beams.map((beam) => {
      const azimuthDeg = (((cell.azimuthDeg + beam.azimuthOffsetDeg) % 360) + 360) % 360
      return {
        cell,
        beam,
        azimuthDeg,
        polygon: sectorWedge(cell.lon, cell.lat, { azimuthDeg, openingDeg: beam.hBeamwidthDeg, radiusM: style.radiusM, stepDeg: 2 }),
        colour: style.palette[classIndex(beam.index, breaks)] as Rgba,
      }
    }),
  )
}

/** SSB beam wedges (pickable, id `beams`), drawn over the cell wedges. */
export function beamsLayer(wedges: readonly BeamWedge[], style: BeamsStyle = defaultBeamsStyle, visible = true) {
  return new PolygonLayer<BeamWedge>({
    id: 'beams',
    data: wedges,
    visible,
    pickable: true,
    stroked: true,
    filled: true,
    getPolygon: (wedge) => wedge.polygon,
    getFillColor: ({ colour: [r, g, b] }) => [r, g, b, style.fillAlpha],
    getLineColor: ({ colour: [r, g, b] }) => [r, g, b, style.lineAlpha],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
  })
}
