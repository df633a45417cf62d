const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/**
 * Decodes the text content of a SpreadsheetML element: the five XML entities, numeric character
 * references, and the `_xHHHH_` escapes Excel writes for characters XML cannot hold (ECMA-376 Part 1
 * §22.9.2.19 ST_Xstring; `_x005F_` escapes a literal underscore, so one left-to-right pass is exact).
 */
export function decodeXmlText(text: string): string {
  let decoded = text
  if (decoded.includes('&')) {
    decoded = decoded.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
      if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
      if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10))
      return namedEntities[entity] as string
    })
  }
  if (decoded.includes('_x')) decoded = decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return decoded
}

const phoneticRun = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g
const textElement = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its `<t>`
 * elements concatenated, rich-text runs (`<r><t>…</t></r>`) included, phonetic guides (`<rPh>`) left out.
 */
export function richText(fragment: string): string {
  const withoutPhonetic = fragment.includes('rPh') ? fragment.replace(phoneticRun, '') : fragment
  let text = ''
  for (const match of withoutPhonetic.matchAll(textElement)) text += decodeXmlText(match[1] ?? '')
  return text
}

const stringItem = /<(?:\w+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g

/** The shared-string table (`xl/sharedStrings.xml`), in index order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = []
  for (const match of xml.matchAll(stringItem)) strings.push(richText(match[1] ?? ''))
  return strings
}
