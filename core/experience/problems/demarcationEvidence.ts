import type { AreaDegradationPeriod, CellDegradationPeriod, KpiDegradation, RadioThresholds } from './demarcateProblem.js'

/**
 * The evidence lines of a demarcation, each written in English and in Chinese from the same values
 * in one place, so that the two carry the same numbers (as the SLA engine's basis/basisZh do).
 * Technical tokens stay as they are in both: RSRP, SINR, CQI, RTT, KPI, KQI, z, units, cell, device,
 * counter and KQI names, ISO times. Numbers are formatted once and written identically in both.
 */
export interface EvidenceLine {
  en: string
  zh: string
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits)
const isoTime = (ms: number): string => new Date(ms).toISOString()
/** A median that may be missing (no value measured) prints as NaN, on both sides alike. */
const fmtMedian = (x: number | null): string => fmt(x ?? Number.NaN)

/** Samples with RSRP below the threshold; `medianDbm` is the median RSRP of the domain's records. */
export function poorRsrpLine(count: number, of: number, t: RadioThresholds, medianDbm: number | null): EvidenceLine {
  const m = fmtMedian(medianDbm)
  return {
    en: `${count} of ${of} affected samples with RSRP < ${t.poorRsrpDbm} dBm (median ${m} dBm)`,
    zh: `RSRP < ${t.poorRsrpDbm} dBm 的受影响采样点 ${count}/${of}（中位数 ${m} dBm）`,
  }
}

/** Samples with SINR below the threshold; `medianDb` is the median SINR of the domain's records. */
export function poorSinrLine(count: number, of: number, t: RadioThresholds, medianDb: number | null): EvidenceLine {
  const m = fmtMedian(medianDb)
  return {
    en: `${count} of ${of} with SINR < ${t.poorSinrDb} dB (median ${m} dB)`,
    zh: `SINR < ${t.poorSinrDb} dB 的受影响采样点 ${count}/${of}（中位数 ${m} dB）`,
  }
}

/** Samples with CQI below the threshold. */
export function poorCqiLine(count: number, of: number, t: RadioThresholds): EvidenceLine {
  return { en: `${count} of ${of} with CQI < ${t.poorCqi}`, zh: `CQI < ${t.poorCqi} 的受影响采样点 ${count}/${of}` }
}

/** Records inside a degraded period of a KPI counter (of one cell, when the degradation names it). */
export function kpiDegradationLine(count: number, of: number, d: KpiDegradation): EvidenceLine {
  const [baseline, z, from, to] = [fmt(d.baselineMedian, 2), fmt(d.worstZ), isoTime(d.startTimeMs), isoTime(d.endTimeMs)]
  const ofCell = d.cell === undefined ? '' : ` of cell ${d.cell}`
  const ofCellZh = d.cell === undefined ? ' ' : `小区 ${d.cell} 的 `
  return {
    en: `${count} of ${of} during a degradation of KPI ${d.counter}${ofCell} (baseline median ${baseline}, worst z ${z}) from ${from} to ${to}`,
    zh: `${count}/${of} 条记录处于${ofCellZh}KPI ${d.counter} 劣化期间（基线中位数 ${baseline}，最差 z 值 ${z}），时段 ${from} 至 ${to}`,
  }
}

/** Radio good on the records the RTT blames. */
export function goodRadioLine(count: number, of: number, t: RadioThresholds): EvidenceLine {
  return {
    en: `radio good (RSRP ≥ ${t.poorRsrpDbm} dBm, SINR ≥ ${t.poorSinrDb} dB, CQI ≥ ${t.poorCqi}) on ${count} of ${of}`,
    zh: `${count}/${of} 条记录无线环境良好（RSRP ≥ ${t.poorRsrpDbm} dBm，SINR ≥ ${t.poorSinrDb} dB，CQI ≥ ${t.poorCqi}）`,
  }
}

/** The median RTT of the cell's (or the area's pooled) RTT KQIs. */
export function cellRttLine(rtt: { medianMs: number; count: number }): EvidenceLine {
  const m = fmt(rtt.medianMs)
  return { en: `cell RTT median ${m} ms over ${rtt.count} RTT KQIs`, zh: `小区 RTT 中位数 ${m} ms（共 ${rtt.count} 个 RTT KQI）` }
}

/** Which RTT segment is the largest (it picks transport or core), or that there are none. */
export function rttSegmentLine(largest: { name: string; ms: number } | null): EvidenceLine {
  if (largest === null) return { en: 'no RTT segments in the data: transport and core are not told apart', zh: '数据中没有 RTT 分段：无法区分传输与核心网' }
  const ms = fmt(largest.ms)
  return { en: `largest RTT segment ${largest.name} = ${ms} ms`, zh: `最大的 RTT 分段为 ${largest.name} = ${ms} ms` }
}

/** RTT records whose delay lies beyond the RAN: the largest segment is transport or core, whatever the radio. */
export function rttBeyondRanLine(count: number, of: number, largest: { name: string; ms: number }, ranMs: number | null): EvidenceLine {
  const ms = fmt(largest.ms)
  const ran = ranMs === null ? null : fmt(ranMs)
  return {
    en: `${count} of ${of} slow RTTs with the delay beyond the RAN (largest segment ${largest.name} = ${ms} ms${ran === null ? '' : `, RAN segment ${ran} ms`}), whatever the radio`,
    zh: `${count}/${of} 条慢 RTT 记录的时延主要在 RAN 之外（最大分段 ${largest.name} = ${ms} ms${ran === null ? '' : `，RAN 分段 ${ran} ms`}），与无线环境无关`,
  }
}

/** Radio good and RTT fine (or not measured) on the records the server-side KQIs blame. */
export function serverRadioRttLine(count: number, of: number, rtt: { medianMs: number } | null): EvidenceLine {
  const m = rtt === null ? null : fmt(rtt.medianMs)
  return {
    en: `radio good and RTT ${m === null ? 'not measured' : `fine (median ${m} ms)`} on ${count} of ${of}`,
    zh: `${count}/${of} 条记录无线环境良好，RTT ${m === null ? '未测量' : `正常（中位数 ${m} ms）`}`,
  }
}

/** A server-side KQI of the cell whose median is above its threshold. */
export function serverKqiLine(k: { kqi: string; median: number; threshold: number; count: number }): EvidenceLine {
  const m = fmt(k.median, 2)
  return {
    en: `server-side KQI ${k.kqi}: median ${m} above ${k.threshold} over ${k.count} values`,
    zh: `服务器侧 KQI ${k.kqi}：中位数 ${m}，高于门限 ${k.threshold}（共 ${k.count} 个值）`,
  }
}

/** Records with good radio and nothing else to blame. */
export function unexplainedLine(count: number, of: number, t: RadioThresholds): EvidenceLine {
  return {
    en: `${count} of ${of} with good radio (RSRP ≥ ${t.poorRsrpDbm} dBm, SINR ≥ ${t.poorSinrDb} dB, CQI ≥ ${t.poorCqi}) and no RTT, KPI or server evidence to blame (cell load is a candidate)`,
    zh: `${count}/${of} 条记录无线环境良好（RSRP ≥ ${t.poorRsrpDbm} dBm，SINR ≥ ${t.poorSinrDb} dB，CQI ≥ ${t.poorCqi}），且没有可归因的 RTT、KPI 或服务器侧证据（可能是小区负荷）`,
  }
}

/** KQI records with neither radio measurements nor other evidence. */
export function noRadioLine(count: number, of: number): EvidenceLine {
  return { en: `${count} of ${of} KQI records without radio measurements or other evidence`, zh: `${count}/${of} 条 KQI 记录既无无线测量，也无其他证据` }
}

/** Records inside an area-wide drop of the area's metric (DL rate). */
export function areaDropLine(count: number, of: number, p: AreaDegradationPeriod): EvidenceLine {
  const dl = p.metric === 'dlMbps'
  const [baseline, z, from, to] = [fmt(p.baselineMedian, 2), fmt(p.worstZ), isoTime(p.startTimeMs), isoTime(p.endTimeMs)]
  const unit = dl ? ' Mbit/s' : ''
  const cells = `${p.maxCellsReporting} cell${p.maxCellsReporting === 1 ? '' : 's'}`
  return {
    en: `${count} of ${of} during a drop of the area's ${dl ? 'DL rate' : p.metric} (median before ${baseline}${unit}, worst z ${z}, at most ${cells} reporting at a time) from ${from} to ${to}`,
    zh: `${count}/${of} 条记录处于区域${dl ? '下行速率' : ` ${p.metric} `}下降期间（下降前中位数 ${baseline}${unit}，最差 z 值 ${z}，同一时段最多 ${p.maxCellsReporting} 个小区上报），时段 ${from} 至 ${to}`,
  }
}

/** The unit a metric's name ends in (the project's naming: `rttMs`, `pageLoadTimeS`, `dlMbps`), written after a value; '' when the name does not say. */
function unitOfMetric(metric: string): string {
  const suffixes: [RegExp, string][] = [[/Mbps$/, ' Mbit/s'], [/Kbps$/, ' kbit/s'], [/Ms$/, ' ms'], [/TimeS$/, ' s'], [/Pct$/, ' %']]
  return suffixes.find(([pattern]) => pattern.test(metric))?.[1] ?? ''
}

/** Records inside a period when the cell's own DL rate (or one of its KQIs) got worse: a drop, or a rise for delays and losses. */
export function cellDropLine(count: number, of: number, p: CellDegradationPeriod): EvidenceLine {
  const dl = p.metric === 'dlMbps'
  const [baseline, z, from, to] = [fmt(p.baselineMedian, 2), fmt(p.worstZ), isoTime(p.startTimeMs), isoTime(p.endTimeMs)]
  const unit = unitOfMetric(p.metric)
  const [change, changeZh] = p.worse === 'lower' ? ['drop', '下降'] : ['rise', '上升']
  return {
    en: `${count} of ${of} during a ${change} of the cell's ${dl ? 'DL rate' : `KQI ${p.metric}`} (median before ${baseline}${unit}, worst z ${z}) from ${from} to ${to}`,
    zh: `${count}/${of} 条记录处于本小区${dl ? '下行速率' : ` KQI ${p.metric} `}${changeZh}期间（${changeZh}前中位数 ${baseline}${unit}，最差 z 值 ${z}），时段 ${from} 至 ${to}`,
  }
}

/** Why one device is the suspect: all affected records are its, and the other devices of the cell were fine. */
export function terminalLines(affected: number, device: string, others: readonly (readonly [string, number])[]): EvidenceLine[] {
  return [
    { en: `all ${affected} affected records come from device ${device}`, zh: `全部 ${affected} 条受影响记录均来自终端 ${device}` },
    {
      en: `no problem on the other devices in the cell: ${others.map(([d, n]) => `${d} (${n} records)`).join(', ')}`,
      zh: `本小区其他终端没有问题：${others.map(([d, n]) => `${d}（${n} 条记录）`).join('、')}`,
    },
  ]
}
