import { FileRefusal, type FileProbe, type Importer, type ImportRunContext } from '../importer.js'
import { readTable } from '../tabular/readTable.js'
import { importLongKpiTable, importWideKpiTable } from './importKpiTables.js'
import { kpiColumnSynonyms, type KpiField } from './kpiColumnSynonyms.js'
import { resolveColumns, splitHeader, type ResolvedColumns } from './resolveColumns.js'

const positionHeaders = new Set(['lat', 'latitude', 'lon', 'lng', 'longitude', '纬度', '经度'])
const appHeaders = new Set(['app', 'application', 'service', '应用', '业务'])

type KpiLayout = 'long' | 'wide' | 'none'

function layoutOf(cols: ResolvedColumns<KpiField>): KpiLayout {
  const has = (f: KpiField): boolean => cols.index[f] >= 0
  if (!has('time') || !has('cell')) return 'none'
  return has('counter') && has('value') ? 'long' : 'wide'
}

const isSpreadsheet = (probe: Pick<FileProbe, 'extension'>): boolean => probe.extension === 'xlsx' || probe.extension === 'xlsm'

/**
 * Detection of the two KPI layouts. Long: time, cell, counter, value (lower when an app column makes
 * it look like KQIs). Wide: time and cell and other columns, but no position (a drive test has
 * time, cell and lat/lon). A spreadsheet's header is not in the probe: token scores, so `--kind kpi`
 * picks the long importer, which reads a wide sheet too.
 */
export function detectKpi(probe: Pick<FileProbe, 'header' | 'extension'>, layout: 'long' | 'wide'): number {
  if (probe.header.length === 0) return isSpreadsheet(probe) ? (layout === 'long' ? 0.03 : 0.02) : 0
  const keys = probe.header.map((h) => splitHeader(h).key)
  const found = layoutOf(resolveColumns(probe.header, kpiColumnSynonyms))
  // A token score for any other table: with `--kind kpi` and a mapping, the long importer takes it.
  if (found === 'none') return layout === 'long' ? 0.01 : 0
  if (found !== layout) return 0
  if (layout === 'long') return keys.some((k) => appHeaders.has(k)) ? 0.3 : 0.6
  return keys.some((k) => positionHeaders.has(k)) || probe.header.length < 3 ? 0 : 0.45
}

async function runKpi(context: ImportRunContext, expected: 'long' | 'wide'): Promise<{ rows: number }> {
  const table = await readTable(context.probe)
  const cols = resolveColumns(table.header, kpiColumnSynonyms, context.options.mapping, context.probe.fileName)
  const layout = layoutOf(cols)
  if (layout === 'none') {
    await table.close()
    const absent = (['time', 'cell'] as const).filter((f) => cols.index[f] < 0)
    throw new FileRefusal(`${context.probe.fileName}: not a KPI table: no ${absent.map((f) => `${f} (${kpiColumnSynonyms[f].slice(0, 4).join(', ')}…)`).join(', ')} column`)
  }
  if (layout !== expected) context.warn(`read as a ${layout} KPI table (${layout === 'long' ? 'time, cell, counter, value' : 'one column per counter'})`)
  return { rows: layout === 'long' ? await importLongKpiTable(context, table, cols) : await importWideKpiTable(context, table, cols) }
}

/** KPI time series, long form: `time, cell, counter, value[, unit]` (English or Chinese headers: 时间, 小区, 指标, 值, 单位). */
export const kpiLongImporter: Importer = {
  format: 'kpi-long',
  kind: 'kpi',
  description: 'KPI time series, one value per row (time, cell, counter, value, unit)',
  detect: (probe) => detectKpi(probe, 'long'),
  run: (context) => runKpi(context, 'long'),
}

/** KPI time series, wide form: `time, cell, <counter>(<unit>), …` with one column per counter. */
export const kpiWideImporter: Importer = {
  format: 'kpi-wide',
  kind: 'kpi',
  description: 'KPI time series, one column per counter (time, cell, DL_PRB_Usage(%), …)',
  detect: (probe) => detectKpi(probe, 'wide'),
  run: (context) => runKpi(context, 'wide'),
}
