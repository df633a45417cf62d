import type { FeasibilityResult, FeasibilitySegment } from '../api/schemas/feasibilitySchemas.js'
import type { Cell } from '../api/schemas/networkSchemas.js'
import type { ImportRecord } from '../api/schemas/projectSchemas.js'
import type { NetworkTarget, Scenario, ScenarioTerm, SlaTargets } from '../api/schemas/slaSchemas.js'
import { formatNumber } from '../sla/scenarioTerms.js'
import { reportCharts, verdictMaps, type ReportFigure } from './reportFigures.js'
import { reportLabels, type ReportLabels, type ReportLanguage } from './reportLabels.js'
import { describeServingCells, suggestionsForSegment } from './reportSuggestions.js'

export type { ReportFigure } from './reportFigures.js'

/** What a report is built from: the project, the scenario with its targets, and one feasibility check. */
export interface ReportInput {
  lang: ReportLanguage
  generatedAt: Date
  project: { name: string; path: string }
  /** The scenario as checked (overrides applied). */
  scenario: Scenario
  targets: SlaTargets
  feasibility: FeasibilityResult
  cells: readonly Cell[]
  imports: readonly ImportRecord[]
  /** The checked area's ring, [lon, lat] degrees, for the maps; omit for a route. */
  areaRing?: readonly (readonly [number, number])[]
}

export interface ReportParagraph {
  kind: 'paragraph'
  text: string
  /** A note is set smaller and greyed. */
  note?: boolean
}
export interface ReportTable {
  kind: 'table'
  columns: string[]
  rows: string[][]
  /** Relative column widths (they need not sum to 1). */
  widths: number[]
}
export interface ReportList {
  kind: 'list'
  title?: string
  items: string[]
}
export type ReportBlock = ReportParagraph | ReportTable | ReportList | ReportFigure

export interface ReportSection {
  heading: string
  blocks: ReportBlock[]
}

/** The whole report as texts, tables and SVG drawings in one language; the renderers only lay it out. */
export interface ReportModel {
  lang: ReportLanguage
  /** The document language for HTML (BCP 47). */
  htmlLang: 'zh-CN' | 'en'
  labels: ReportLabels
  title: string
  /** Project, scenario, what was checked, altitudes, date: label and value pairs. */
  meta: [string, string][]
  verdict: {
    verdict: 'pass' | 'fail'
    /** "Verdict" / "可行性结论". */
    heading: string
    /** PASS / FAIL, 通过 / 未通过. */
    word: string
    /** Coverage and interruption against their targets. */
    facts: [string, string][]
  }
  sections: ReportSection[]
  generatedAt: Date
}

const num = (value: number): string => formatNumber(value)
const pct = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} %`)

/**
 * Builds the report: the executive verdict, the SLA terms, the derived targets with their basis,
 * verdict maps per altitude, CDF and segment charts, the offending segments with suggestions, the
 * assumptions and how the check was made, and the input files with their sha256.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const labels = reportLabels(input.lang)
  const { feasibility: result, scenario, lang } = input
  const s = result.summary
  const coverageLabel = result.target.kind === 'route' ? labels.routeCoverage : labels.areaCoverage
  const figureInput = { labels, targets: input.targets, feasibility: result, cells: input.cells, ...(input.areaRing === undefined ? {} : { areaRing: input.areaRing }) }
  return {
    lang,
    htmlLang: lang === 'zh' ? 'zh-CN' : 'en',
    labels,
    title: `${labels.title}: ${scenario.name[lang]}`,
    meta: [
      [labels.project, input.project.name],
      [labels.scenario, `${scenario.name[lang]} (${scenario.id} v${scenario.version})`],
      [labels.checkedAlong, `${result.target.kind === 'route' ? labels.route : labels.area} ${result.target.name}`],
      [labels.altitudes, result.altitudesM.map((a) => `${a} m`).join(', ')],
      [labels.generated, input.generatedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ],
    verdict: {
      verdict: s.verdict,
      heading: labels.verdict,
      word: s.verdict === 'pass' ? labels.pass : labels.fail,
      facts: [
        [coverageLabel, `${pct(s.routeCoveragePct)} (${labels.target} ${pct(s.coverageTargetPct)})`],
        [labels.interruption, `${num(s.interruptionSecondsPerHour)} s/h (${labels.limit} ${s.interruptionTargetSecondsPerHour === null ? '–' : num(s.interruptionTargetSecondsPerHour)} s/h)`],
        [labels.measuredShare, pct(s.measuredPct)],
      ],
    },
    sections: [
      byAltitudeSection(input, labels),
      termsSection(scenario, labels, lang),
      targetsSection(input, labels),
      { heading: labels.maps, blocks: verdictMaps(figureInput) },
      { heading: labels.charts, blocks: reportCharts(figureInput) },
      offendingSection(input, labels),
      assumptionsSection(input, labels),
      inputsSection(input.imports, labels),
    ],
    generatedAt: input.generatedAt,
  }
}

function byAltitudeSection(input: ReportInput, labels: ReportLabels): ReportSection {
  const s = input.feasibility.summary
  const coverageLabel = input.feasibility.target.kind === 'route' ? labels.routeCoverage : labels.areaCoverage
  const rows = s.byAltitude.map((a) => [`${a.altitudeM} m`, String(a.points), pct(a.routeCoveragePct), `${num(a.interruptionSecondsPerHour)} s/h`, a.verdict === 'pass' ? labels.pass : labels.fail])
  return { heading: labels.byAltitude, blocks: [{ kind: 'table', columns: [labels.altitude, labels.points, coverageLabel, labels.interruption, labels.verdict], rows, widths: [1, 1, 1.4, 1.4, 1.2] }] }
}

function termRow(term: ScenarioTerm, lang: ReportLanguage): string[] {
  return [term.label[lang], typeof term.value === 'number' ? num(term.value) : String(term.value), term.unit, term.source, term.tag]
}

function termsTable(terms: readonly ScenarioTerm[], labels: ReportLabels, lang: ReportLanguage): ReportTable {
  return { kind: 'table', columns: [labels.term, labels.value, labels.unit, labels.source, labels.tag], rows: terms.map((t) => termRow(t, lang)), widths: [2.4, 1.2, 0.8, 2.8, 0.5] }
}

function termsSection(scenario: Scenario, labels: ReportLabels, lang: ReportLanguage): ReportSection {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: scenario.description[lang] }, termsTable(scenario.terms.filter((t) => t.kind === 'sla'), labels, lang), { kind: 'paragraph', text: labels.tagLegend, note: true }]
  return { heading: labels.slaTerms, blocks }
}

function targetBound(t: NetworkTarget): string {
  const percentile = t.percentile === null ? '' : ` @P${num(t.percentile)}`
  const window = t.windowS === null ? '' : ` / ${num(t.windowS)} s`
  return `${t.bound === 'min' ? '≥' : '≤'} ${num(t.value)}${t.unit === '' ? '' : ` ${t.unit}`}${percentile}${window}`
}

function targetsSection(input: ReportInput, labels: ReportLabels): ReportSection {
  const { lang } = input
  const perTarget = input.feasibility.summary.perTarget
  const rows = input.targets.targets.map((t) => [t.label[lang], targetBound(t), t.tag, perTarget[t.id] === undefined ? '–' : pct(perTarget[t.id]?.metPct ?? null)])
  const blocks: ReportBlock[] = [{ kind: 'table', columns: [labels.networkTargets, labels.value, labels.tag, labels.metOver], rows, widths: [2.4, 2.2, 0.5, 0.9] }]
  // The translator writes every basis line and warning in both languages, line for line.
  for (const t of input.targets.targets) blocks.push({ kind: 'list', title: `${labels.basis} · ${t.label[lang]} ${targetBound(t)}`, items: lang === 'zh' ? t.basisZh : t.basis })
  const warnings = lang === 'zh' ? input.targets.warningsZh : input.targets.warnings
  if (warnings.length > 0) blocks.push({ kind: 'list', title: labels.warnings, items: warnings })
  return { heading: labels.networkTargets, blocks }
}

function segmentWhere(segment: FeasibilitySegment): string {
  if (segment.fromM === null) return `${segment.block?.column ?? '?'},${segment.block?.row ?? '?'}`
  return `${Math.round(segment.fromM)}–${Math.round(segment.toM ?? segment.fromM)} m`
}

function offendingSection(input: ReportInput, labels: ReportLabels): ReportSection {
  const { lang } = input
  const worst = input.feasibility.summary.worstSegments
  if (worst.length === 0) return { heading: labels.offendingSegments, blocks: [{ kind: 'paragraph', text: labels.noOffendingSegments }] }
  const targetLabel = (id: string): string => input.targets.targets.find((t) => t.id === id)?.label[lang] ?? id
  const verdictWord = { pass: labels.passPoint, marginal: labels.marginal, fail: labels.failPoint, 'no-data': labels.noData }
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: labels.suggestionsNote, note: true }]
  for (const segment of worst) {
    const failing = segment.failing.map((f) => `${targetLabel(f.targetId)} (${f.points})`).join(lang === 'zh' ? '、' : ', ') || '–'
    blocks.push({
      kind: 'list',
      title: `${segment.altitudeM} m · ${labels.segment} ${segmentWhere(segment)} · ${verdictWord[segment.verdict]} (${segment.points} ${labels.points.toLowerCase()})`,
      items: [
        `${labels.failing}: ${failing}`,
        `${labels.cellsAndBeams}: ${describeServingCells(segment, lang)}`,
        ...suggestionsForSegment(segment, lang, targetLabel).map((text) => `${labels.suggestions}: ${text}`),
      ],
    })
  }
  return { heading: labels.offendingSegments, blocks }
}

function assumptionsSection(input: ReportInput, labels: ReportLabels): ReportSection {
  const m = input.feasibility.summary.model
  const t = m.tolerances
  const facts = [
    `${labels.spacing}: ${num(m.spacingM)} m; ${labels.segmentLength}: ${num(m.segmentLengthM)} m`,
    `${labels.tolerances}: ${num(t.distanceM)} m, ±${num(t.altitudeM)} m, ${num(t.maxAgeDays)} d`,
    `${labels.calibrated}: ${m.calibrated ? labels.yes : labels.no}; ${labels.cellsInScene}: ${m.cells}`,
    `${labels.interruptionModel}: ${m.interruption}`,
  ]
  return {
    heading: labels.assumptions,
    blocks: [termsTable(input.scenario.terms.filter((x) => x.kind === 'assumption'), labels, input.lang), { kind: 'list', title: labels.checkModel, items: facts }],
  }
}

function inputsSection(imports: readonly ImportRecord[], labels: ReportLabels): ReportSection {
  const fontNote: ReportParagraph = { kind: 'paragraph', text: labels.fontNote, note: true }
  if (imports.length === 0) return { heading: labels.inputFiles, blocks: [{ kind: 'paragraph', text: labels.noInputFiles }, fontNote] }
  const rows = imports.map((i) => [i.file, i.kind, String(i.rows), i.sha256, i.importedAt.slice(0, 10)])
  return { heading: labels.inputFiles, blocks: [{ kind: 'table', columns: [labels.file, labels.kind, labels.rows, 'sha256', labels.imported], rows, widths: [1.6, 0.7, 0.6, 3.6, 0.9] }, fontNote] }
}
