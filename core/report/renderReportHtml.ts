import { readFileSync } from 'node:fs'
import type { ReportBlock, ReportModel } from './buildReportModel.js'
import { reportFontFiles, type ReportFontFiles } from './reportFonts.js'
import { escapeXml, reportFontFamily, verdictColours } from './verdictMapSvg.js'

const css = `
@font-face { font-family: '${reportFontFamily}'; src: url(data:font/ttf;base64,__FONT__) format('truetype'); font-weight: 100 900; font-style: normal; }
* { box-sizing: border-box; }
body { font-family: '${reportFontFamily}', sans-serif; color: #263238; margin: 0 auto; max-width: 960px; padding: 32px 24px 64px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 8px; }
h2 { font-size: 19px; border-bottom: 1px solid #b0bec5; padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 14px; margin: 16px 0 4px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 16px; font-size: 13px; }
dl.meta dt { color: #607d8b; font-weight: bold; }
dl.meta dd { margin: 0; }
.verdict { display: flex; gap: 24px; align-items: center; border: 1.5px solid; border-radius: 6px; padding: 12px 18px; }
.verdict.pass { border-color: ${verdictColours.pass}; background: #e8f5e9; }
.verdict.fail { border-color: ${verdictColours.fail}; background: #ffebee; }
.verdict .word { font-size: 34px; font-weight: bold; }
.verdict.pass .word { color: ${verdictColours.pass}; }
.verdict.fail .word { color: ${verdictColours.fail}; }
.verdict .heading { color: #607d8b; font-weight: bold; font-size: 13px; }
.verdict ul { list-style: none; margin: 0; padding: 0; }
.verdict b { color: #607d8b; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin: 8px 0 12px; }
th { background: #eceff1; text-align: left; }
th, td { padding: 4px 6px; border-bottom: 1px solid #cfd8dc; vertical-align: top; overflow-wrap: anywhere; }
p.note { color: #607d8b; font-size: 12.5px; }
ul.items { margin: 4px 0 12px; padding-left: 20px; font-size: 13px; }
figure { margin: 12px 0 20px; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #607d8b; font-size: 12.5px; }
footer { margin-top: 40px; color: #607d8b; font-size: 12px; }
@media print { h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
`

/**
 * The report as one self-contained HTML file: inline CSS, the SVG maps and charts inline, and Noto
 * Sans SC embedded as a base64 `@font-face` data URL (the whole regular face: browsers need its cmap,
 * so it is not subset; about 3.4 MB). No external URL at all, so it renders the same offline and in
 * any browser, Chinese included.
 * @param fonts the font files (default data/fonts, reportFonts.ts); only the regular face is embedded
 */
export function renderReportHtml(model: ReportModel, fonts: ReportFontFiles = reportFontFiles()): string {
  const font = readFileSync(fonts.regular).toString('base64')
  const e = escapeXml
  const { verdict } = model
  return [
    '<!doctype html>',
    `<html lang="${model.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(model.title)}</title><style>${css.replace('__FONT__', font)}</style></head><body>`,
    `<h1>${e(model.title)}</h1>`,
    `<dl class="meta">${model.meta.map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`,
    `<section class="verdict ${verdict.verdict}"><div><div class="heading">${e(verdict.heading)}</div><div class="word">${e(verdict.word)}</div></div>`,
    `<ul>${verdict.facts.map(([label, value]) => `<li><b>${e(label)}:</b> ${e(value)}</li>`).join('')}</ul></section>`,
    ...model.sections.map((section) => `<section><h2>${e(section.heading)}</h2>${section.blocks.map(htmlBlock).join('\n')}</section>`),
    `<footer>${e(model.labels.generated)}: ${e(model.generatedAt.toISOString())} · Certus</footer>`,
    '</body></html>',
    '',
  ].join('\n')
}

function htmlBlock(block: ReportBlock): string {
  const e = escapeXml
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.note === true ? ' class="note"' : ''}>${e(block.text)}</p>`
    case 'table': {
      const total = block.widths.reduce((a, b) => a + b, 0)
      const cols = block.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('')
      const head = `<tr>${block.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr>`
      const rows = block.rows.map((row) => `<tr>${row.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')
      return `<table><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table>`
    }
    case 'list':
      return `${block.title === undefined ? '' : `<h3>${e(block.title)}</h3>`}<ul class="items">${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`
    case 'figure':
      return `<figure><h3>${e(block.title)}</h3>${inlineSvg(block.svg)}${block.caption === undefined ? '' : `<figcaption>${e(block.caption)}</figcaption>`}</figure>`
  }
}

/**
 * An SVG document for inline use: HTML parsers put inline <svg> in the SVG namespace themselves, so
 * the namespace declarations (the only URLs an SVG carries) are dropped, and an XML prolog if any.
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>\s*/, '')
    .replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')
    .replace(/\s+version="1\.1"/, '')
}
