import { FieldError, measurementRanges, parseCoordinate, parseMeasurement, parseOptionalNumber, isMissing } from '../parseValues.js'
import type { SampleImporter } from '../importer.js'
import { HeaderIndex } from '../tabular/headerIndex.js'
import { readDelimitedTable } from '../tabular/readDelimitedTable.js'

const signature = ['Timestamp', 'Longitude', 'Latitude', 'NetworkMode', 'RSRP', 'DL_bitrate', 'RAWCELLID']

/** `YYYY.MM.DD_hh.mm.ss`, G-NetTrack's local time without zone; read as UTC (Ireland in winter is UTC). */
export function parseGnettrackTimestamp(text: string): number {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})_(\d{2})\.(\d{2})\.(\d{2})$/.exec(text.trim())
  if (m === null) throw new FieldError(`not a G-NetTrack timestamp (YYYY.MM.DD_hh.mm.ss): ${JSON.stringify(text)}`)
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

/**
 * G-NetTrack Pro CSV (one row a second, phone-side radio and throughput). Traps handled: `-` for
 * missing, RSRP −200 and INT_MAX placeholders (outside the 3GPP reporting range → missing), hex
 * columns kept as text, bit rates in kbit/s, longitude before latitude, rows without a GPS fix.
 */
export const gnettrackImporter: SampleImporter = {
  samplesOnly: true,
  format: 'gnettrack',
  kind: 'drivetest',
  description: 'G-NetTrack Pro drive-test CSV',
  detect: (probe) => (new HeaderIndex(probe.header).has(...signature) ? 0.95 : 0),
  async run(context) {
    const table = await readDelimitedTable(context.probe.path)
    const h = new HeaderIndex(table.header)
    const col = {
      time: h.find('Timestamp'), lon: h.find('Longitude'), lat: h.find('Latitude'), speed: h.find('Speed'),
      cellId: h.find('CellID'), mode: h.find('NetworkMode'), rsrp: h.find('RSRP'), rsrq: h.find('RSRQ'), snr: h.find('SNR'),
      cqi: h.find('CQI'), rssi: h.find('RSSI'), dl: h.find('DL_bitrate'), ul: h.find('UL_bitrate'),
      rawCell: h.find('RAWCELLID'), nrRsrp: h.find('NRxRSRP'), nrRsrq: h.find('NRxRSRQ'),
    }
    const write = context.samples
    const field = (row: string[], i: number): string | undefined => (i < 0 ? undefined : row[i])
    let rows = 0
    let withoutFix = 0
    for await (const batch of table.batches) {
      batch.rows.forEach((row, k) => {
        const line = batch.lines[k] as number
        if (row.length !== table.header.length) {
          context.reject(line, '(row)', `expected ${table.header.length} fields, found ${row.length}`)
          return
        }
        let current = 'Timestamp'
        try {
          const timeMs = parseGnettrackTimestamp(row[col.time] as string)
          current = 'Longitude'
          const lon = parseCoordinate(row[col.lon], 'lon')
          current = 'Latitude'
          const lat = parseCoordinate(row[col.lat], 'lat')
          if (lon === null || lat === null || (lon === 0 && lat === 0)) {
            withoutFix++
            return
          }
          current = 'RSRP'
          const rsrpDbm = parseMeasurement(field(row, col.rsrp), measurementRanges.rsrpDbm)
          current = 'RSRQ'
          const rsrqDb = parseMeasurement(field(row, col.rsrq), measurementRanges.rsrqDb)
          current = 'SNR'
          const sinrDb = parseMeasurement(field(row, col.snr), measurementRanges.sinrDb)
          current = 'CQI'
          const cqi = parseMeasurement(field(row, col.cqi), measurementRanges.cqi)
          current = 'RSSI'
          const rssiDbm = parseMeasurement(field(row, col.rssi), measurementRanges.rssiDbm)
          current = 'DL_bitrate'
          const dlKbps = parseOptionalNumber(field(row, col.dl))
          current = 'UL_bitrate'
          const ulKbps = parseOptionalNumber(field(row, col.ul))
          current = 'Speed'
          const speedKmh = parseOptionalNumber(field(row, col.speed))
          current = 'NRxRSRP'
          const nrRsrp = parseMeasurement(field(row, col.nrRsrp), measurementRanges.rsrpDbm)
          current = 'NRxRSRQ'
          const nrRsrq = parseMeasurement(field(row, col.nrRsrq), measurementRanges.rsrqDb)
          const rawCell = field(row, col.rawCell)
          write(
            {
              timeMs, lon, lat, altitudeM: null, altitudeRef: null, cellId: null, pci: null,
              rsrpDbm, rsrqDb, sinrDb, cqi, dlMbps: dlKbps === null ? null : dlKbps / 1000, ulMbps: ulKbps === null ? null : ulKbps / 1000,
              technology: isMissing(field(row, col.mode)) ? null : (field(row, col.mode) as string).trim(),
              cellIdentity: isMissing(rawCell) ? (isMissing(field(row, col.cellId)) ? null : (field(row, col.cellId) as string).trim()) : (rawCell as string).trim(),
              rssiDbm, speedKmh, sourceLine: line,
            },
            nrRsrp === null && nrRsrq === null ? undefined : [{ pci: null, cellIdentity: null, rsrpDbm: nrRsrp, rsrqDb: nrRsrq, rssiDbm: null, pathLossDb: null }],
          )
          rows++
        } catch (error) {
          if (!(error instanceof FieldError)) throw error
          context.reject(line, current, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    if (withoutFix > 0) context.warn(`${withoutFix} rows without a GPS fix were skipped`)
    return { rows }
  },
}
