import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { FileRefusal } from '../importer.js'

/** An element as fast-xml-parser gives it: child elements by local name, attributes as `@_name`, text as `#text`. */
export type XmlNode = { [name: string]: unknown }

/** A parsed XML document and the line each element starts on. */
export interface XmlDocument {
  root: XmlNode
  /** 1-based line where an element of this document starts; 0 when unknown. */
  lineOf(node: XmlNode): number
}

const metaData = XMLParser.getMetaDataSymbol() as unknown as string

/**
 * Parses XML, refusing a malformed document with `file:line: reason`. Namespace prefixes are dropped
 * (`gx:altitudeMode` reads as `altitudeMode`), values stay text, and the tags in `arrayTags` are
 * always arrays so that one and many read alike.
 */
export function parseXmlDocument(text: string, fileName: string, arrayTags: ReadonlySet<string>): XmlDocument {
  const verdict = XMLValidator.validate(text)
  if (verdict !== true) throw new FileRefusal(`${fileName}:${verdict.err.line}: malformed XML: ${verdict.err.msg}`)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    captureMetaData: true,
    isArray: (name) => arrayTags.has(name),
  })
  let root: XmlNode
  try {
    root = parser.parse(text) as XmlNode
  } catch (error) {
    throw new FileRefusal(`${fileName}: malformed XML: ${(error as Error).message}`)
  }
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return {
    root,
    lineOf(node) {
      const start = (node[metaData] as { startIndex?: number } | undefined)?.startIndex
      return start === undefined ? 0 : lineAt(lineStarts, start)
    },
  }
}

function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((lineStarts[mid] as number) <= offset) low = mid
    else high = mid - 1
  }
  return low + 1
}

/** Child elements of a node by local name, as an array whatever the parser made of them. */
export function childElements(node: XmlNode, name: string): XmlNode[] {
  const value = node[name]
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': String(v) }))
}

/** The text of a child element (or the node's own text when `name` is omitted); undefined when absent. */
export function childText(node: XmlNode, name?: string): string | undefined {
  const value = name === undefined ? node : node[name]
  if (value === undefined || value === null) return undefined
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string' || typeof first === 'number') return String(first).trim()
  if (typeof first === 'object' && first !== null) {
    const text = (first as XmlNode)['#text']
    return text === undefined ? '' : String(text).trim()
  }
  return undefined
}
