/** Field separators the importers recognise. */
export const delimiters = [',', '\t', ';', '|'] as const
export type Delimiter = (typeof delimiters)[number]

/** One record and the physical line (1-based) it starts on, for `file:line:field` messages. */
export type RecordHandler = (fields: string[], line: number) => void

/**
 * Incremental RFC 4180-style parser: text arrives in chunks of any size; records are handed out as
 * soon as they are complete. Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF
 * and LF both end a record; blank lines are skipped but counted. The common unquoted line takes a
 * fast path (one split), which is what keeps million-row files quick.
 */
export class DelimitedParser {
  private pending = ''
  private nextLine = 1

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: RecordHandler,
  ) {}

  push(text: string): void {
    const data = this.pending.length > 0 ? this.pending + text : text
    this.pending = data.slice(this.consume(data, false))
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): void {
    if (this.pending.length > 0) this.consume(this.pending, true)
    this.pending = ''
  }

  /** Parses complete records from `data`; returns where the unconsumed rest begins. */
  private consume(data: string, final: boolean): number {
    const delimiter = this.delimiter
    let start = 0
    for (;;) {
      const newline = data.indexOf('\n', start)
      if (newline < 0 && !final) return start
      const lineEnd = newline < 0 ? data.length : newline
      if (start >= data.length) return data.length
      // Look for a quote in this line only: searching the whole chunk for one (it is usually absent)
      // measured 20-40 times slower on V8 than this per-line test on 1 MiB chunks.
      const end = lineEnd > start && data.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd
      const line = data.slice(start, end)
      if (!line.includes('"')) {
        if (line.length > 0) this.onRecord(line.split(delimiter), this.nextLine)
        this.nextLine++
        start = lineEnd + 1
        continue
      }
      const parsed = parseQuotedRecord(data, start, delimiter, final)
      if (parsed === undefined) return start
      this.onRecord(parsed.fields, this.nextLine)
      this.nextLine += parsed.lineBreaks + 1
      start = parsed.next
    }
  }
}

interface QuotedRecord {
  fields: string[]
  /** Index just after the record's line break. */
  next: number
  /** Line breaks inside quoted fields. */
  lineBreaks: number
}

/** Parses one record containing quotes; undefined when the record is not complete in `data` yet. */
function parseQuotedRecord(data: string, start: number, delimiter: string, final: boolean): QuotedRecord | undefined {
  const fields: string[] = []
  let field = ''
  let i = start
  let lineBreaks = 0
  let inQuotes = false
  let wasQuoted = false
  while (i < data.length) {
    const c = data[i] as string
    if (inQuotes) {
      if (c === '"') {
        if (data[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        if (i + 1 >= data.length && !final) return undefined
        inQuotes = false
        i++
        continue
      }
      if (c === '\n') lineBreaks++
      field += c
      i++
      continue
    }
    if (c === '"' && field.length === 0 && !wasQuoted) {
      inQuotes = true
      wasQuoted = true
      i++
      continue
    }
    if (c === delimiter) {
      fields.push(field)
      field = ''
      wasQuoted = false
      i++
      continue
    }
    if (c === '\n' || (c === '\r' && data[i + 1] === '\n')) {
      fields.push(field)
      return { fields, next: i + (c === '\r' ? 2 : 1), lineBreaks }
    }
    if (c === '\r' && i + 1 >= data.length && !final) return undefined
    field += c
    i++
  }
  if (!final || inQuotes) return final ? { fields: [...fields, field], next: data.length, lineBreaks } : undefined
  fields.push(field)
  return { fields, next: data.length, lineBreaks }
}

/**
 * Picks the delimiter that splits the first lines into the most equal, largest number of fields.
 * Comma wins ties, as most exports use it.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim().length > 0).slice(0, 20)
  let best: Delimiter = ','
  let bestScore = 0
  for (const delimiter of delimiters) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter))
    const first = counts[0] ?? 0
    if (first === 0) continue
    const consistent = counts.filter((c) => c === first).length / counts.length
    const score = first * consistent
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0
  let inQuotes = false
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes
    else if (c === delimiter && !inQuotes) count++
  }
  return count
}
