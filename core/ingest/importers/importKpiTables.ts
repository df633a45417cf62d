import { createKpiWriter, type KpiWriter } from '../../db/kpiKqiTables.js'
import type { ImportRunContext } from '../importer.js'
import { FieldError } from '../parseValues.js'
import type { TableReader } from '../tabular/tableReader.js'
import { ColumnError, inColumn, optionalText } from './fieldReading.js'
import { kpiDescriptiveHeaders, type KpiField } from './kpiColumnSynonyms.js'
import { parseKpiValue } from './parseKpiValue.js'
import { parseTimestampMs } from './parseTimestampMs.js'
import { splitHeader, type ResolvedColumns } from './resolveColumns.js'

/** Rejects a unit that contradicts the counter's stored one: one counter, one unit, project-wide. */
function unitConflict(writer: KpiWriter, counter: string, unit: string | null): string | undefined {
  const stored = writer.unitOf(counter)
  if (stored === undefined || stored === null || unit === null || stored === unit) return undefined
  return `counter ${counter} is in ${stored} in the project, this row gives ${unit}`
}

function readTimeAndCell(fields: readonly string[], cols: ResolvedColumns<KpiField>): { timeMs: number; cell: string } {
  const timeMs = inColumn(cols.name.time, () => parseTimestampMs(fields[cols.index.time]))
  const cell = optionalText(fields[cols.index.cell])
  if (cell === null) throw new ColumnError(cols.name.cell, 'no cell')
  return { timeMs, cell }
}

/**
 * Long KPI table: one value per row (time, cell, counter, value, optional unit). A value of `95%`
 * implies the unit `%`. Returns the number of values stored.
 */
export async function importLongKpiTable(context: ImportRunContext, table: TableReader, cols: ResolvedColumns<KpiField>): Promise<number> {
  const writer = createKpiWriter(context.db, context.importId)
  const decimalComma = table.delimiter === ';'
  let rows = 0
  for await (const batch of table.batches) {
    batch.rows.forEach((fields, k) => {
      if (fields.every((f) => f.trim() === '')) return
      const line = batch.lines[k] as number
      try {
        const { timeMs, cell } = readTimeAndCell(fields, cols)
        const counter = optionalText(fields[cols.index.counter])
        if (counter === null) throw new ColumnError(cols.name.counter, 'no counter name')
        const { value, unitHint } = inColumn(cols.name.value, () => parseKpiValue(fields[cols.index.value], decimalComma))
        const unit = (cols.index.unit < 0 ? null : optionalText(fields[cols.index.unit])) ?? unitHint
        const conflict = unitConflict(writer, counter, unit)
        if (conflict !== undefined) throw new ColumnError(cols.index.unit < 0 ? cols.name.value : cols.name.unit, conflict)
        writer.write({ cell, timeMs, counter, unit, value })
        rows++
      } catch (error) {
        if (!(error instanceof ColumnError)) throw error
        context.reject(line, error.field, error.message)
      }
    })
    await context.checkpoint(batch.bytesRead)
  }
  return rows
}

interface CounterColumn {
  index: number
  header: string
  counter: string
  unit: string | null
}

/**
 * The counter columns of a wide table: every column but time, cell and descriptive ones (period,
 * network element…), named by the header without its `(unit)`, which becomes the counter's unit.
 */
export function wideCounterColumns(header: readonly string[], cols: ResolvedColumns<KpiField>): CounterColumn[] {
  const descriptive = new Set<string>(kpiDescriptiveHeaders.map((h) => splitHeader(h).key))
  return header.flatMap((text, index) => {
    const name = splitHeader(text)
    if (index === cols.index.time || index === cols.index.cell || descriptive.has(name.key) || text.trim() === '') return []
    const counter = text.trim().replace(/\s*[([（【][^()[\]（）【】]*[)\]）】]\s*$/, '')
    return [{ index, header: text.trim(), counter: counter.length > 0 ? counter : text.trim(), unit: name.unit }]
  })
}

/** Columns whose every value in the first batch is text (names, comments): not counters. */
function textColumns(columns: readonly CounterColumn[], rows: readonly string[][], decimalComma: boolean): Set<CounterColumn> {
  return new Set(
    columns.filter((c) => {
      let numbers = 0
      let texts = 0
      for (const row of rows) {
        try {
          if (parseKpiValue(row[c.index], decimalComma).value !== null) numbers++
        } catch (error) {
          if (!(error instanceof FieldError)) throw error
          texts++
        }
      }
      return texts > 0 && numbers === 0
    }),
  )
}

/**
 * Wide KPI table: time, cell, then one column per counter (`DL_PRB_Usage(%)`: counter
 * `DL_PRB_Usage`, unit `%`). A bad value rejects that value (`line:column`), not the row's others.
 * Returns the number of values stored.
 */
export async function importWideKpiTable(context: ImportRunContext, table: TableReader, cols: ResolvedColumns<KpiField>): Promise<number> {
  const writer = createKpiWriter(context.db, context.importId)
  const decimalComma = table.delimiter === ';'
  let counters: CounterColumn[] | undefined
  let rows = 0
  for await (const batch of table.batches) {
    if (counters === undefined) {
      const all = wideCounterColumns(table.header, cols)
      const skipped = textColumns(all, batch.rows, decimalComma)
      counters = all.filter((c) => !skipped.has(c))
      if (skipped.size > 0) context.warn(`columns without numbers ignored: ${[...skipped].map((c) => c.header).join(', ')}`)
    }
    for (const [k, fields] of batch.rows.entries()) {
      if (fields.every((f) => f.trim() === '')) continue
      const line = batch.lines[k] as number
      let key: { timeMs: number; cell: string }
      try {
        key = readTimeAndCell(fields, cols)
      } catch (error) {
        if (!(error instanceof ColumnError)) throw error
        context.reject(line, error.field, error.message)
        continue
      }
      for (const c of counters) {
        try {
          const { value, unitHint } = inColumn(c.header, () => parseKpiValue(fields[c.index], decimalComma))
          const unit = c.unit ?? unitHint
          const conflict = unitConflict(writer, c.counter, unit)
          if (conflict !== undefined) throw new ColumnError(c.header, conflict)
          writer.write({ ...key, counter: c.counter, unit, value })
          rows++
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(line, error.field, error.message)
        }
      }
    }
    await context.checkpoint(batch.bytesRead)
  }
  if (counters !== undefined && counters.length === 0) context.warn('no counter columns besides time and cell')
  return rows
}
