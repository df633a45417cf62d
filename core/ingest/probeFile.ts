import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { FileProbe } from './importer.js'
import { detectDelimiter, DelimitedParser } from './tabular/delimitedParser.js'
import { detectEncoding } from './text/detectEncoding.js'
import { readXlsxHeader } from './xlsx/readXlsxTable.js'

const binaryExtensions = new Set(['xlsx', 'xlsm', 'kmz', 'zip', 'mi2log', 'gpkg'])

/** Reads what detection needs: the first 64 KiB decoded, and the header when the file is delimited text. */
export async function probeFile(path: string): Promise<FileProbe> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const head = new Uint8Array(Math.min(size, 64 * 1024))
    await handle.read(head, 0, head.length, 0)
    const extension = extname(path).slice(1).toLowerCase()
    const fileName = basename(path)
    if (extension === 'xlsx' || extension === 'xlsm') {
      // A spreadsheet's header is its first row: detection then sees a sheet as it sees a CSV.
      return { path, fileName, extension, sizeBytes: size, headText: '', header: await readXlsxHeader(path).catch(() => []) }
    }
    if (binaryExtensions.has(extension) || looksBinary(head)) return { path, fileName, extension, sizeBytes: size, headText: '', header: [] }
    const { encoding, bomLength } = detectEncoding(head)
    const headText = new TextDecoder(encoding).decode(head.subarray(bomLength))
    return { path, fileName, extension, sizeBytes: size, headText, header: firstRecord(headText) }
  } finally {
    await handle.close()
  }
}

function firstRecord(text: string): string[] {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('<') || trimmed.startsWith('{') || trimmed.startsWith('[')) return []
  let header: string[] = []
  const parser = new DelimitedParser(detectDelimiter(text), (fields) => {
    if (header.length === 0) header = fields.map((f) => f.trim())
  })
  parser.push(text.slice(0, text.indexOf('\n') + 1 || text.length))
  parser.end()
  return header.length > 1 ? header : []
}

/** A NUL byte in the first kilobyte, outside UTF-16 text, marks a binary file. */
function looksBinary(head: Uint8Array): boolean {
  const probe = head.subarray(0, 1024)
  const { encoding } = detectEncoding(head)
  return encoding.startsWith('utf-16') ? false : probe.includes(0)
}
