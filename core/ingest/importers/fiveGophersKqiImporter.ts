import { createKqiWriter, type KqiRecord } from '../../db/kpiKqiTables.js'
import { FileRefusal, type Importer, type ImportRunContext } from '../importer.js'
import { FieldError, isMissing, parseOptionalNumber } from '../parseValues.js'
import { readTable } from '../tabular/readTable.js'
import { ColumnError, inColumn, parseBoundedNumber } from './fieldReading.js'
import {
  canonicalProtocol, contextRenames, kqiColumns, matchFiveGophersLayout, perCarrierThroughput, seqColumns,
  type FiveGophersLayout, type KqiColumnSpec,
} from './fiveGophersLayouts.js'

/** A page load above this many "seconds" is taken as milliseconds (no landing page takes 2 minutes on 4G/5G). */
export const pageLoadMsThresholdS = 120

interface ValueColumn extends KqiColumnSpec {
  index: number
  header: string
  /** Divides the published number into the unit (page loads in ms → s: 1000). */
  divisor: number
  carrier: string | null
}

interface FileLayout {
  layout: FiveGophersLayout
  values: ValueColumn[]
  seq: { index: number; header: string } | null
  context: { index: number; key: string }[]
}

function planColumns(header: readonly string[], layout: FiveGophersLayout): FileLayout {
  const values: ValueColumn[] = []
  const context: { index: number; key: string }[] = []
  let seq: FileLayout['seq'] = null
  header.forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, '').trim()
    const spec = kqiColumns[name]
    const carrier = perCarrierThroughput.exec(name)?.[1]
    if (spec !== undefined) values.push({ ...spec, index, header: name, divisor: 1, carrier: null })
    else if (carrier !== undefined) values.push({ kqi: 'throughputMbps', unit: 'Mbit/s', index, header: name, divisor: 1, carrier: carrier.toUpperCase() })
    else if (seq === null && (seqColumns as readonly string[]).includes(name)) seq = { index, header: name }
    else if (name.length > 0) context.push({ index, key: contextRenames[name] ?? name })
  })
  return { layout, values, seq, context }
}

/** Median of a column's numbers over the whole file (a first pass; these files are small). */
async function columnMedian(context: ImportRunContext, index: number): Promise<number> {
  const table = await readTable(context.probe)
  const numbers: number[] = []
  for await (const batch of table.batches) {
    for (const row of batch.rows) {
      const value = Number(row[index])
      if (!isMissing(row[index]) && Number.isFinite(value)) numbers.push(value)
    }
  }
  numbers.sort((a, b) => a - b)
  return numbers.length === 0 ? 0 : (numbers[Math.floor(numbers.length / 2)] as number)
}

function contextOf(fields: readonly string[], plan: FileLayout, carrier: string | null): Record<string, string | number> {
  const context: Record<string, string | number> = { layout: plan.layout.id }
  for (const { index, key } of plan.context) {
    const text = fields[index]
    if (isMissing(text)) continue
    const trimmed = (text as string).trim()
    const number = Number(trimmed)
    if (key === 'protocol') {
      context.protocol = canonicalProtocol(trimmed)
      if (context.protocol !== trimmed) context.protocol_as_published = trimmed
    } else context[key] = Number.isFinite(number) ? number : trimmed
  }
  if (carrier !== null) context.carrier = carrier
  return context
}

function nonNegative(value: number | null): number | null {
  if (value !== null && value < 0) throw new FieldError(`${value} is negative`)
  return value
}

/** The KQI records of one row; empty KQI fields are "not applicable" (README), not errors. */
function recordsOf(fields: readonly string[], plan: FileLayout): KqiRecord[] {
  const seqColumn = plan.seq
  const seq = seqColumn === null ? null : inColumn(seqColumn.header, () => parseBoundedNumber(fields[seqColumn.index], { min: 0, max: 1e9, integer: true }))
  // The LoS file interleaves ICMP (ping) rows with TCP (iperf) rows.
  const icmp = plan.context.some((c) => c.key === 'protocol' && fields[c.index]?.trim().toUpperCase() === 'ICMP')
  const app = icmp ? 'ping' : plan.layout.app
  const records: KqiRecord[] = []
  for (const column of plan.values) {
    const value = inColumn(column.header, () => nonNegative(parseOptionalNumber(fields[column.index])))
    if (value === null) continue
    records.push({
      timeMs: null, seq, app, kqi: column.kqi, value: value / column.divisor, unit: column.unit, cell: null,
      context: contextOf(fields, plan, column.carrier),
    })
  }
  if (records.length === 0) throw new ColumnError(plan.values[0]?.header ?? '(row)', 'no KQI value in this row')
  return records
}

/**
 * Every file of the 5Gophers 1.0 dataset as KQIs: one importer, format `5gophers`, the file's layout
 * recognised by header (fiveGophersLayouts.ts) and recorded in each row's context (`layout`),
 * together with the test conditions (carrier, protocol, server_location, run, num_tcp_conn,
 * radio_type…). Wide car-driving traces give one row per carrier. There is no absolute time
 * (`time_ms` null); `seq` is seq_num, probe_num or record_id. Page loads published in ms under a
 * seconds name are detected by magnitude (median > 120) and stored in seconds, with a warning.
 */
export const fiveGophersKqiImporter: Importer = {
  format: '5gophers',
  kind: 'kqi',
  description: '5Gophers 1.0 measurement files (throughput, RTT, mobility, UE-panel, ping, web page load and download tests)',
  detect: (probe) => (matchFiveGophersLayout(probe.header) === undefined ? 0 : 0.9),
  async run(context) {
    const table = await readTable(context.probe)
    const layout = matchFiveGophersLayout(table.header)
    if (layout === undefined) {
      await table.close()
      throw new FileRefusal(`${context.probe.fileName}: not a 5Gophers layout (header ${table.header.join(',')})`)
    }
    const plan = planColumns(table.header, layout)
    const pageLoad = plan.values.find((v) => v.kqi === 'pageLoadTimeS')
    if (pageLoad !== undefined) {
      const median = await columnMedian(context, pageLoad.index)
      if (median > pageLoadMsThresholdS) {
        pageLoad.divisor = 1000
        context.warn(`${pageLoad.header} holds milliseconds, not seconds (median ${median}): stored as seconds (÷ 1000)`)
      }
    }
    const write = createKqiWriter(context.db, context.importId)
    let rows = 0
    for await (const batch of table.batches) {
      batch.rows.forEach((fields, k) => {
        try {
          const records = recordsOf(fields, plan)
          for (const record of records) write(record)
          rows += records.length
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(batch.lines[k] as number, error.field, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    context.warn(`5Gophers layout ${layout.id}: no absolute time in the file, rows are ordered by ${plan.seq?.header ?? 'file order only'}`)
    return { rows }
  },
}
