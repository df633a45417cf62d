import type { SeededRandom } from './seededRandom.js'

/** A vertex or sample position in local east/north metres. */
export type LocalPoint = [eastM: number, northM: number]

export interface DrivePoint {
  timeMs: number
  eastM: number
  northM: number
}

/** Serpentine columns of the loop; the grid of sites spans about ±1650 m east and ±1040 m north. */
const loopColumns = 8
const loopWidthM = 3000
const topStreetNorthM = 850
const lowStreetNorthM = -500
const returnStreetNorthM = -850

/**
 * A closed, street-like drive loop through the site grid, in local metres (first vertex repeated
 * last): north up the west avenue, a serpentine of north–south avenues joined alternately by a
 * northern and a middle street, and back west along a southern boulevard — about 17–19 km. Avenues
 * jog sideways once or twice, the whole grid is turned by a few degrees, as city streets are.
 */
export function buildDriveLoop(random: SeededRandom): LocalPoint[] {
  const columnSpacingM = loopWidthM / (loopColumns - 1)
  const avenueEastM = Array.from({ length: loopColumns }, (_, i) => -loopWidthM / 2 + i * columnSpacingM + random.uniform(-60, 60))
  const returnNorthM = returnStreetNorthM + random.uniform(-40, 40)
  const points: LocalPoint[] = [[avenueEastM[0] as number, returnNorthM]]
  let eastM = avenueEastM[0] as number
  for (let column = 0; column < loopColumns; column++) {
    const goingNorth = column % 2 === 0
    const isLast = column === loopColumns - 1
    const targetNorthM = isLast
      ? returnNorthM
      : (goingNorth ? topStreetNorthM : lowStreetNorthM) + random.uniform(-80, 80)
    eastM = appendAvenue(points, eastM, targetNorthM, random)
    if (!isLast) {
      eastM = (avenueEastM[column + 1] as number)
      points.push([eastM, targetNorthM])
    }
  }
  points.push([avenueEastM[0] as number, returnNorthM])
  return turnAndShift(points, random)
}

/** Drives along an avenue from the last point to `targetNorthM`, with a sideways jog of 40–120 m on the way. */
function appendAvenue(points: LocalPoint[], eastM: number, targetNorthM: number, random: SeededRandom): number {
  const [, fromNorthM] = points[points.length - 1] as LocalPoint
  const jogNorthM = fromNorthM + (targetNorthM - fromNorthM) * random.uniform(0.3, 0.7)
  const jogEastM = (random.chance(0.5) ? 1 : -1) * random.uniform(40, 120)
  const slantM = Math.sign(targetNorthM - fromNorthM) * 30
  points.push([eastM, jogNorthM], [eastM + jogEastM, jogNorthM + slantM], [eastM + jogEastM, targetNorthM])
  return eastM + jogEastM
}

function turnAndShift(points: LocalPoint[], random: SeededRandom): LocalPoint[] {
  const angleRad = (random.uniform(-8, 8) * Math.PI) / 180
  const shiftEastM = random.uniform(-100, 100)
  const shiftNorthM = random.uniform(-60, 60)
  const cos = Math.cos(angleRad)
  const sin = Math.sin(angleRad)
  return points.map(([e, n]) => [e * cos - n * sin + shiftEastM, e * sin + n * cos + shiftNorthM])
}

export interface DriveSamplingOptions {
  /** Time of the first sample, ms since the Unix epoch. */
  startMs: number
  /** Logging interval; 1000 ms, the usual 1 Hz drive-test log. */
  intervalMs?: number
}

/**
 * Positions of a vehicle driving the loop once, one per logging interval: each leg at its own
 * cruising speed of 8–12 m/s, and at 40 % of the turns a wait of 5–30 s (traffic lights), during
 * which the logger keeps writing at the same place.
 */
export function sampleDriveLoop(loop: readonly LocalPoint[], random: SeededRandom, options: DriveSamplingOptions): DrivePoint[] {
  const intervalMs = options.intervalMs ?? 1000
  const legs = loop.slice(1).map((end, i) => legBetween(loop[i] as LocalPoint, end, random))
  const samples: DrivePoint[] = []
  let leg = 0
  let alongM = 0
  let waitS = 0
  for (let tick = 0; leg < legs.length; tick++) {
    const current = legs[leg] as Leg
    samples.push({ timeMs: options.startMs + tick * intervalMs, ...pointOnLeg(current, alongM) })
    if (waitS > 0) {
      waitS--
      continue
    }
    let remainingM = (current.speedMps * intervalMs) / 1000
    while (remainingM > 0 && leg < legs.length) {
      const active = legs[leg] as Leg
      const leftM = active.lengthM - alongM
      if (remainingM < leftM) {
        alongM += remainingM
        break
      }
      remainingM -= leftM
      leg++
      alongM = 0
      if (leg < legs.length && (legs[leg] as Leg).stopS > 0) {
        waitS = (legs[leg] as Leg).stopS
        break
      }
    }
  }
  const [lastEastM, lastNorthM] = loop[loop.length - 1] as LocalPoint
  samples.push({ timeMs: options.startMs + samples.length * intervalMs, eastM: lastEastM, northM: lastNorthM })
  return samples
}

interface Leg {
  from: LocalPoint
  to: LocalPoint
  lengthM: number
  speedMps: number
  /** Wait at the start of this leg, seconds. */
  stopS: number
}

function legBetween(from: LocalPoint, to: LocalPoint, random: SeededRandom): Leg {
  const lengthM = Math.hypot(to[0] - from[0], to[1] - from[1])
  const stopS = random.chance(0.4) ? random.integer(5, 30) : 0
  return { from, to, lengthM, speedMps: random.uniform(8, 12), stopS }
}

function pointOnLeg(leg: Leg, alongM: number): { eastM: number; northM: number } {
  const fraction = leg.lengthM === 0 ? 0 : Math.min(1, alongM / leg.lengthM)
  return {
    eastM: leg.from[0] + (leg.to[0] - leg.from[0]) * fraction,
    northM: leg.from[1] + (leg.to[1] - leg.from[1]) * fraction,
  }
}
