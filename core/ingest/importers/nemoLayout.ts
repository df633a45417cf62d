import { HeaderIndex } from '../tabular/headerIndex.js'

/** Column positions of one cell's measurements (-1 where the export has no such column). */
export interface NemoCellColumns {
  pci: number
  rsrp: number
  rsrq: number
  rssi: number
  pathLoss: number
}

/** Where each quantity sits in a Nemo "Exported Measurements" CSV. */
export interface NemoLayout {
  time: number
  lat: number
  lon: number
  cellIdentification: number
  snr: number
  pcell: NemoCellColumns
  /** The `(LTE detected) - k` slots, k ascending; their number varies between files (2 to 14 seen). */
  neighbours: NemoCellColumns[]
}

const detectedColumn = /^(.*?)\s*\(LTE detected\)\s*-\s*(\d+)$/i
const pcellColumn = /^(.*?)\s*\(LTE pcell\)$/i

/** Nemo's metric names (before the `(LTE …)` qualifier) → our cell field. */
const metricFields: Record<string, keyof NemoCellColumns> = {
  'physical cell identity': 'pci',
  rsrp: 'rsrp',
  rsrq: 'rsrq',
  'e-utran carrier rssi': 'rssi',
  rssi: 'rssi',
  pathloss: 'pathLoss',
  'path loss': 'pathLoss',
}

const noColumns = (): NemoCellColumns => ({ pci: -1, rsrp: -1, rsrq: -1, rssi: -1, pathLoss: -1 })

/** True for a header that has Nemo's serving-cell or detected-cell columns. */
export function hasNemoCellColumns(header: readonly string[]): boolean {
  return header.some((h) => pcellColumn.test(h.trim()) || detectedColumn.test(h.trim()))
}

/** Finds the columns by name and pattern: no position is assumed, as the width differs per file. */
export function nemoLayout(header: readonly string[]): NemoLayout {
  const h = new HeaderIndex(header)
  const pcell = noColumns()
  const slots = new Map<number, NemoCellColumns>()
  header.forEach((name, i) => {
    const trimmed = name.trim()
    const detected = detectedColumn.exec(trimmed)
    const serving = detected === null ? pcellColumn.exec(trimmed) : null
    const metric = HeaderIndex.normalise((detected ?? serving)?.[1] ?? '')
    const field = metricFields[metric]
    if (field === undefined) return
    if (serving !== null) {
      if (pcell[field] < 0) pcell[field] = i
      return
    }
    const slot = Number(detected?.[2])
    const columns = slots.get(slot) ?? noColumns()
    if (columns[field] < 0) columns[field] = i
    slots.set(slot, columns)
  })
  return {
    time: h.find('Time'),
    lat: h.find('Latitude', 'Lat'),
    lon: h.find('Longitude', 'Lon'),
    cellIdentification: h.find('Cell identification', 'Cell identity'),
    snr: h.find('RS SNR', 'RS SINR', 'SINR (LTE pcell)', 'RS SINR (LTE pcell)'),
    pcell,
    neighbours: [...slots.entries()].sort(([a], [b]) => a - b).map(([, columns]) => columns),
  }
}
