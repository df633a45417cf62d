import { feasibilityVerdicts, type FeasibilityVerdict } from '../api/schemas/feasibilitySchemas.js'
import { localTangentPlane } from '../geo/localTangentPlane.js'

/** Fill colours of the verdicts (pass, marginal, fail, no data), shared by maps, charts and legends. */
export const verdictColours: Readonly<Record<FeasibilityVerdict, string>> = { pass: '#2e7d32', marginal: '#f9a825', fail: '#c62828', 'no-data': '#9e9e9e' }

/** The font family every report SVG names; the HTML embeds it as @font-face, the PDF maps it to its registered font. */
export const reportFontFamily = 'Noto Sans SC'

export interface VerdictMapInput {
  /** Point positions, degrees, and their verdict codes (index into feasibilityVerdicts), one layer. */
  lon: ArrayLike<number>
  lat: ArrayLike<number>
  verdict: ArrayLike<number>
  /** Draw a line through the points in order (a route) rather than loose points only. */
  joinPoints: boolean
  /** The area's ring, [lon, lat] degrees, drawn as an outline; omit for routes. */
  ring?: readonly (readonly [number, number])[]
  cells: readonly { name: string; lon: number; lat: number; azimuthDeg: number }[]
  /** Cells to name on the map (those serving offending segments). */
  highlightCells: ReadonlySet<string>
  /** Legend texts by verdict, and the "N" of the north arrow. */
  legend: Readonly<Record<FeasibilityVerdict, string>>
  widthPx: number
  heightPx: number
}

const paddingPx = 28
const legendRowPx = 14

/**
 * A vector map of one altitude layer: the points coloured by verdict on a local east/north plane
 * (equirectangular, core/geo/localTangentPlane.ts: well under 0.1 % error over a planning area),
 * cells nearby as triangles pointing along their azimuth, a scale bar and a north arrow. North is up.
 * Returns an SVG document (no external references).
 */
export function verdictMapSvg(input: VerdictMapInput): string {
  const { widthPx: w, heightPx: h } = input
  const box = extent(input.lon, input.lat, input.ring)
  const plane = localTangentPlane((box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2)
  const halfEastM = Math.max(plane.toEastM(box.maxLon), 50)
  const halfNorthM = Math.max(plane.toNorthM(box.maxLat), 50)
  // Cells within a 15 % margin around the points are drawn; farther ones would shrink the map.
  const marginM = 0.15 * Math.max(halfEastM, halfNorthM)
  const mapHeightPx = h - legendRowPx - 8
  const scale = Math.min((w - 2 * paddingPx) / (2 * (halfEastM + marginM)), (mapHeightPx - 2 * paddingPx) / (2 * (halfNorthM + marginM)))
  const x = (lon: number): number => w / 2 + plane.toEastM(lon) * scale
  const y = (lat: number): number => mapHeightPx / 2 - plane.toNorthM(lat) * scale
  const parts: string[] = [`<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="#ffffff" stroke="#b0bec5"/>`]
  if (input.ring !== undefined && input.ring.length > 2) {
    parts.push(`<polygon points="${input.ring.map(([lon, lat]) => `${f(x(lon))},${f(y(lat))}`).join(' ')}" fill="#eceff1" stroke="#607d8b" stroke-width="1"/>`)
  }
  if (input.joinPoints && input.lon.length > 1) {
    const path = Array.from({ length: input.lon.length }, (_, i) => `${f(x(input.lon[i] as number))},${f(y(input.lat[i] as number))}`).join(' ')
    parts.push(`<polyline points="${path}" fill="none" stroke="#90a4ae" stroke-width="1"/>`)
  }
  const inView = (lon: number, lat: number): boolean => Math.abs(plane.toEastM(lon)) <= halfEastM + marginM && Math.abs(plane.toNorthM(lat)) <= halfNorthM + marginM
  for (const cell of input.cells) {
    if (!inView(cell.lon, cell.lat)) continue
    const highlighted = input.highlightCells.has(cell.name)
    parts.push(cellTriangle(x(cell.lon), y(cell.lat), cell.azimuthDeg, highlighted))
    if (highlighted) parts.push(`<text x="${f(x(cell.lon) + 6)}" y="${f(y(cell.lat) - 5)}" font-size="8" fill="#263238">${escapeXml(cell.name)}</text>`)
  }
  const radiusPx = input.lon.length > 2000 ? 1.4 : 2.2
  for (let i = 0; i < input.lon.length; i++) {
    const verdict = feasibilityVerdicts[input.verdict[i] as number] ?? 'no-data'
    parts.push(`<circle cx="${f(x(input.lon[i] as number))}" cy="${f(y(input.lat[i] as number))}" r="${radiusPx}" fill="${verdictColours[verdict]}"/>`)
  }
  parts.push(scaleBar(scale, h - legendRowPx - 14), northArrow(w - 18, 14), legend(input.legend, w, h))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${reportFontFamily}">${parts.join('')}</svg>`
}

function extent(lon: ArrayLike<number>, lat: ArrayLike<number>, ring: VerdictMapInput['ring']): { minLon: number; maxLon: number; minLat: number; maxLat: number } {
  const lons = [...Array.from(lon), ...(ring ?? []).map((p) => p[0])].filter(Number.isFinite)
  const lats = [...Array.from(lat), ...(ring ?? []).map((p) => p[1])].filter(Number.isFinite)
  if (lons.length === 0) throw new RangeError('a verdict map needs at least one point with a finite position')
  return { minLon: Math.min(...lons), maxLon: Math.max(...lons), minLat: Math.min(...lats), maxLat: Math.max(...lats) }
}

/** A small triangle at the site whose tip points along the azimuth (clockwise from north). */
function cellTriangle(cx: number, cy: number, azimuthDeg: number, highlighted: boolean): string {
  const a = (azimuthDeg * Math.PI) / 180
  const along = (d: number, side: number): string => `${f(cx + d * Math.sin(a) + side * Math.cos(a))},${f(cy - d * Math.cos(a) + side * Math.sin(a))}`
  const fill = highlighted ? '#1565c0' : '#78909c'
  return `<polygon points="${along(7, 0)} ${along(-3, 3.5)} ${along(-3, -3.5)}" fill="${fill}" fill-opacity="0.85"/>`
}

/** A bar of a round length (1, 2 or 5 × 10^k m) near a fifth of the map's width. */
function scaleBar(pxPerM: number, yPx: number): string {
  const wantedM = 120 / pxPerM
  const power = 10 ** Math.floor(Math.log10(wantedM))
  const lengthM = [5, 2, 1].map((k) => k * power).find((m) => m <= wantedM) ?? power
  const lengthPx = lengthM * pxPerM
  const label = lengthM >= 1000 ? `${lengthM / 1000} km` : `${lengthM} m`
  const x0 = 12
  return (
    `<rect x="${x0}" y="${f(yPx)}" width="${f(lengthPx)}" height="4" fill="#263238"/>` +
    `<rect x="${f(x0 + lengthPx / 2)}" y="${f(yPx)}" width="${f(lengthPx / 2)}" height="4" fill="#ffffff" stroke="#263238" stroke-width="0.6"/>` +
    `<text x="${x0}" y="${f(yPx - 3)}" font-size="9" fill="#263238">${label}</text>`
  )
}

function northArrow(xPx: number, yPx: number): string {
  return `<polygon points="${xPx},${yPx} ${xPx - 5},${yPx + 14} ${xPx},${yPx + 10} ${xPx + 5},${yPx + 14}" fill="#263238"/><text x="${xPx}" y="${yPx + 25}" font-size="9" text-anchor="middle" fill="#263238">N</text>`
}

function legend(texts: VerdictMapInput['legend'], w: number, h: number): string {
  const y = h - 8
  let xPx = w - 8 - feasibilityVerdicts.length * 74
  const parts = feasibilityVerdicts.map((verdict) => {
    const item = `<circle cx="${xPx + 4}" cy="${y - 3}" r="4" fill="${verdictColours[verdict]}"/><text x="${xPx + 11}" y="${y}" font-size="9" fill="#263238">${escapeXml(texts[verdict])}</text>`
    xPx += 74
    return item
  })
  return parts.join('')
}

const f = (value: number): string => (Math.round(value * 10) / 10).toString()

/** Text safe inside SVG or HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}
