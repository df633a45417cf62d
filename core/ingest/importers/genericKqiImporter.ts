import { createKqiWriter, type KqiRecord } from '../../db/kpiKqiTables.js'
import { FileRefusal, type FileProbe, type Importer } from '../importer.js'
import { isMissing, parseCoordinate } from '../parseValues.js'
import { readTable } from '../tabular/readTable.js'
import { ColumnError, inColumn, optionalText, parseBoundedNumber } from './fieldReading.js'
import { kpiColumnSynonyms } from './kpiColumnSynonyms.js'
import { parseKpiValue } from './parseKpiValue.js'
import { parseTimestampMs } from './parseTimestampMs.js'
import { resolveColumns, type ResolvedColumns } from './resolveColumns.js'

/** Header synonyms of a generic app-KQI table, English and Chinese; a user mapping keyed by these names wins. */
export const kqiColumnSynonyms = {
  time: kpiColumnSynonyms.time,
  app: ['app', 'application', 'service', 'app name', '应用', '应用名称', '业务', '业务类型'],
  kqi: ['kqi', 'kqi name', 'indicator', 'metric', 'measure', '指标', '指标名称', 'kqi名称'],
  value: kpiColumnSynonyms.value,
  unit: kpiColumnSynonyms.unit,
  cell: kpiColumnSynonyms.cell,
  seq: ['seq', 'sequence', 'seq num', 'index', '序号'],
  lon: ['lon', 'lng', 'longitude', '经度'],
  lat: ['lat', 'latitude', '纬度'],
} as const satisfies Record<string, readonly string[]>

type KqiField = keyof typeof kqiColumnSynonyms

/** Units implied by a camelCase KQI name's suffix (house style: `throughputMbps`, `rttMs`, `pageLoadTimeS`). */
const unitSuffixes: readonly [RegExp, string][] = [
  [/Mbps$/, 'Mbit/s'], [/Kbps$/, 'kbit/s'], [/Gbps$/, 'Gbit/s'], [/Ms$/, 'ms'], [/Bytes$/, 'B'], [/Dbm$/, 'dBm'], [/Db$/, 'dB'],
  [/(Pct|Percent)$/, '%'], [/[a-z]S$/, 's'],
]

/** The unit a KQI name implies, or null. */
export function unitFromKqiName(kqi: string): string | null {
  return unitSuffixes.find(([pattern]) => pattern.test(kqi))?.[1] ?? null
}

/** App, KQI and value columns make a KQI table; spreadsheets and other tables get a token score. */
export function detectGenericKqi(probe: Pick<FileProbe, 'header' | 'extension'>): number {
  if (probe.header.length === 0) return probe.extension === 'xlsx' || probe.extension === 'xlsm' ? 0.03 : 0
  const cols = resolveColumns(probe.header, kqiColumnSynonyms)
  // A token score for any other table: with `--kind kqi` and a mapping, this importer takes it.
  if (cols.index.app < 0 || cols.index.kqi < 0 || cols.index.value < 0) return 0.01
  return cols.index.unit >= 0 ? 0.65 : 0.6
}

function readKqiRow(fields: readonly string[], cols: ResolvedColumns<KqiField>, extra: readonly { index: number; key: string }[], decimalComma: boolean): KqiRecord {
  const text = (f: KqiField): string | null => (cols.index[f] < 0 ? null : optionalText(fields[cols.index[f]]))
  const kqi = text('kqi')
  if (kqi === null) throw new ColumnError(cols.name.kqi, 'no KQI name')
  const { value, unitHint } = inColumn(cols.name.value, () => parseKpiValue(fields[cols.index.value], decimalComma))
  if (value === null) throw new ColumnError(cols.name.value, 'no value')
  const unit = text('unit') ?? unitHint ?? unitFromKqiName(kqi)
  if (unit === null) throw new ColumnError(cols.name.unit, `no unit for ${kqi} (give a unit column, or a suffix such as Ms, Mbps, S)`)
  const timeText = text('time')
  const timeMs = timeText === null ? null : inColumn(cols.name.time, () => parseTimestampMs(timeText))
  const seq = inColumn(cols.name.seq, () => parseBoundedNumber(text('seq') ?? undefined, { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }))
  const context: Record<string, string | number> = {}
  const lon = inColumn(cols.name.lon, () => parseCoordinate(text('lon') ?? undefined, 'lon'))
  const lat = inColumn(cols.name.lat, () => parseCoordinate(text('lat') ?? undefined, 'lat'))
  if (lon !== null && lat !== null) Object.assign(context, { lon, lat })
  for (const { index, key } of extra) {
    if (isMissing(fields[index])) continue
    const t = (fields[index] as string).trim()
    context[key] = Number.isFinite(Number(t)) ? Number(t) : t
  }
  return { timeMs, seq, app: text('app'), kqi, value, unit, cell: text('cell'), context }
}

/**
 * Generic app-KQI table (CSV or xlsx): `time, app, kqi, value, unit[, cell][, lon, lat]`, English or
 * Chinese headers (时间, 应用, 指标, 值, 单位, 小区, 经度, 纬度). The unit may instead be implied by the
 * KQI name's suffix or a `%` on the value. Other columns go to the row's context as published.
 */
export const genericKqiImporter: Importer = {
  format: 'generic-kqi',
  kind: 'kqi',
  description: 'App KQI table (time, app, kqi, value, unit, optional cell and lon/lat)',
  detect: detectGenericKqi,
  async run(context) {
    const table = await readTable(context.probe)
    const cols = resolveColumns(table.header, kqiColumnSynonyms, context.options.mapping, context.probe.fileName)
    const absent = (['app', 'kqi', 'value'] as const).filter((f) => cols.index[f] < 0)
    if (absent.length > 0) {
      await table.close()
      throw new FileRefusal(`${context.probe.fileName}: not a KQI table: no ${absent.map((f) => `${f} (${kqiColumnSynonyms[f].slice(0, 4).join(', ')}…)`).join(', ')} column`)
    }
    const used = new Set(Object.values(cols.index))
    const extra = table.header.flatMap((h, index) => (used.has(index) || h.trim() === '' ? [] : [{ index, key: h.trim() }]))
    const write = createKqiWriter(context.db, context.importId)
    const decimalComma = table.delimiter === ';'
    let rows = 0
    for await (const batch of table.batches) {
      batch.rows.forEach((fields, k) => {
        if (fields.every((f) => f.trim() === '')) return
        try {
          write(readKqiRow(fields, cols, extra, decimalComma))
          rows++
        } catch (error) {
          if (!(error instanceof ColumnError)) throw error
          context.reject(batch.lines[k] as number, error.field, error.message)
        }
      })
      await context.checkpoint(batch.bytesRead)
    }
    return { rows }
  },
}
