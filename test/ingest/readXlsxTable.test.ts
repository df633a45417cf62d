import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeRawXlsx, writeXlsx } from '../fixtures/buildXlsx.js'
import { realDataPath } from '../fixtures/realData.js'
import { FileRefusal } from '../../core/ingest/importer.js'
import type { TableReader } from '../../core/ingest/tabular/tableReader.js'
import { readXlsxHeader, readXlsxTable } from '../../core/ingest/xlsx/readXlsxTable.js'

const dronePaper = realDataPath('uav-lte-a2g-nemo', 'DronePaper_Final_Dataset_filtered6 (1).xlsx')
const temp = mkdtempSync(join(tmpdir(), 'certus-xlsx-'))

async function readAll(table: TableReader): Promise<{ rows: string[][]; lines: number[]; batchSizes: number[]; progress: number[] }> {
  const out = { rows: [] as string[][], lines: [] as number[], batchSizes: [] as number[], progress: [] as number[] }
  for await (const batch of table.batches) {
    out.rows.push(...batch.rows)
    out.lines.push(...batch.lines)
    out.batchSizes.push(batch.rows.length)
    out.progress.push(batch.bytesRead)
  }
  return out
}

describe('readXlsxTable on the UAV drone-paper workbook (real data)', () => {
  it('reads the first sheet (TR) by default: 15 columns, 8,910 rows on sheet rows 2–8911, in batches of 5000', async () => {
    const table = await readXlsxTable(dronePaper)
    expect(table.header).toEqual([
      'Time', 'Latitude', 'Longitude', 'Cell_id', '2D_Distance', 'logd2d', '3D_Distance', 'logd3d',
      'Elevation_Angle', 'Azimuth_Angle', 'sphCoord', 'RSRP', 'RSRQ', 'RSSI', 'Pathloss',
    ])
    expect(table.headerLine).toBe(1)
    const { rows, lines, batchSizes, progress } = await readAll(table)
    expect(rows).toHaveLength(8910)
    expect(batchSizes).toEqual([5000, 3910])
    expect(lines[0]).toBe(2)
    expect(lines.at(-1)).toBe(8911)
    expect(progress.at(-1)).toBe(table.sizeBytes)
    expect(rows.every((r) => r.length === 15)).toBe(true)
    expect(await readXlsxHeader(dronePaper)).toEqual(table.header)
  })

  it('keeps numbers as their stored text and times as Excel day fractions or the text with its leading space', async () => {
    const { rows, lines } = await readAll(await readXlsxTable(dronePaper))
    expect(rows[0]?.slice(0, 4)).toEqual(['0.55018528935185185', '2.9234599999999999', '101.77422300000001', '173'])
    expect(rows[0]?.slice(11)).toEqual(['-70', '-11', '-38', '94'])
    const textTimes = rows.filter((r) => !/^[0-9.]+$/.test(r[0] as string)).map((r) => r[0] as string)
    expect(textTimes).toHaveLength(462)
    expect(textTimes.every((t) => /^ \d{1,2}:\d{2}:\d{2}\.\d{3}$/.test(t))).toBe(true)
    expect(rows[lines.indexOf(3400)]?.[0]).toBe(' 9:27:56.797')
  })

  it('reads the second sheet by name (TS: 2,150 rows) and refuses a sheet it does not have, listing the sheets', async () => {
    const { rows } = await readAll(await readXlsxTable(dronePaper, { sheet: 'TS' }))
    expect(rows).toHaveLength(2150)
    expect((await readAll(await readXlsxTable(dronePaper, { sheet: 'ts' }))).rows).toHaveLength(2150)
    await expect(readXlsxTable(dronePaper, { sheet: 'Summary' })).rejects.toThrow(/no sheet named "Summary"; it has "TR", "TS"/)
  })
})

describe('readXlsxTable on generated workbooks', () => {
  it('resolves shared strings (rich-text runs joined, phonetic guides dropped, entities and _xHHHH_ decoded), inline strings, booleans, numbers, errors and formula text', async () => {
    const path = join(temp, 'cells.xlsx')
    writeRawXlsx(
      path,
      [{
        name: 'Data',
        sheetDataXml:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline</t></is></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><v>-87.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t xml:space="preserve">line </t></r></is></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><f>A2&amp;"x"</f><v>-87.5x</v></c></row>' +
          '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="b"><v>0</v></c><c r="E3"><v>1E-3</v></c></row>',
      }],
      [
        '<t>Time</t>',
        '<r><t>RS</t></r><r><rPr><i/></rPr><t>RP</t></r>',
        '<t>A&amp;B &lt;x&gt;</t>',
        '<t>line_x000D_break</t>',
        '<t>经度</t><rPh sb="0" eb="2"><t>ケイド</t></rPh>',
      ],
    )
    const table = await readXlsxTable(path)
    expect(table.header).toEqual(['Time', 'RSRP', 'Inline', 'A&B <x>', 'line\rbreak'])
    const { rows, lines } = await readAll(table)
    expect(rows).toEqual([
      ['-87.5', 'TRUE', 'inline ', '#N/A', '-87.5x'],
      ['经度', 'FALSE', '', '', '1E-3'],
    ])
    expect(lines).toEqual([2, 3])
  })

  it('places the cells of a sparse row by their column letters, pads short rows to the header and skips empty rows', async () => {
    const path = join(temp, 'sparse.xlsx')
    writeRawXlsx(path, [{
      name: 'S',
      sheetDataXml:
        '<row r="2"><c r="B2" s="1"/></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t> a </t></is></c><c r="B3" t="inlineStr"><is><t>b</t></is></c><c r="C3" t="inlineStr"><is><t>c</t></is></c><c r="AA3" t="inlineStr"><is><t>aa</t></is></c></row>' +
        '<row r="4"><c r="A4"><v>1</v></c><c r="C4"><v>3</v></c></row>' +
        '<row r="5"/>' +
        '<row r="7"><c r="B7"><v>2</v></c></row>' +
        '<row><c><v>10</v></c><c><v>11</v></c></row>',
    }])
    const table = await readXlsxTable(path)
    expect(table.headerLine).toBe(3)
    expect(table.header).toHaveLength(27)
    expect(table.header.slice(0, 3)).toEqual(['a', 'b', 'c'])
    expect(table.header[26]).toBe('aa')
    const { rows, lines } = await readAll(table)
    expect(lines).toEqual([4, 7, 8])
    expect(rows.map((r) => r.slice(0, 3))).toEqual([['1', '', '3'], ['', '2', ''], ['10', '11', '']])
    expect(rows.every((r) => r.length === 27)).toBe(true)
  })

  it('writes plain rows through the fixture builder and reads them back unchanged', async () => {
    const path = join(temp, 'plain.xlsx')
    writeXlsx(path, [
      { name: 'First', rows: [['Time', 'Longitude', 'Latitude', 'Note'], [45000.5, -8.47, 51.89, 'ok'], [45000.75, null, 51.9, true]] },
      { name: 'Second', rows: [['x'], [1]] },
    ])
    const { rows } = await readAll(await readXlsxTable(path))
    expect(rows).toEqual([['45000.5', '-8.47', '51.89', 'ok'], ['45000.75', '', '51.9', 'TRUE']])
    expect((await readAll(await readXlsxTable(path, { sheet: 'Second' }))).rows).toEqual([['1']])
  })

  it('yields 12,001 rows in batches of 5000, 5000 and 2001 with growing progress', async () => {
    const path = join(temp, 'batches.xlsx')
    const rows: (string | number)[][] = [['n', 'square']]
    for (let i = 1; i <= 12_001; i++) rows.push([i, i * i])
    writeXlsx(path, [{ name: 'N', rows }])
    const read = await readAll(await readXlsxTable(path))
    expect(read.batchSizes).toEqual([5000, 5000, 2001])
    expect(read.lines.at(-1)).toBe(12_002)
    expect(read.rows.at(-1)).toEqual(['12001', String(12_001 * 12_001)])
    expect(read.progress).toEqual([...read.progress].sort((a, b) => a - b))
  })

  it('reads a 100,000-row sheet in one pass, in batches of at most 5000 rows', async () => {
    const path = join(temp, 'large.xlsx')
    const rows: (string | number)[][] = [['Time', 'Longitude', 'Latitude', 'RSRP', 'RSRQ', 'SINR']]
    for (let i = 0; i < 100_000; i++) rows.push([1_700_000_000 + i, -8.4 - i * 1e-6, 51.9 + i * 1e-6, -80 - (i % 40), -10 - (i % 9), i % 30])
    writeXlsx(path, [{ name: 'Big', rows }])
    const table = await readXlsxTable(path)
    let count = 0
    let maxBatch = 0
    for await (const batch of table.batches) {
      count += batch.rows.length
      maxBatch = Math.max(maxBatch, batch.rows.length)
    }
    expect(count).toBe(100_000)
    expect(maxBatch).toBe(5000)
  })
})

describe('readXlsxTable refusals', () => {
  it('refuses a file that is not a zip, naming the file', async () => {
    const path = join(temp, 'fake.xlsx')
    writeFileSync(path, 'Time,Longitude,Latitude\n1,2,3\n')
    const error = await readXlsxTable(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileRefusal)
    expect((error as Error).message).toMatch(/^fake\.xlsx: not a valid xlsx workbook: not a zip archive/)
    expect(await readXlsxHeader(path)).toEqual([])
  })

  it('refuses a zip that holds no workbook (a Word document, say)', async () => {
    const path = join(temp, 'letter.xlsx')
    writeFileSync(path, zipSync({ 'word/document.xml': strToU8('<document/>') }))
    await expect(readXlsxTable(path)).rejects.toThrow(/^letter\.xlsx: not a valid xlsx workbook: it holds no workbook/)
  })

  it('refuses a workbook whose sheet part is missing', async () => {
    const path = join(temp, 'broken.xlsx')
    writeFileSync(
      path,
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
        ),
      }),
    )
    await expect(readXlsxTable(path)).rejects.toThrow(/^broken\.xlsx: not a valid xlsx workbook: part xl\/worksheets\/sheet1\.xml is missing/)
  })
})
