import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers'
import type { Rgba } from '../map/metricClasses.js'
import { causeColours, dominantCause, type ExperienceProblem } from './causeDomains.js'
import { problemKey, problemPlace } from './problemPlace.js'

/** A problem as the Experience map draws it: at its place, sized by impact, coloured by its dominant cause. */
export interface ProblemMarker {
  key: string
  problem: ExperienceProblem
  lon: number
  lat: number
  radiusPx: number
  colour: Rgba
  selected: boolean
}

/** Alpha of a marker's fill, 0–255: the cells under it stay visible. */
const markerAlpha = 210

export interface ProblemMarkersStyle {
  /** Radius of the smallest and of the largest impact, px. */
  minRadiusPx: number
  maxRadiusPx: number
  /** Outline of every marker, and of the selected one (drawn wider). */
  lineColour: Rgba
  selectedLineColour: Rgba
  selectedLineWidthPx: number
}

export const defaultProblemMarkersStyle: ProblemMarkersStyle = {
  minRadiusPx: 6,
  maxRadiusPx: 22,
  lineColour: [255, 255, 255, 230],
  selectedLineColour: [20, 24, 31, 255],
  selectedLineWidthPx: 3,
}

/**
 * The markers of the problems with a known place: the radius grows with the square root of the impact
 * (so the area of a marker is proportional to it), between the style's limits; the selected one last, on top.
 */
export function problemMarkers(problems: readonly ExperienceProblem[], selectedKey: string | null, style = defaultProblemMarkersStyle): ProblemMarker[] {
  const maxImpact = Math.max(0, ...problems.map((problem) => problem.impact))
  const markers = problems.flatMap((problem): ProblemMarker[] => {
    const place = problemPlace(problem)
    if (place === null) return []
    const scale = maxImpact > 0 ? Math.sqrt(Math.max(0, problem.impact) / maxImpact) : 0
    const domain = dominantCause(problem.causes)?.domain ?? 'unknown'
    const [r, g, b] = causeColours[domain]
    const key = problemKey(problem)
    return [{
      key, problem, lon: place.lon, lat: place.lat,
      radiusPx: style.minRadiusPx + scale * (style.maxRadiusPx - style.minRadiusPx),
      colour: [r, g, b, markerAlpha],
      selected: key === selectedKey,
    }]
  })
  return markers.sort((a, b) => Number(a.selected) - Number(b.selected))
}

export const problemMarkersLayerId = 'experience-problems'

/** The problem markers (pickable, id `experience-problems`): translucent discs, the selected one ringed in black. */
export function problemMarkersLayer(markers: readonly ProblemMarker[], style = defaultProblemMarkersStyle) {
  return new ScatterplotLayer<ProblemMarker>({
    id: problemMarkersLayerId,
    data: markers,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (marker) => [marker.lon, marker.lat],
    getRadius: (marker) => marker.radiusPx,
    getFillColor: (marker) => [...marker.colour],
    getLineColor: (marker) => [...(marker.selected ? style.selectedLineColour : style.lineColour)],
    // A new selection makes new markers (a new data array): every accessor runs again, no update triggers needed.
    getLineWidth: (marker) => (marker.selected ? style.selectedLineWidthPx : 1.5),
  })
}

/** The outline of the selected area problem (its task area or geohash square); nothing for a cell. */
export function selectedAreaLayer(problem: ExperienceProblem | null, style = defaultProblemMarkersStyle) {
  const ring = problem === null ? null : (problemPlace(problem)?.ring ?? null)
  if (ring === null) return null
  return new PolygonLayer<{ ring: [number, number][] }>({
    id: 'experience-selected-area',
    data: [{ ring }],
    stroked: true,
    filled: false,
    getPolygon: (item) => item.ring,
    getLineColor: [...style.selectedLineColour],
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
  })
}
