import { ScatterplotLayer } from '@deck.gl/layers'
import { feasibilityVerdicts, type FeasibilityPoints, type FeasibilityVerdict } from '../../../../core/api/schemas/feasibilitySchemas.js'

/** Verdict colours, RGBA: the same green/amber/red/grey the SLA planner's tables use. */
export const verdictColours: Record<FeasibilityVerdict, readonly [number, number, number, number]> = {
  pass: [34, 160, 90, 235],
  marginal: [230, 160, 30, 235],
  fail: [214, 50, 48, 240],
  'no-data': [140, 140, 150, 200],
}

/** The points of one check as the map draws them: lon, lat, altitude triples and a colour each. */
export interface FeasibilityMapData {
  count: number
  /** lon, lat, height above ground (m) per point: drawn at flight altitude in 3D. */
  positions: Float64Array
  colours: Uint8Array
}

/**
 * The points of a feasibility result at `altitudeM` (null: every altitude), coloured by verdict.
 * Column buffers in, column buffers out: nothing per point as objects.
 */
export function feasibilityMapData(points: FeasibilityPoints, altitudeM: number | null): FeasibilityMapData {
  let count = 0
  for (let i = 0; i < points.count; i++) if (altitudeM === null || points.altitudesM[i] === altitudeM) count++
  const positions = new Float64Array(count * 3)
  const colours = new Uint8Array(count * 4)
  let k = 0
  for (let i = 0; i < points.count; i++) {
    const heightM = points.altitudesM[i] as number
    if (altitudeM !== null && heightM !== altitudeM) continue
    positions.set([points.positions[2 * i] as number, points.positions[2 * i + 1] as number, heightM], 3 * k)
    const verdict = feasibilityVerdicts[points.verdict[i] as number] ?? 'no-data'
    colours.set(verdictColours[verdict], 4 * k)
    k++
  }
  return { count, positions, colours }
}

export const feasibilityLayerId = 'sla-feasibility'

/** Dots of a feasibility check coloured by verdict, at their flight altitude (seen in 3D), above the route they lie on. */
export function feasibilityLayer(data: FeasibilityMapData, visible = true, radiusPx = 5) {
  return new ScatterplotLayer({
    id: feasibilityLayerId,
    visible,
    pickable: false,
    data: {
      length: data.count,
      attributes: {
        getPosition: { value: data.positions, size: 3 },
        getFillColor: { value: data.colours, size: 4, normalized: true },
      },
    },
    billboard: true,
    parameters: { depthCompare: 'always' },
    radiusUnits: 'pixels',
    getRadius: radiusPx,
    stroked: true,
    getLineColor: [255, 255, 255, 150],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
  })
}
