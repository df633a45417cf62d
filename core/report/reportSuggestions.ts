import type { FeasibilitySegment } from '../api/schemas/feasibilitySchemas.js'
import type { ReportLanguage } from './reportLabels.js'

type Text = Readonly<Record<ReportLanguage, string>>

/**
 * What to look at when a target fails, by target id: engineering rules of thumb, not the output of
 * an optimiser. The segment's cells are
 * listed beside the suggestions (describeServingCells), so the texts do not repeat them.
 */
const byTarget: Readonly<Record<string, Text>> = {
  'ul-sinr': {
    en: 'UL SINR is short: raise the PUSCH power-control target P0 (p0-NominalPUSCH) or the uplink share (more U slots in the TDD pattern, a larger UL PRB share for the drones), or add a cell or a tilt/azimuth change toward the route so the drone transmits over a shorter path.',
    zh: '上行SINR不足：提高PUSCH功控目标P0（p0-NominalPUSCH）或上行资源占比（TDD配比增加U时隙、为无人机分配更多上行PRB），或在航线附近新增小区、调整倾角/方位角朝向航线以缩短上行路径。',
  },
  'ul-throughput': {
    en: 'UL throughput is short: give the drones more uplink resources (UL PRB share, U slots) or a better UL SINR (P0, a closer or re-tilted cell); check the load assumed in the radio plan.',
    zh: '上行吞吐率不足：为无人机分配更多上行资源（上行PRB占比、U时隙），或改善上行SINR（提高P0、就近或调整倾角的小区）；核对无线规划中假设的负荷。',
  },
  'dl-sinr': {
    en: 'DL SINR is short: at altitude many cells are in line of sight, so reduce the interference of neighbours (downtilt or lower power of the strongest interferers) or steer a dedicated beam toward the route.',
    zh: '下行SINR不足：高空可视小区多、干扰强，可对最强干扰邻区下倾或降功率，或为航线配置专用波束。',
  },
  'dl-throughput': {
    en: 'DL throughput is short: raise the DL PRB share for the drones or improve DL SINR (neighbour downtilt, a beam toward the route).',
    zh: '下行吞吐率不足：提高无人机下行PRB占比，或改善下行SINR（邻区下倾、波束指向航线）。',
  },
  rsrp: {
    en: 'RSRP is short: uptilt the serving antenna or steer an SSB beam (a higher elevation) toward the flight altitude, or add a cell nearer the segment.',
    zh: 'RSRP不足：上调服务小区天线倾角，或调整SSB波束（提高仰角）指向飞行高度，或在该路段附近新增小区。',
  },
  'coverage-probability': {
    en: 'The margin over shadow fading is too thin for the coverage probability: raise the signal (uptilt, a beam toward the altitude, a nearer cell) or, if measurements show less shadowing, measure this segment and calibrate.',
    zh: '相对阴影衰落的余量不足以达到覆盖概率：提升信号（上调倾角、波束指向飞行高度、就近小区），若实测阴影衰落更小，可对该路段实测并校准模型。',
  },
}

const fallback: Text = {
  en: '{target} fails here: review the cells serving the segment and the assumption behind this target.',
  zh: '该路段{target}不满足：请核查服务小区及该指标所依据的假设。',
}
const noData: Text = {
  en: 'No measurement or prediction covers part of this segment: import the cells that serve it or fly a measurement along it.',
  zh: '该路段部分点既无实测也无预测：请导入覆盖该处的小区数据，或沿该路段补测。',
}
const marginalOnly: Text = {
  en: 'Every target holds but within the margin: confirm with a measurement flight before committing to the SLA.',
  zh: '各指标均满足但处于临界余量内：承诺SLA前请以实测飞行确认。',
}
const noCells: Text = { en: 'no cell identified', zh: '未识别到小区' }

/** The segment's serving cells as `name (beams 3/4)`, for a suggestion. */
export function describeServingCells(segment: FeasibilitySegment, lang: ReportLanguage): string {
  if (segment.servingCells.length === 0) return noCells[lang]
  const beamsWord = lang === 'zh' ? '波束' : 'beams'
  return segment.servingCells.map((c) => (c.beams.length === 0 ? c.name : `${c.name} (${beamsWord} ${c.beams.join('/')})`)).join(lang === 'zh' ? '、' : ', ')
}

/**
 * What to change on an offending segment, one suggestion per failing target (most failing points
 * first), then one for points without data, or one for a merely marginal segment.
 * @param targetLabel the target's label in the report's language, by id (for targets without a rule)
 */
export function suggestionsForSegment(segment: FeasibilitySegment, lang: ReportLanguage, targetLabel: (id: string) => string): string[] {
  const fill = (text: Text, targetId = ''): string => text[lang].replaceAll('{target}', targetLabel(targetId))
  const suggestions = segment.failing.map((f) => fill(byTarget[f.targetId] ?? fallback, f.targetId))
  if (segment.counts.noData > 0) suggestions.push(fill(noData))
  if (suggestions.length === 0 && segment.counts.marginal > 0) suggestions.push(fill(marginalOnly))
  return suggestions
}
