import { FieldError } from '../parseValues.js'
import { FileRefusal, type SampleImporter, type SampleImportContext } from '../importer.js'
import { HeaderIndex } from '../tabular/headerIndex.js'
import { readDelimitedTable } from '../tabular/readDelimitedTable.js'
import type { TableReader } from '../tabular/tableReader.js'
import { ColumnError } from './fieldReading.js'
import { hasNemoCellColumns, nemoLayout, type NemoLayout } from './nemoLayout.js'
import { NemoSampleGroup, readNemoRow } from './nemoSampleGroup.js'
import { parseTimeOfDayMs } from './parseDriveTestTime.js'

const msPerDay = 86_400_000

/**
 * Flight altitude in metres from a file name that carries it, as the UAV datasets do: `120m.csv` →
 * 120, `140m-1.csv` (a second flight) → 140, `UKM 25m-1repeat.csv` → 25. Null when there is none.
 */
export function altitudeFromFileName(fileName: string): number | null {
  const m = /(?:^|[^\d.])(\d+(?:\.\d+)?)\s*m(?![a-z])/i.exec(fileName.replace(/\.[^.]+$/, ''))
  return m === null ? null : Number(m[1])
}

/**
 * The serving cell's identity for each sample. Nemo writes `Cell identification` only when it has
 * decoded it (on a cell change), so it is carried to the following samples while the serving PCI
 * stays the one it was reported with; a new PCI without a new identity, or an explicit `n/a`, ends it.
 */
function servingCellTracker(): (group: NemoSampleGroup) => string | null {
  let identity: string | null = null
  let boundPci: number | null = null
  return (group) => {
    const pci = group.pcell?.pci ?? null
    if (group.cellIdentification !== undefined) {
      identity = group.cellIdentification
      boundPci = pci
    } else if (identity !== null && pci !== null && boundPci !== null && pci !== boundPci) {
      identity = null
    }
    if (identity !== null && boundPci === null) boundPci = pci
    return identity
  }
}

/** Turns times of day into a running clock: a jump back by more than half a day is the clock passing midnight. */
function runningClock(): (ofDayMs: number) => number {
  let dayOffsetMs = 0
  let previousMs = -1
  return (ofDayMs) => {
    if (previousMs >= 0 && ofDayMs + dayOffsetMs < previousMs - msPerDay / 2) dayOffsetMs += msPerDay
    previousMs = ofDayMs + dayOffsetMs
    return previousMs
  }
}

/** The footer Nemo appends after the data: a blank record, then `Exported Measurements`, then the .nmfs path. */
const isFooterStart = (row: readonly string[]): boolean => row.length === 1 && ['', 'Exported Measurements'].includes((row[0] as string).trim())

/**
 * Nemo (Keysight/Anite) "Exported Measurements" CSV of an LTE scanner or UE, as in the UAV
 * air-to-ground dataset. One sample is spread over consecutive rows with the same `Time`; they are
 * merged into one sample with the serving (pcell) values, `RS SNR` and the `(LTE detected) - k`
 * neighbours. `Time` has no date: time_ms is milliseconds since midnight of the flight's (unknown)
 * day, local time, plus a day after each wrap past midnight. Altitude AGL comes from
 * `--altitude-m` or the file name; a file with neither is refused. Rows before the first GPS fix
 * are skipped with a warning; the footer (blank line, `Exported Measurements`, a path) ends the data.
 */
export const nemoImporter: SampleImporter = {
  samplesOnly: true,
  format: 'nemo',
  kind: 'drivetest',
  description: 'Nemo exported-measurements CSV (LTE pcell and detected cells)',
  detect: (probe) => (new HeaderIndex(probe.header).has('Time', 'Cell identification') && hasNemoCellColumns(probe.header) ? 0.95 : 0),
  async run(context) {
    const { fileName } = context.probe
    const altitudeM = context.options.altitudeM ?? altitudeFromFileName(fileName)
    if (altitudeM === null) {
      throw new FileRefusal(`${fileName}: the flight altitude is neither given nor in the file name (as in 120m.csv); pass --altitude-m N`)
    }
    if (context.options.altitudeM === undefined) context.warn(`altitude ${altitudeM} m AGL taken from the file name`)
    const table = await readDelimitedTable(context.probe.path)
    try {
      const layout = nemoLayout(table.header)
      const missing = Object.entries({ Time: layout.time, Latitude: layout.lat, Longitude: layout.lon }).filter(([, i]) => i < 0)
      if (missing.length > 0) throw new FileRefusal(`${fileName}: no ${missing.map(([name]) => name).join(', ')} column; columns found: ${table.header.join(', ')}`)
      const counts = await importNemoRows(context, table, layout, altitudeM)
      context.warn('Time has no date: time_ms holds milliseconds since midnight (local time of the recording) of an unknown day')
      if (counts.withoutFix > 0) context.warn(`${counts.withoutFix} samples before a GPS fix (no Latitude/Longitude) were skipped`)
      return { rows: counts.rows }
    } finally {
      await table.close()
    }
  },
}

async function importNemoRows(
  context: SampleImportContext,
  table: TableReader,
  layout: NemoLayout,
  altitudeM: number,
): Promise<{ rows: number; withoutFix: number }> {
  const write = context.samples
  const servingCell = servingCellTracker()
  const counts = { rows: 0, withoutFix: 0 }
  let group: NemoSampleGroup | undefined
  const clock = runningClock()
  let inFooter = false
  const flush = (): void => {
    if (group === undefined) return
    const g = group
    group = undefined
    const cellIdentity = servingCell(g)
    if (g.lat === null || g.lon === null) {
      counts.withoutFix++
      return
    }
    write(g.toSample(altitudeM, cellIdentity), g.neighbours ?? undefined)
    counts.rows++
  }
  for await (const batch of table.batches) {
    batch.rows.forEach((row, k) => {
      const line = batch.lines[k] as number
      // Short records after the footer's start are the footer (a path may even hold commas); a full
      // record after a blank line means the blank line was not the footer after all.
      if (isFooterStart(row) || (inFooter && row.length < table.header.length)) {
        inFooter = true
        return
      }
      inFooter = false
      if (row.length !== table.header.length) {
        context.reject(line, '(row)', `expected ${table.header.length} fields, found ${row.length}`)
        return
      }
      const timeText = (row[layout.time] as string).trim()
      try {
        if (group?.timeText !== timeText) {
          const ofDayMs = parseTimeOfDayMs(timeText)
          if (ofDayMs === null) throw new ColumnError('Time', `not a time of day (hh:mm:ss.fff): ${JSON.stringify(timeText)}`)
          flush()
          group = new NemoSampleGroup(timeText, clock(ofDayMs), line)
        }
        group?.add(readNemoRow(row, table.header, layout))
      } catch (error) {
        if (!(error instanceof FieldError)) throw error
        context.reject(line, error instanceof ColumnError ? error.field : '(row)', error.message)
      }
    })
    await context.checkpoint(batch.bytesRead)
  }
  flush()
  return counts
}
