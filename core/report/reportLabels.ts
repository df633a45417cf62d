/** The languages a report is written in: simplified Chinese (zh-CN) or English. */
export const reportLanguages = ['zh', 'en'] as const
export type ReportLanguage = (typeof reportLanguages)[number]

/**
 * Every fixed text of the report in both languages, by key. Data (scenario names, term labels,
 * target labels, basis chains and consistency warnings) carries its own translations; the
 * feasibility model's description exists in English only and is shown as it is.
 */
const dictionary = {
  title: { en: 'SLA feasibility report', zh: 'SLA可行性评估报告' },
  project: { en: 'Project', zh: '项目' },
  scenario: { en: 'Scenario', zh: '业务场景' },
  checkedAlong: { en: 'Checked along', zh: '评估对象' },
  route: { en: 'route', zh: '航线' },
  area: { en: 'area', zh: '任务区域' },
  altitudes: { en: 'Altitudes (AGL)', zh: '飞行高度（离地）' },
  generated: { en: 'Generated', zh: '生成时间' },
  verdict: { en: 'Verdict', zh: '可行性结论' },
  pass: { en: 'PASS', zh: '通过' },
  fail: { en: 'FAIL', zh: '未通过' },
  marginal: { en: 'marginal', zh: '临界' },
  noData: { en: 'no data', zh: '无数据' },
  passPoint: { en: 'pass', zh: '满足' },
  failPoint: { en: 'fail', zh: '不满足' },
  routeCoverage: { en: 'Route coverage', zh: '航线覆盖率' },
  areaCoverage: { en: 'Area coverage', zh: '区域覆盖率' },
  interruption: { en: 'Interruption', zh: '中断时长' },
  target: { en: 'target', zh: '目标' },
  limit: { en: 'limit', zh: '上限' },
  measuredShare: { en: 'Points backed by measurements', zh: '有实测数据支撑的点' },
  byAltitude: { en: 'By altitude', zh: '各高度结果' },
  altitude: { en: 'Altitude', zh: '高度' },
  points: { en: 'Points', zh: '点数' },
  slaTerms: { en: 'SLA terms', zh: 'SLA 条款' },
  term: { en: 'Term', zh: '条款' },
  value: { en: 'Value', zh: '取值' },
  unit: { en: 'Unit', zh: '单位' },
  source: { en: 'Source', zh: '来源' },
  tag: { en: 'Tag', zh: '可信度' },
  tagLegend: {
    en: 'Tags: V confirmed from a primary text; S from a secondary source only; U unverified.',
    zh: '可信度标记：V 已由原始文献确认；S 仅有二手来源；U 未经核实。',
  },
  networkTargets: { en: 'Network targets', zh: '网络指标' },
  metOver: { en: 'Met at', zh: '满足比例' },
  basis: { en: 'Basis', zh: '依据' },
  warnings: { en: 'Consistency warnings', zh: '一致性提示' },
  maps: { en: 'Verdict maps', zh: '结论地图' },
  mapCaption: { en: 'Points coloured by verdict; triangles are cells, pointing along their azimuth.', zh: '各点按结论着色；三角形为小区，指向其方位角。' },
  mapAt: { en: 'Verdict at', zh: '结论分布：高度' },
  charts: { en: 'Charts', zh: '统计图表' },
  ulSinrCdf: { en: 'UL SINR over the checked points (CDF)', zh: '评估点上行SINR累积分布' },
  dlSinrCdf: { en: 'DL SINR over the checked points (CDF)', zh: '评估点下行SINR累积分布' },
  ulThroughputCdf: { en: 'UL throughput over the checked points (CDF)', zh: '评估点上行吞吐率累积分布' },
  segmentBars: { en: 'Share of offending points per segment', zh: '各路段问题点占比' },
  shareOfPoints: { en: 'share of points', zh: '点占比' },
  segment: { en: 'Segment', zh: '路段' },
  offendingSegments: { en: 'Offending segments and what to change', zh: '问题路段及整改建议' },
  noOffendingSegments: { en: 'No segment offends at any altitude.', zh: '各高度均无问题路段。' },
  where: { en: 'Where', zh: '位置' },
  failing: { en: 'Failing targets (points)', zh: '未满足指标（点数）' },
  cellsAndBeams: { en: 'Cells and SSB beams', zh: '服务小区与SSB波束' },
  beams: { en: 'beams', zh: '波束' },
  suggestions: { en: 'Suggestions', zh: '建议' },
  suggestionsNote: {
    en: 'Suggestions are derived from which target fails; they are starting points for the radio engineer, not the result of an optimisation. Check each change with a new prediction.',
    zh: '以下建议根据未满足的指标推导，仅作为无线优化工程师的出发点，并非优化计算结果；每项调整均应以新的预测复核。',
  },
  assumptions: { en: 'Assumptions', zh: '假设' },
  checkModel: { en: 'How the check was made', zh: '评估方法' },
  spacing: { en: 'Point spacing', zh: '采样间距' },
  segmentLength: { en: 'Segment length', zh: '路段长度' },
  tolerances: { en: 'Measurement tolerances', zh: '实测匹配容差' },
  calibrated: { en: 'Path-loss calibration applied', zh: '已应用路损校准' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  cellsInScene: { en: 'Cells considered', zh: '参与计算的小区数' },
  interruptionModel: { en: 'Interruption model', zh: '中断模型' },
  inputFiles: { en: 'Input files', zh: '输入文件' },
  file: { en: 'File', zh: '文件' },
  kind: { en: 'Kind', zh: '类型' },
  rows: { en: 'Rows', zh: '行数' },
  imported: { en: 'Imported', zh: '导入时间' },
  noInputFiles: { en: 'The project holds no imported file.', zh: '项目中没有导入文件。' },
  page: { en: 'Page', zh: '第' },
  pageSuffix: { en: '', zh: '页' },
  fontNote: { en: 'Set in Noto Sans SC (SIL Open Font License 1.1).', zh: '字体：Noto Sans SC（SIL 开源字体许可 1.1）。' },
} as const satisfies Record<string, Record<ReportLanguage, string>>

export type ReportLabelKey = keyof typeof dictionary
export type ReportLabels = Readonly<Record<ReportLabelKey, string>>

/** The report's fixed texts in one language (zh-CN or en). */
export function reportLabels(lang: ReportLanguage): ReportLabels {
  if (!reportLanguages.includes(lang)) throw new RangeError(`lang must be one of ${reportLanguages.join(', ')}, not ${JSON.stringify(lang)}`)
  return Object.fromEntries(Object.entries(dictionary).map(([key, text]) => [key, text[lang]])) as ReportLabels
}

/** Both translations of every key (for tests that check none is missing). */
export const reportDictionary: Readonly<Record<ReportLabelKey, Readonly<Record<ReportLanguage, string>>>> = dictionary
