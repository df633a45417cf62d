import { readFile } from 'node:fs/promises'
import { basename, posix } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import { FileRefusal } from '../importer.js'
import { parseSharedStrings } from './decodeXmlText.js'

/** A worksheet of a workbook: its tab name and the zip part that holds its cells. */
export interface XlsxSheet {
  name: string
  partPath: string
}

/** An opened xlsx package: its worksheets in tab order, its shared strings, and access to its parts. */
export interface XlsxWorkbook {
  fileName: string
  sheets: XlsxSheet[]
  sharedStrings: string[]
  /** The inflated bytes of one part (e.g. a sheet's `partPath`). */
  readPart(partPath: string): Uint8Array
}

interface Relationship {
  Id?: string
  Type?: string
  Target?: string
  TargetMode?: string
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => name === 'sheet' || name === 'Relationship',
})

/**
 * Opens an xlsx/xlsm file (an OPC zip, ECMA-376 Part 2): follows `_rels/.rels` to the workbook,
 * the workbook's relationships to its worksheets (chart sheets are skipped) and shared strings.
 * Only the parts asked for are inflated. Throws FileRefusal naming the file when it is not a
 * readable workbook (not a zip, an encrypted or legacy .xls file, a zip without a workbook).
 */
export async function openXlsxWorkbook(path: string): Promise<XlsxWorkbook> {
  const fileName = basename(path)
  const refuse = (reason: string): FileRefusal => new FileRefusal(`${fileName}: not a valid xlsx workbook: ${reason}`)
  const bytes = await readFile(path)
  const partNames = new Map<string, string>()
  try {
    // A filter that takes nothing lists the entries without inflating any.
    unzipSync(bytes, { filter: (entry) => (partNames.set(entry.name.toLowerCase(), entry.name), false) })
  } catch (error) {
    throw refuse(`not a zip archive (${(error as Error).message})`)
  }
  const readPart = (partPath: string): Uint8Array => {
    const name = partNames.get(partPath.toLowerCase())
    if (name === undefined) throw refuse(`part ${partPath} is missing`)
    try {
      const part = unzipSync(bytes, { filter: (entry) => entry.name === name })[name]
      if (part === undefined) throw new Error('empty entry')
      return part
    } catch (error) {
      throw refuse(`part ${partPath} cannot be inflated (${(error as Error).message})`)
    }
  }
  const readXml = (partPath: string): Record<string, unknown> => {
    try {
      return xml.parse(new TextDecoder().decode(readPart(partPath))) as Record<string, unknown>
    } catch (error) {
      if (error instanceof FileRefusal) throw error
      throw refuse(`part ${partPath} is not well-formed XML (${(error as Error).message})`)
    }
  }
  const relationships = (partPath: string): Relationship[] => {
    const relsPath = posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`)
    if (!partNames.has(relsPath.toLowerCase())) return []
    const root = readXml(relsPath).Relationships as { Relationship?: Relationship[] } | undefined
    return root?.Relationship ?? []
  }

  const officeDocument = relationships('').find((r) => r.Type?.endsWith('/officeDocument'))
  const workbookPath = officeDocument?.Target === undefined ? 'xl/workbook.xml' : resolveTarget('', officeDocument.Target)
  if (!partNames.has(workbookPath.toLowerCase())) throw refuse('it holds no workbook (is it a Word or other Office file?)')
  const workbook = readXml(workbookPath).workbook as { sheets?: { sheet?: Array<Record<string, string>> } } | undefined
  const workbookRels = relationships(workbookPath)
  const targetOf = (id: string | undefined): Relationship | undefined => workbookRels.find((r) => r.Id === id && r.TargetMode !== 'External')
  const workbookDir = posix.dirname(workbookPath)
  const sheets: XlsxSheet[] = []
  for (const sheet of workbook?.sheets?.sheet ?? []) {
    const rel = targetOf(sheet.id)
    if (rel?.Target === undefined || !rel.Type?.endsWith('/worksheet')) continue
    sheets.push({ name: String(sheet.name ?? ''), partPath: resolveTarget(workbookDir, rel.Target) })
  }
  if (sheets.length === 0) throw refuse('it has no worksheet')
  const sharedRel = workbookRels.find((r) => r.Type?.endsWith('/sharedStrings'))
  const sharedPath = sharedRel?.Target === undefined ? undefined : resolveTarget(workbookDir, sharedRel.Target)
  const sharedStrings = sharedPath !== undefined && partNames.has(sharedPath.toLowerCase()) ? parseSharedStrings(new TextDecoder().decode(readPart(sharedPath))) : []
  return { fileName, sheets, sharedStrings, readPart }
}

/** A relationship target as a part name: absolute (`/xl/…`) or relative to the source part's folder. */
function resolveTarget(sourceDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(sourceDir, target)
  return posix.normalize(joined).replace(/^\.\//, '')
}
