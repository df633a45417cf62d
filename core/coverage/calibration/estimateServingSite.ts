import { localTangentPlane, type LocalTangentPlane } from '../../geo/localTangentPlane.js'

/**
 * One row of a measurement table that gives, per sample, the geometry towards the serving antenna
 * (as the authors' table of the UAV LTE dataset does): UAV position, 2D and 3D distance, elevation
 * and azimuth angle, the serving cell, and the flight altitude when known.
 */
export interface SiteGeometryRow {
  lon: number
  lat: number
  /** Ground distance UAV–antenna, m. */
  distance2dM: number
  /** Slant distance UAV–antenna, m. */
  distance3dM: number
  elevationDeg: number
  azimuthDeg: number
  /** The serving cell as the table names it (the PCI in the UAV dataset), or null. */
  cellId: number | null
  /** Flight altitude above ground, m, or null when the row cannot be tied to a flight. */
  altitudeM: number | null
}

/** The reference direction of a cell's azimuth angles: azimuth = |bearing(site → UAV) − boresight|. */
export interface SectorEstimate {
  cellId: number
  /** Clockwise from north, degrees, 0…360. */
  boresightDeg: number
  /** Median |azimuth − |bearing − boresight||, degrees. */
  spreadDeg: number
  samples: number
}

/** Where the serving antenna stands, and how well the rows agree with it. */
export interface ServingSiteEstimate {
  lon: number
  lat: number
  /** Antenna height above ground, m; null when no row has a flight altitude steep enough to tell. */
  heightM: number | null
  /** RMS of (distance from the estimate − the row's 2D distance) over the rows kept, m. */
  spreadM: number
  /** Rows the position rests on (outliers beyond 5 scaled MADs, and at least 1 m, left out). */
  samples: number
  /** Median |row height − heightM| over the rows the height rests on, m. */
  heightSpreadM: number | null
  heightSamples: number
  /** Median of elevation − atan((altitude − heightM) / d2D), degrees: the tilt of the elevation's reference. */
  elevationOffsetDeg: number | null
  /** Median |residual| of the elevations about that offset, degrees. */
  elevationSpreadDeg: number | null
  sectors: SectorEstimate[]
}

const degree = Math.PI / 180

/**
 * Estimates the serving site from per-sample geometry rows.
 * - Position: the point whose distance to each UAV position best matches the rows' 2D distances
 *   (trilateration: a linear least-squares start, Gauss–Newton refinement, one pass dropping rows
 *   beyond 5 scaled median absolute deviations), in a local plane around the rows.
 * - Height: the h minimising Σ |√(d2D² + (altitude − h)²) − d3D| over rows with a flight altitude
 *   and d2D ≤ altitude (the UAV at least 45° up from the foot of the mast, where the 3D distance
 *   differs enough from the 2D one to carry the height); on a tie the lower h.
 * - Checks: the elevation angles' offset from atan((altitude − h)/d2D), and per cell the boresight φ
 *   for which azimuth = |bearing(site → UAV) − φ| (so the azimuth's convention can be read off).
 * @throws RangeError when fewer than 3 rows have finite positions and distances
 */
export function estimateServingSite(rows: readonly SiteGeometryRow[]): ServingSiteEstimate {
  const usable = rows.filter((r) => [r.lon, r.lat, r.distance2dM].every(Number.isFinite))
  if (usable.length < 3) throw new RangeError(`rows must hold at least 3 samples with a position and a 2D distance, not ${usable.length}`)
  const plane = localTangentPlane(mean(usable.map((r) => r.lon)), mean(usable.map((r) => r.lat)))
  const points = usable.map((r) => ({ x: plane.toEastM(r.lon), y: plane.toNorthM(r.lat), d: r.distance2dM }))
  let site = refineSite(points, linearSite(points))
  let residuals = points.map((p) => Math.hypot(p.x - site.x, p.y - site.y) - p.d)
  const centre = median(residuals)
  const limitM = Math.max(1, 5 * 1.4826 * median(residuals.map((r) => Math.abs(r - centre))))
  const kept = points.filter((_, i) => Math.abs((residuals[i] as number) - centre) <= limitM)
  site = refineSite(kept, site)
  residuals = kept.map((p) => Math.hypot(p.x - site.x, p.y - site.y) - p.d)
  const spreadM = Math.sqrt(mean(residuals.map((r) => r * r)))

  const height = estimateHeight(usable)
  const elevation = height === null ? null : elevationCheck(usable, height.heightM)
  return {
    lon: plane.toLon(site.x),
    lat: plane.toLat(site.y),
    heightM: height?.heightM ?? null,
    spreadM,
    samples: kept.length,
    heightSpreadM: height?.spreadM ?? null,
    heightSamples: height?.samples ?? 0,
    elevationOffsetDeg: elevation?.offsetDeg ?? null,
    elevationSpreadDeg: elevation?.spreadDeg ?? null,
    sectors: estimateSectors(usable, plane, site),
  }
}

interface PlanePoint {
  x: number
  y: number
  /** The row's 2D distance, m. */
  d: number
}

/** Linear trilateration: subtracting the mean of |p − s|² = d² removes |s|², leaving 2 equations in s. */
function linearSite(points: readonly PlanePoint[]): { x: number; y: number } {
  const mx = mean(points.map((p) => p.x))
  const my = mean(points.map((p) => p.y))
  const mq = mean(points.map((p) => p.x * p.x + p.y * p.y - p.d * p.d))
  let axx = 0
  let axy = 0
  let ayy = 0
  let bx = 0
  let by = 0
  for (const p of points) {
    const ax = 2 * (p.x - mx)
    const ay = 2 * (p.y - my)
    const b = p.x * p.x + p.y * p.y - p.d * p.d - mq
    axx += ax * ax
    axy += ax * ay
    ayy += ay * ay
    bx += ax * b
    by += ay * b
  }
  const det = axx * ayy - axy * axy
  return { x: (ayy * bx - axy * by) / det, y: (axx * by - axy * bx) / det }
}

/** Gauss–Newton on r = |p − s| − d until a step is below a millimetre (at most 50 steps). */
function refineSite(points: readonly PlanePoint[], start: { x: number; y: number }): { x: number; y: number } {
  let { x, y } = start
  for (let iteration = 0; iteration < 50; iteration++) {
    let jxx = 0
    let jxy = 0
    let jyy = 0
    let gx = 0
    let gy = 0
    for (const p of points) {
      const range = Math.max(Math.hypot(p.x - x, p.y - y), 1e-9)
      const ux = (x - p.x) / range
      const uy = (y - p.y) / range
      const r = range - p.d
      jxx += ux * ux
      jxy += ux * uy
      jyy += uy * uy
      gx += ux * r
      gy += uy * r
    }
    const det = jxx * jyy - jxy * jxy
    const stepX = -(jyy * gx - jxy * gy) / det
    const stepY = -(jxx * gy - jxy * gx) / det
    x += stepX
    y += stepY
    if (Math.hypot(stepX, stepY) < 1e-3) break
  }
  return { x, y }
}

/** The antenna height from the 3D and 2D distances of steep rows with a flight altitude (see estimateServingSite). */
function estimateHeight(rows: readonly SiteGeometryRow[]): { heightM: number; spreadM: number; samples: number } | null {
  const steep = rows.filter((r) => r.altitudeM !== null && Number.isFinite(r.distance3dM) && r.distance2dM <= r.altitudeM)
  if (steep.length === 0) return null
  const cost = (h: number): number => steep.reduce((sum, r) => sum + Math.abs(Math.hypot(r.distance2dM, (r.altitudeM as number) - h) - r.distance3dM), 0)
  const search = (from: number, to: number, step: number): number => {
    let best = from
    let bestCost = cost(from)
    for (let k = 1; from + k * step <= to + 1e-9; k++) {
      const c = cost(from + k * step)
      if (c < bestCost) [best, bestCost] = [from + k * step, c]
    }
    return best
  }
  const coarse = search(0, Math.max(...steep.map((r) => r.altitudeM as number)) + 100, 0.5)
  const heightM = search(Math.max(0, coarse - 0.5), coarse + 0.5, 0.001)
  // Each row gives altitude ∓ √(d3D² − d2D²); take the sign nearer the joint estimate.
  const deviations = steep.map((r) => {
    const dh = Math.sqrt(Math.max(0, r.distance3dM ** 2 - r.distance2dM ** 2))
    const alt = r.altitudeM as number
    return Math.min(Math.abs(alt - dh - heightM), Math.abs(alt + dh - heightM))
  })
  return { heightM, spreadM: median(deviations), samples: steep.length }
}

function elevationCheck(rows: readonly SiteGeometryRow[], heightM: number): { offsetDeg: number; spreadDeg: number } | null {
  const offsets = rows
    .filter((r) => r.altitudeM !== null && Number.isFinite(r.elevationDeg))
    .map((r) => r.elevationDeg - Math.atan2((r.altitudeM as number) - heightM, r.distance2dM) / degree)
  if (offsets.length === 0) return null
  const offsetDeg = median(offsets)
  return { offsetDeg, spreadDeg: median(offsets.map((o) => Math.abs(o - offsetDeg))) }
}

/** Per cell, the boresight φ that best explains azimuth = |bearing − φ| (L1; a 1° scan, then 0.01° around the best). */
function estimateSectors(rows: readonly SiteGeometryRow[], plane: LocalTangentPlane, site: { x: number; y: number }): SectorEstimate[] {
  const byCell = new Map<number, { bearingDeg: number; azimuthDeg: number }[]>()
  for (const r of rows) {
    if (r.cellId === null || !Number.isFinite(r.azimuthDeg)) continue
    const bearingDeg = Math.atan2(plane.toEastM(r.lon) - site.x, plane.toNorthM(r.lat) - site.y) / degree
    const list = byCell.get(r.cellId) ?? []
    list.push({ bearingDeg, azimuthDeg: r.azimuthDeg })
    byCell.set(r.cellId, list)
  }
  return [...byCell.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cellId, list]) => {
      const misfit = (phi: number): number[] => list.map((s) => Math.abs(Math.abs(wrap180(s.bearingDeg - phi)) - s.azimuthDeg))
      const cost = (phi: number): number => list.reduce((sum, s) => sum + Math.abs(Math.abs(wrap180(s.bearingDeg - phi)) - s.azimuthDeg), 0)
      let best = { phi: 0, cost: cost(0) }
      const consider = (phi: number): void => {
        const c = cost(phi)
        if (c < best.cost) best = { phi, cost: c }
      }
      for (let phi = 1; phi < 360; phi++) consider(phi)
      const coarse = best.phi
      for (let k = -100; k <= 100; k++) consider(coarse + k / 100)
      const boresightDeg = ((best.phi % 360) + 360) % 360
      return { cellId, boresightDeg, spreadDeg: median(misfit(boresightDeg)), samples: list.length }
    })
}

const wrap180 = (deg: number): number => ((((deg + 180) % 360) + 360) % 360) - 180

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
