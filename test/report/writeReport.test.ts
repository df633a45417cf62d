import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listImports } from '../../core/db/importsTable.js'
import { listCells } from '../../core/db/cellsTable.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { feasibility, feasibilityRequest, resolveScenario } from '../../core/host/slaCheckHandlers.js'
import { buildReportModel, type ReportModel } from '../../core/report/buildReportModel.js'
import { renderReportPdf } from '../../core/report/renderReportPdf.js'
import { ReportRefusal, writeReport } from '../../core/report/writeReport.js'

/** The report on the demo project, in-process: the model, the PDF (read back with poppler's pdftotext) and the HTML. */
const now = new Date('2026-11-30T12:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-report-'))
const projectPath = join(dir, 'demo.certus')
let db: ProjectDb
let model: ReportModel
const route = { kind: 'route', name: 'Drone patrol 120 m' } as const
// Coarse spacing keeps the check quick; the report does not depend on it.
const coarse = { spacingM: 50 }

beforeAll(async () => {
  await createDemoProjectFile(projectPath, { now: new Date('2026-11-30T00:00:00Z') })
  db = openProjectDb(projectPath)
  const resolved = resolveScenario(db, 'drone-4k-backhaul', {})
  const result = await feasibility(db, feasibilityRequest(resolved, { target: route, altitudesM: [60, 120], ...coarse }), { now })
  model = buildReportModel({
    lang: 'zh', generatedAt: now, project: { name: 'demo', path: projectPath }, scenario: resolved.scenario, targets: resolved.targets,
    feasibility: result, cells: listCells(db), imports: listImports(db),
  })
}, 60_000)
afterAll(() => db.close())

const pdfText = (path: string): string => {
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

describe('buildReportModel', () => {
  it('orders the report: by altitude, SLA terms, network targets, maps, charts, offending segments, assumptions, input files', () => {
    expect(model.sections.map((s) => s.heading)).toEqual(['各高度结果', 'SLA 条款', '网络指标', '结论地图', '统计图表', '问题路段及整改建议', '假设', '输入文件'])
    expect(model.verdict.heading).toBe('可行性结论')
    expect(model.verdict.word).toBe(model.verdict.verdict === 'pass' ? '通过' : '未通过')
  })

  it('gives one verdict map per altitude and the SINR, UL throughput and segment charts, all SVG', () => {
    const figures = (heading: string) => model.sections.find((s) => s.heading === heading)?.blocks.filter((b) => b.kind === 'figure') ?? []
    expect(figures('结论地图').map((f) => f.title)).toEqual(['结论分布：高度 60 m', '结论分布：高度 120 m'])
    expect(figures('统计图表')).toHaveLength(4)
    for (const f of [...figures('结论地图'), ...figures('统计图表')]) expect(f.svg.startsWith('<svg')).toBe(true)
  })

  it('lists each target with its basis chain in Chinese (no note that it is English), and each offending segment with cells and labelled suggestions', () => {
    const targets = model.sections.find((s) => s.heading === '网络指标')?.blocks ?? []
    const basis = targets.filter((b) => b.kind === 'list' && b.title?.startsWith('依据 · 上行保障吞吐率'))
    expect(basis).toHaveLength(1)
    expect(basis[0]?.kind === 'list' && basis[0].items.some((line) => line.startsWith('码率（§7 第 1 步）') && line.includes('video-bitrate 20 Mbit/s'))).toBe(true)
    expect(basis[0]?.kind === 'list' && basis[0].items.some((line) => line.includes('保障比特率 GFBR'))).toBe(true)
    expect(targets.some((b) => b.kind === 'paragraph' && b.text.includes('英文'))).toBe(false)
    const offending = model.sections.find((s) => s.heading === '问题路段及整改建议')?.blocks.filter((b) => b.kind === 'list') ?? []
    expect(offending.length).toBeGreaterThan(0)
    for (const block of offending) {
      if (block.kind !== 'list') continue
      expect(block.items.some((i) => i.startsWith('服务小区与SSB波束: '))).toBe(true)
      expect(block.items.some((i) => i.startsWith('建议: '))).toBe(true)
    }
  })

  it('lists the input files with their sha256', () => {
    const inputs = model.sections.at(-1)?.blocks[0]
    expect(inputs?.kind === 'table' && inputs.rows.map((r) => r[3])).toEqual(listImports(db).map((i) => i.sha256))
  })
})

describe('renderReportPdf', () => {
  it('writes an A4 PDF whose text holds the Chinese verdict, labels and scenario name', async () => {
    const path = join(dir, 'model.pdf')
    writeFileSync(path, await renderReportPdf(model))
    const text = pdfText(path)
    expect(text).toContain(model.verdict.verdict === 'pass' ? '通过' : '未通过')
    for (const label of ['可行性结论', 'SLA 条款', '网络指标', '依据', '假设', '输入文件', '无人机4K视频回传']) expect(text, label).toContain(label)
    // A Chinese basis sentence of the UL throughput chain (short enough not to wrap).
    expect(text).toContain('码率（§7 第 1 步）')
    expect(text).not.toContain('推导依据以英文给出')
    const fonts = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout
    expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/)
  })
})

describe('writeReport', () => {
  it('writes the English HTML atomically and returns its size, sha256 and verdict; it references nothing outside itself', async () => {
    const out = join(dir, 'report.html')
    const result = await writeReport(db, { scenario: 'drone-4k-backhaul', target: route, altitudesM: [120], ...coarse, out, lang: 'en' }, { now, projectPath })
    const bytes = readFileSync(out)
    expect(result).toMatchObject({ out, format: 'html', bytes: bytes.length, scenario: 'drone-4k-backhaul' })
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
    const html = bytes.toString('utf8')
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/\s(src|href)=/)
    expect(html).toMatch(/@font-face \{ font-family: 'Noto Sans SC'; src: url\(data:font\/ttf;base64,[A-Za-z0-9+/]{1000,}/)
    expect(html).toContain('<svg')
    expect(html).toContain(`<div class="word">${result.verdict === 'pass' ? 'PASS' : 'FAIL'}</div>`)
    for (const { sha256 } of listImports(db)) expect(html).toContain(sha256)
  })

  it('defaults the altitudes to the scenario altitude term and draws an area with its outline', async () => {
    const out = join(dir, 'area.pdf')
    const result = await writeReport(db, { scenario: 'drone-4k-backhaul', target: { kind: 'area', name: 'Task area A' }, spacingM: 200, out, lang: 'en' }, { now, projectPath })
    expect(result.format).toBe('pdf')
    const text = pdfText(out)
    expect(text).toContain('Verdict')
    expect(text).toMatch(/Altitudes \(AGL\): 120 m/)
    expect(text).toMatch(/Verdict at 120 m/)
  })

  it('refuses a relative path, a missing folder, another extension and the project file itself', async () => {
    const request = { scenario: 'drone-4k-backhaul', target: route, altitudesM: [120], ...coarse, lang: 'en' as const }
    await expect(writeReport(db, { ...request, out: 'report.pdf' }, { now, projectPath })).rejects.toThrow('the output path must be absolute')
    await expect(writeReport(db, { ...request, out: join(dir, 'nowhere', 'r.pdf') }, { now, projectPath })).rejects.toThrow('does not exist')
    await expect(writeReport(db, { ...request, out: join(dir, 'r.docx') }, { now, projectPath })).rejects.toThrow(ReportRefusal)
    await expect(writeReport(db, { ...request, out: projectPath }, { now, projectPath })).rejects.toThrow('is the open project')
  })
})
