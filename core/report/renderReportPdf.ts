import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import type { ReportBlock, ReportList, ReportModel, ReportParagraph, ReportTable } from './buildReportModel.js'
import { reportFontFiles, type ReportFontFiles } from './reportFonts.js'
import type { ReportFigure } from './reportFigures.js'
import { verdictColours } from './verdictMapSvg.js'

/** A4 in PDF points, and the page margin. */
const pageMarginPt = 48
const regular = 'sc'
const bold = 'sc-bold'
const ink = '#263238'
const muted = '#607d8b'
/** CSS pixels to PDF points (96 px and 72 pt per inch). */
const ptPerPx = 0.75

type Doc = PDFKit.PDFDocument

/**
 * Lays the report out on A4 pages with pdfkit: Noto Sans SC embedded (only the glyphs used), the SVG
 * maps and charts drawn as vectors through svg-to-pdfkit, page numbers in the footer. The creation
 * date is the report's, so the same model gives the same pages.
 * @param fonts the font files (default data/fonts, reportFonts.ts)
 */
export async function renderReportPdf(model: ReportModel, fonts: ReportFontFiles = reportFontFiles()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: pageMarginPt,
    bufferPages: true,
    info: { Title: model.title, Producer: 'Certus', Creator: 'Certus', CreationDate: model.generatedAt, ModDate: model.generatedAt },
    lang: model.htmlLang,
    displayTitle: true,
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  doc.registerFont(regular, fonts.regular)
  doc.registerFont(bold, fonts.bold)
  header(doc, model)
  verdictBanner(doc, model)
  for (const section of model.sections) {
    ensureSpace(doc, 60)
    doc.moveDown(0.6).font(bold).fontSize(13).fillColor(ink).text(section.heading, pageMarginPt)
    rule(doc)
    for (const block of section.blocks) drawBlock(doc, settable(block))
  }
  footers(doc, model)
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * Text the embedded font can set: Noto Sans SC lacks the superscript minus (U+207B) that the basis
 * lines use in Φ⁻¹, so "⁻¹" is written "^-1" (a PDF has no fallback font; a browser has).
 */
export function pdfText(text: string): string {
  return text.replace(/⁻([⁰¹²³⁴⁵⁶⁷⁸⁹]*)/g, (_, digits: string) => `^-${[...digits].map((d) => superscripts.indexOf(d)).join('')}`)
}

/** The block with its texts made settable ({@link pdfText}). */
function settable(block: ReportBlock): ReportBlock {
  if (block.kind === 'paragraph') return { ...block, text: pdfText(block.text) }
  if (block.kind === 'list') return { ...block, items: block.items.map(pdfText) }
  if (block.kind === 'table') return { ...block, rows: block.rows.map((row) => row.map(pdfText)) }
  return block
}

const textWidth = (doc: Doc): number => doc.page.width - 2 * pageMarginPt
const bottom = (doc: Doc): number => doc.page.height - pageMarginPt

/** Starts a new page unless `heightPt` still fits above the bottom margin. */
function ensureSpace(doc: Doc, heightPt: number): void {
  if (doc.y + heightPt > bottom(doc)) doc.addPage()
}

function rule(doc: Doc): void {
  doc.moveTo(pageMarginPt, doc.y + 2).lineTo(pageMarginPt + textWidth(doc), doc.y + 2).lineWidth(0.5).strokeColor('#b0bec5').stroke()
  doc.moveDown(0.4)
}

function header(doc: Doc, model: ReportModel): void {
  doc.font(bold).fontSize(18).fillColor(ink).text(model.title)
  doc.moveDown(0.3)
  for (const [label, value] of model.meta) {
    doc.font(bold).fontSize(9).fillColor(muted).text(`${label}: `, { continued: true }).font(regular).fillColor(ink).text(value)
  }
  doc.moveDown(0.6)
}

function verdictBanner(doc: Doc, model: ReportModel): void {
  const { verdict } = model
  const colour = verdict.verdict === 'pass' ? verdictColours.pass : verdictColours.fail
  const x = pageMarginPt
  const y = doc.y
  const heightPt = 74
  doc.save().roundedRect(x, y, textWidth(doc), heightPt, 4).fillAndStroke(verdict.verdict === 'pass' ? '#e8f5e9' : '#ffebee', colour).restore()
  doc.font(bold).fontSize(10).fillColor(muted).text(verdict.heading, x + 12, y + 10, { width: 150 })
  doc.font(bold).fontSize(24).fillColor(colour).text(verdict.word, x + 12, y + 28, { width: 150 })
  let factY = y + 12
  for (const [label, value] of verdict.facts) {
    doc.font(bold).fontSize(9.5).fillColor(muted).text(`${label}: `, x + 170, factY, { continued: true, width: textWidth(doc) - 182 }).font(regular).fillColor(ink).text(value)
    factY += 18
  }
  doc.x = pageMarginPt
  doc.y = y + heightPt + 8
}

function drawBlock(doc: Doc, block: ReportBlock): void {
  if (block.kind === 'paragraph') paragraph(doc, block)
  else if (block.kind === 'table') table(doc, block)
  else if (block.kind === 'list') list(doc, block)
  else figure(doc, block)
}

function paragraph(doc: Doc, block: ReportParagraph): void {
  doc.font(regular).fontSize(block.note === true ? 8 : 9.5).fillColor(block.note === true ? muted : ink)
  ensureSpace(doc, doc.heightOfString(block.text, { width: textWidth(doc) }) + 4)
  doc.text(block.text, pageMarginPt, doc.y, { width: textWidth(doc) }).moveDown(0.4)
}

function list(doc: Doc, block: ReportList): void {
  ensureSpace(doc, 40)
  if (block.title !== undefined) doc.font(bold).fontSize(9.5).fillColor(ink).text(block.title, pageMarginPt, doc.y, { width: textWidth(doc) })
  doc.font(regular).fontSize(8.5).fillColor(ink)
  for (const item of block.items) {
    const width = textWidth(doc) - 12
    ensureSpace(doc, doc.heightOfString(item, { width }) + 2)
    const y = doc.y
    doc.text('•', pageMarginPt + 2, y).text(item, pageMarginPt + 12, y, { width })
  }
  doc.x = pageMarginPt
  doc.moveDown(0.5)
}

const cellPaddingPt = 3

function table(doc: Doc, block: ReportTable): void {
  const total = block.widths.reduce((a, b) => a + b, 0)
  const widths = block.widths.map((w) => (w / total) * textWidth(doc))
  const rowHeight = (cells: readonly string[], font: string): number => {
    doc.font(font).fontSize(8)
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (widths[i] as number) - 2 * cellPaddingPt }))) + 2 * cellPaddingPt
  }
  const drawRow = (cells: readonly string[], font: string, fill: string | null): void => {
    const height = rowHeight(cells, font)
    const y = doc.y
    if (fill !== null) doc.save().rect(pageMarginPt, y, textWidth(doc), height).fill(fill).restore()
    let x = pageMarginPt
    doc.font(font).fontSize(8).fillColor(ink)
    cells.forEach((text, i) => {
      doc.text(text, x + cellPaddingPt, y + cellPaddingPt, { width: (widths[i] as number) - 2 * cellPaddingPt })
      x += widths[i] as number
    })
    doc.moveTo(pageMarginPt, y + height).lineTo(pageMarginPt + textWidth(doc), y + height).lineWidth(0.3).strokeColor('#cfd8dc').stroke()
    doc.x = pageMarginPt
    doc.y = y + height
  }
  ensureSpace(doc, rowHeight(block.columns, bold) + rowHeight(block.rows[0] ?? [], regular))
  drawRow(block.columns, bold, '#eceff1')
  for (const row of block.rows) {
    if (doc.y + rowHeight(row, regular) > bottom(doc)) {
      doc.addPage()
      drawRow(block.columns, bold, '#eceff1')
    }
    drawRow(row, regular, null)
  }
  doc.moveDown(0.6)
}

function figure(doc: Doc, block: ReportFigure): void {
  const widthPt = Math.min(textWidth(doc), block.widthPx * ptPerPx * 1.04)
  const heightPt = (widthPt * block.heightPx) / block.widthPx
  ensureSpace(doc, heightPt + 30)
  doc.font(bold).fontSize(9.5).fillColor(ink).text(block.title, pageMarginPt, doc.y, { width: textWidth(doc) })
  const y = doc.y + 2
  SVGtoPDF(doc, block.svg, pageMarginPt, y, { width: widthPt, height: heightPt, preserveAspectRatio: 'xMinYMin meet', fontCallback: (_family, isBold) => (isBold ? bold : regular) })
  doc.x = pageMarginPt
  doc.y = y + heightPt + 2
  if (block.caption !== undefined) doc.font(regular).fontSize(8).fillColor(muted).text(block.caption, pageMarginPt, doc.y, { width: textWidth(doc) })
  doc.moveDown(0.6)
}

/** The title and "Page 3 / 9" (第 3 / 9 页) at the foot of every page. */
function footers(doc: Doc, model: ReportModel): void {
  const range = doc.bufferedPageRange()
  const { labels } = model
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Writing inside the bottom margin would start a new page: lift the margin while writing the footer.
    const margin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const y = doc.page.height - pageMarginPt + 16
    doc.font(regular).fontSize(7.5).fillColor(muted)
    doc.text(`${labels.page} ${i + 1} / ${range.count}${labels.pageSuffix === '' ? '' : ` ${labels.pageSuffix}`}`, pageMarginPt, y, { width: textWidth(doc), align: 'right', lineBreak: false })
    const title = model.title.length > 70 ? `${model.title.slice(0, 69)}…` : model.title
    doc.text(title, pageMarginPt, y, { width: textWidth(doc) - 80, lineBreak: false })
    doc.page.margins.bottom = margin
  }
}
