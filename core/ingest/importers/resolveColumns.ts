import type { ColumnMapping } from '../columnMapping.js'
import { FileRefusal } from '../importer.js'

/** A header split into the name it is matched by and the unit written after it (`Power(W)` → `power`, `W`). */
export interface HeaderName {
  key: string
  unit: string | null
}

/**
 * Normalises a header for synonym matching: BOM and spaces trimmed, full-width brackets as ASCII,
 * a trailing `(unit)` or `[unit]` split off (kept as written), the rest in lower case with runs of
 * spaces, `_` and `-` as one space (so `Cell_Name`, `cell name` and `CELL-NAME` match).
 */
export function splitHeader(header: string): HeaderName {
  let text = header.replace(/^\uFEFF/, '').trim().replace(/（/g, '(').replace(/）/g, ')').replace(/【/g, '[').replace(/】/g, ']')
  let unit: string | null = null
  const bracket = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/.exec(text)
  if (bracket !== null && (bracket[1] as string).length > 0) {
    text = bracket[1] as string
    unit = (bracket[2] as string).trim() || null
  }
  return { key: text.toLowerCase().replace(/[\s_-]+/g, ' ').trim(), unit }
}

/** Where each field's column is (-1 when absent) and the unit its header carries. */
export interface ResolvedColumns<F extends string> {
  index: Record<F, number>
  unit: Record<F, string | null>
  /** The header text of each found field, for `line:field` messages. */
  name: Record<F, string>
}

/**
 * Finds each field's column by its synonyms (first header that matches any synonym), after the
 * user's mapping (`mapping.columns`: field → header text), which wins. A mapping that names a header
 * the file does not have refuses the file, naming both.
 */
export function resolveColumns<F extends string>(
  header: readonly string[], synonyms: Readonly<Record<F, readonly string[]>>, mapping?: ColumnMapping, fileName = 'file',
): ResolvedColumns<F> {
  const split = header.map(splitHeader)
  const fields = Object.keys(synonyms) as F[]
  const result = { index: {}, unit: {}, name: {} } as ResolvedColumns<F>
  const mapped = mapping?.columns ?? {}
  for (const field of fields) {
    let at: number
    const source = mapped[field]
    if (source !== undefined) {
      at = header.findIndex((h) => h.trim() === source.trim())
      if (at < 0) at = split.findIndex((h) => h.key === splitHeader(source).key)
      if (at < 0) throw new FileRefusal(`${fileName}: the mapping names column ${JSON.stringify(source)} for ${field}, but the file has no such column`)
    } else {
      const keys = new Set((synonyms[field] as readonly string[]).map((s) => splitHeader(s).key))
      at = split.findIndex((h) => keys.has(h.key))
    }
    result.index[field] = at
    result.unit[field] = at < 0 ? null : (split[at] as HeaderName).unit
    result.name[field] = at < 0 ? field : (header[at] as string).trim()
  }
  return result
}
