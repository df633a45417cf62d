/**
 * Header synonyms of KPI tables (OSS/NMS exports), English and Chinese. Matching ignores case,
 * `_`/`-`/space differences and a trailing `(unit)`; a user mapping keyed by these field names wins.
 */
export const kpiColumnSynonyms = {
  time: ['time', 'timestamp', 'datetime', 'date time', 'start time', 'begin time', 'period start', 'result time', 'date',
    '时间', '开始时间', '起始时间', '日期', '日期时间', '统计时间', '数据时间'],
  cell: ['cell', 'cell name', 'cellname', 'cell id', 'cellid', 'object', 'object name', 'eutrancell', 'nrcell', 'cgi', 'eci', 'nci',
    '小区', '小区名', '小区名称', '小区标识', '对象', '对象名称'],
  counter: ['counter', 'counter name', 'kpi', 'kpi name', 'indicator', 'metric', 'measurement', '指标', '指标名称', '计数器', '计数器名称', 'kpi名称'],
  value: ['value', 'kpi value', 'counter value', 'val', '值', '指标值', '数值', '计数器值'],
  unit: ['unit', 'units', '单位'],
} as const satisfies Record<string, readonly string[]>

export type KpiField = keyof typeof kpiColumnSynonyms

/**
 * Columns of a wide KPI table that describe the row rather than count anything: they are neither
 * counters nor errors (granularity, network element, region…).
 */
export const kpiDescriptiveHeaders = [
  'period', 'granularity', 'granularity period', 'duration', 'end time', 'stop time', 'ne', 'ne name', 'network element', 'managed element',
  'site', 'site name', 'enodeb', 'gnodeb', 'enodeb name', 'gnodeb name', 'region', 'city', 'area', 'vendor', 'reliability', 'integrity',
  '粒度', '周期', '结束时间', '网元', '网元名称', '基站', '基站名称', '站点', '区域', '地市', '城市', '厂家', '可信度',
] as const
