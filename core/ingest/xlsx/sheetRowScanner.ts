import { decodeXmlText, richText } from './decodeXmlText.js'

/** One row of a worksheet: its 1-based row number and its cells' text, gaps filled with ''. */
export interface SheetRow {
  rowNumber: number
  cells: string[]
}

const rowElement = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g
const cellElement = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g
const valueElement = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/
const inlineStringElement = /<(?:\w+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?is>/
const referenceAttribute = /(?:^|\s)r="([A-Za-z]*)(\d*)"/
const typeAttribute = /(?:^|\s)t="(\w+)"/

/** Zero-based column of a cell reference's letters: A → 0, Z → 25, AA → 26 (ECMA-376 §18.3.1.4). */
export function columnIndex(letters: string): number {
  let index = 0
  for (const c of letters.toUpperCase()) index = index * 26 + (c.charCodeAt(0) - 64)
  return index - 1
}

/**
 * Reads the rows of a worksheet part (`xl/worksheets/sheetN.xml`) in one pass, decoding its bytes
 * a chunk at a time so that only one chunk of text is held beside the inflated bytes. Cells are
 * placed by their `r` reference (sparse rows keep their columns); cell types (ECMA-376 §18.18.11):
 * `s` shared string, `str` formula text, `inlineStr`, `b` boolean as TRUE/FALSE, `e` the error text
 * (#N/A…), `n` and untyped cells the number exactly as stored. Dates are not converted: Excel keeps
 * them as serial day numbers (days since 1899-12-30), and they come out as that number's text.
 */
export class SheetRowScanner {
  /** Bytes of the sheet part consumed so far. */
  consumedBytes = 0

  constructor(
    private readonly bytes: Uint8Array,
    private readonly sharedStrings: readonly string[],
    private readonly chunkBytes = 1 << 20,
  ) {}

  *rows(): Generator<SheetRow> {
    const decoder = new TextDecoder('utf-8')
    let pending = ''
    let previousRow = 0
    const total = this.bytes.length
    for (let offset = 0; offset < total || (offset === 0 && total === 0); offset += this.chunkBytes) {
      const end = Math.min(offset + this.chunkBytes, total)
      const last = end >= total
      pending += decoder.decode(this.bytes.subarray(offset, end), { stream: !last })
      this.consumedBytes = end
      // Only whole rows are parsed; the text after the last closing tag waits for the next chunk.
      const cut = last ? pending.length : lastRowEnd(pending)
      if (cut <= 0) continue
      const text = pending.slice(0, cut)
      pending = pending.slice(cut)
      for (const match of text.matchAll(rowElement)) {
        const number = referenceAttribute.exec(match[1] ?? '')?.[2]
        previousRow = number ? Number(number) : previousRow + 1
        yield { rowNumber: previousRow, cells: this.cells(match[2] ?? '') }
      }
      if (last) break
    }
  }

  private cells(content: string): string[] {
    const cells: string[] = []
    let previousColumn = -1
    for (const match of content.matchAll(cellElement)) {
      const attributes = match[1] ?? ''
      const letters = referenceAttribute.exec(attributes)?.[1]
      const column = letters ? columnIndex(letters) : previousColumn + 1
      previousColumn = column
      const value = this.cellText(typeAttribute.exec(attributes)?.[1] ?? 'n', match[2] ?? '')
      while (cells.length < column) cells.push('')
      cells[column] = value
    }
    return cells
  }

  private cellText(type: string, content: string): string {
    if (type === 'inlineStr') {
      const inline = inlineStringElement.exec(content)
      return inline === null ? '' : richText(inline[1] ?? '')
    }
    const raw = valueElement.exec(content)?.[1]
    if (raw === undefined) return ''
    switch (type) {
      case 's':
        return this.sharedStrings[Number(raw)] ?? ''
      case 'b':
        return raw.trim() === '1' ? 'TRUE' : 'FALSE'
      default:
        return decodeXmlText(raw)
    }
  }
}

/** Index just after the last `</row>` (any namespace prefix) in `text`, or 0. */
function lastRowEnd(text: string): number {
  let at = text.length
  for (;;) {
    const i = text.lastIndexOf('row>', at)
    if (i < 0) return 0
    const open = text.lastIndexOf('<', i)
    if (open >= 0 && text[open + 1] === '/' && /^<\/(?:\w+:)?$/.test(text.slice(open, i))) return i + 4
    at = i - 1
    if (at < 0) return 0
  }
}
