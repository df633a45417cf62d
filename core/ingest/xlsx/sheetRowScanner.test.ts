import { describe, expect, it } from 'vitest'
import { decodeXmlText, parseSharedStrings } from './decodeXmlText.js'
import { columnIndex, SheetRowScanner } from './sheetRowScanner.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const scan = (xml: string, shared: string[] = [], chunkBytes?: number): Array<[number, string[]]> =>
  [...new SheetRowScanner(bytes(xml), shared, chunkBytes).rows()].map((r) => [r.rowNumber, r.cells])

describe('columnIndex', () => {
  it.each([['A', 0], ['Z', 25], ['AA', 26], ['AZ', 51], ['BA', 52], ['XFD', 16383], ['b', 1]])('%s → %i', (letters, index) => expect(columnIndex(letters)).toBe(index))
})

describe('decodeXmlText', () => {
  it('decodes the XML entities, character references and Excel _xHHHH_ escapes', () => {
    expect(decodeXmlText('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#x7EAC;&#24230;')).toBe('a <b> & "c" \'d\' 纬度')
    expect(decodeXmlText('tab_x0009_here _x005F_x0041_')).toBe('tab\there _x0041_')
  })
})

describe('parseSharedStrings', () => {
  it('keeps index order, joins rich-text runs, drops phonetic guides and reads empty items', () => {
    const xml = '<sst><si><t>a</t></si><si/><si><r><t>b</t></r><r><t xml:space="preserve"> c</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><x:si><x:t>p</x:t></x:si></sst>'
    expect(parseSharedStrings(xml)).toEqual(['a', '', 'b c', '漢字', 'p'])
  })
})

describe('SheetRowScanner', () => {
  const sheet =
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>经度</t></is></c></row>' +
    '<row r="3" spans="1:2"><c r="B3"><v>-87.25</v></c></row><row r="4"/><row><c t="b"><v>0</v></c></row></sheetData></worksheet>'
  const expected: Array<[number, string[]]> = [[1, ['Time', '', '经度']], [3, ['', '-87.25']], [4, []], [5, ['FALSE']]]

  it('places cells by reference and numbers rows by their r attribute, or one after the previous', () => {
    expect(scan(sheet, ['Time'])).toEqual(expected)
  })

  it('gives the same rows whatever the chunk size, even when a chunk ends inside a tag or a multi-byte character', () => {
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) expect(scan(sheet, ['Time'], chunkBytes)).toEqual(expected)
  })

  it('reads namespace-prefixed elements', () => {
    expect(scan('<x:worksheet><x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>', [], 4)).toEqual([[2, ['', '5']]])
  })

  it('counts the bytes consumed for progress', () => {
    const scanner = new SheetRowScanner(bytes(sheet), ['Time'], 16)
    const seen: number[] = []
    for (const _ of scanner.rows()) seen.push(scanner.consumedBytes)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBeLessThanOrEqual(bytes(sheet).length)
    expect(scanner.consumedBytes).toBe(bytes(sheet).length)
  })
})
