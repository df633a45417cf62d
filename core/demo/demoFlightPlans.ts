import type { Area, Route } from '../api/schemas/layerSchemas.js'
import type { LocalFrame } from './localFrame.js'
import type { LocalPoint } from './demoDriveRoute.js'
import type { SeededRandom } from './seededRandom.js'
import { roundTo } from './roundTo.js'

export type DemoRoute = Omit<Route, 'lengthM'>

function toRoute(name: string, altitudeM: number, points: readonly LocalPoint[], frame: LocalFrame): DemoRoute {
  return {
    name,
    altitudeRef: 'AGL',
    points: points.map(([eastM, northM]) => {
      const [lon, lat] = frame.toLonLat(eastM, northM)
      return [roundTo(lon, 6), roundTo(lat, 6), altitudeM]
    }),
  }
}

/**
 * "Drone patrol 60 m": a zig-zag from the south-west to the north-east corner of the grid, 10
 * vertices and about 5.5–6.5 km, flown at a constant 60 m above ground — below most rooftops of a CBD,
 * where drones are served by the main lobes.
 */
export function buildLowPatrol(random: SeededRandom, frame: LocalFrame): DemoRoute {
  const vertexCount = 10
  const points: LocalPoint[] = []
  for (let i = 0; i < vertexCount; i++) {
    const fraction = i / (vertexCount - 1)
    const side = i % 2 === 0 ? -1 : 1
    const eastM = -1600 + 3200 * fraction + random.uniform(-60, 60)
    const northM = -700 + 1400 * fraction + side * random.uniform(200, 320)
    points.push([eastM, northM])
  }
  return toRoute('Drone patrol 60 m', 60, points, frame)
}

/**
 * "Drone patrol 120 m": a closed patrol around the centre of the grid (12 vertices on a jittered
 * 1100 m × 650 m ellipse, first vertex repeated last), about 5–6 km at a constant 120 m above
 * ground — above the rooftops, where side lobes and many cells are seen at once.
 */
export function buildHighPatrol(random: SeededRandom, frame: LocalFrame): DemoRoute {
  const vertexCount = 12
  const startRad = random.uniform(0, 2 * Math.PI)
  const points: LocalPoint[] = []
  for (let i = 0; i < vertexCount; i++) {
    const angleRad = startRad + (2 * Math.PI * i) / vertexCount
    const scale = random.uniform(0.9, 1.1)
    points.push([1100 * scale * Math.cos(angleRad), 650 * scale * Math.sin(angleRad)])
  }
  points.push(points[0] as LocalPoint)
  return toRoute('Drone patrol 120 m', 120, points, frame)
}

/**
 * "Task area A": an 8-vertex star-shaped (hence simple) polygon of about 1.3–2.2 km² north-east of the
 * centre, flown between 30 and 150 m above ground. The ring is closed, first vertex repeated last,
 * as GeoJSON writes polygons (RFC 7946 §3.1.6).
 */
export function buildTaskArea(random: SeededRandom, frame: LocalFrame): Area {
  const vertexCount = 8
  const centreEastM = 350 + random.uniform(-100, 100)
  const centreNorthM = 150 + random.uniform(-60, 60)
  const ring: [number, number][] = []
  for (let i = 0; i < vertexCount; i++) {
    const angleRad = (2 * Math.PI * (i + random.uniform(-0.2, 0.2))) / vertexCount
    const radiusM = 800 * random.uniform(0.85, 1.1)
    const [lon, lat] = frame.toLonLat(centreEastM + radiusM * Math.cos(angleRad), centreNorthM + radiusM * Math.sin(angleRad))
    ring.push([roundTo(lon, 6), roundTo(lat, 6)])
  }
  ring.push(ring[0] as [number, number])
  return { name: 'Task area A', altitudeRef: 'AGL', minAltitudeM: 30, maxAltitudeM: 150, ring }
}
