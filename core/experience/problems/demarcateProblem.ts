/**
 * Demarcation: whose fault an experience problem is (radio, transport, core, server or the
 * terminal), from the evidence the project holds, with that evidence spelled out. Pure.
 */

import type { WorseDirection } from './detectDegradation.js'
import {
  areaDropLine, cellDropLine, cellRttLine, goodRadioLine, kpiDegradationLine, noRadioLine, poorCqiLine, poorRsrpLine, poorSinrLine, rttBeyondRanLine, rttSegmentLine,
  serverKqiLine, serverRadioRttLine, terminalLines, unexplainedLine, type EvidenceLine,
} from './demarcationEvidence.js'

export type FaultDomain = 'radio' | 'transport' | 'core' | 'server' | 'terminal' | 'unknown'

/** Radio conditions at or below which a sample counts as poor radio. UNVERIFIED planning rules of thumb. */
export interface RadioThresholds {
  /** Default −110 dBm: cell edge for NR/LTE data coverage. */
  poorRsrpDbm: number
  /** Default 0 dB: below it the link runs at the lowest MCS. */
  poorSinrDb: number
  /** Default 6: CQI 1–6 are the QPSK entries of TS 38.214 Table 5.2.2.1-2. */
  poorCqi: number
}

export const defaultRadioThresholds: Readonly<RadioThresholds> = { poorRsrpDbm: -110, poorSinrDb: 0, poorCqi: 6 }

/** A measurement with bad experience, as demarcation sees it. */
export interface AffectedRecord {
  /** 'sample' = drive-test sample; otherwise the KQI name (`rttMs`, `throughputMbps`…). */
  source: string
  /** How bad, 0–1 (the weighted badness of experienceSeverity). */
  badness: number
  timeMs: number | null
  rsrpDbm: number | null
  sinrDb: number | null
  cqi: number | null
  /** The device or terminal model, when the source names it. */
  device: string | null
  /**
   * The serving cell, when the caller knows it (null: known to have none). An area problem mixes
   * cells: a KPI degradation of one cell then explains only that cell's records.
   */
  cell?: string | null
}

/** A degraded period of one KPI counter of the cell (from detectDegradation). */
export interface KpiDegradation {
  /** The cell whose counter degraded; left out, the degradation applies to every record. */
  cell?: string
  counter: string
  domain: 'radio' | 'transport' | 'core'
  startTimeMs: number
  endTimeMs: number
  /** Median before the degradation, in the counter's unit. */
  baselineMedian: number
  worstZ: number
}

/** The cell's evidence beyond the affected records themselves. */
export interface CellEvidence {
  /** Median RTT of the cell's RTT KQIs, ms, and how many there are; null when none. */
  rtt: { medianMs: number; count: number } | null
  /** Median of each RTT segment KQI present (`rttRanMs`, `rttTransportMs`, `rttCoreMs`…), ms. */
  rttSegmentsMs: Readonly<Record<string, number>>
  /** Server-side KQIs of the cell that are bad: name, median, threshold, count. */
  badServerKqis: readonly { kqi: string; median: number; threshold: number; count: number }[]
  kpiDegradations: readonly KpiDegradation[]
  /** Records per device among all of the cell's records (good and bad), when devices are named. */
  recordsPerDevice: Readonly<Record<string, number>>
  /**
   * Area-wide drops of the area's DL rate (detectAreaDegradation), for an area problem. Evidence
   * only: they name when the area as a whole got worse, not whose fault it is, so no record is
   * assigned by them; each domain lists how many of its records fall in a drop.
   */
  areaDegradations?: readonly AreaDegradationPeriod[]
  /**
   * Periods when the cell's own experience series got worse (readCellDegradations), for a cell
   * problem. Evidence only, like areaDegradations: each domain lists how many of its records fall in one.
   */
  cellDegradations?: readonly CellDegradationPeriod[]
}

/** A period when an area's metric dropped, all its cells together (detectAreaDegradation). */
export interface AreaDegradationPeriod {
  /** The metric of the area series: 'dlMbps' (drive-test DL rate, Mbit/s). */
  metric: string
  /** Start of the first and end of the last degraded time bucket, ms since the epoch. */
  startTimeMs: number
  endTimeMs: number
  /** Median of the area series before the drop, in the metric's unit. */
  baselineMedian: number
  /** Worst robust z-score in the period, positive = worse. */
  worstZ: number
  /** Most cells reporting in one bucket of the period. */
  maxCellsReporting: number
}

/**
 * A period when one of a cell's own experience series got worse (readCellDegradations): the DL rate
 * of the drive-test samples it served, or a timed KQI that names it. The area period's fields but
 * `maxCellsReporting` (always 1 for one cell, so left out), plus the direction, since a cell's KQIs
 * get worse both ways (a rate drops, an RTT rises).
 */
export interface CellDegradationPeriod {
  /** 'dlMbps' (the drive-test DL rate, Mbit/s) or the KQI's name (`rttMs`, `throughputMbps`…). */
  metric: string
  /** Which way the metric got worse: 'lower' (a drop) or 'higher' (a rise). */
  worse: WorseDirection
  /** Start of the first and end of the last degraded time bucket, ms since the epoch. */
  startTimeMs: number
  endTimeMs: number
  /** Median of the cell's series before the period, in the metric's unit. */
  baselineMedian: number
  /** Worst robust z-score in the period, positive = worse. */
  worstZ: number
}

export interface DemarcationOptions {
  radio?: Partial<RadioThresholds>
  /** RTT above which transport/core are blamed when radio is good, ms. Default 100 (UNVERIFIED). */
  highRttMs?: number
}

export interface Cause {
  domain: FaultDomain
  /** Share of the problem's impact (badness) put on this domain, 0–1; the shares sum to 1. */
  share: number
  /** The evidence behind the share, one line per fact, in English. */
  evidence: string[]
  /** The same lines in Chinese: same length, same order, same numbers (demarcationEvidence). */
  evidenceZh: string[]
}

/** A cause from its evidence lines, split into the English and the Chinese list. */
const causeOf = (domain: FaultDomain, share: number, lines: readonly EvidenceLine[]): Cause => ({
  domain,
  share,
  evidence: lines.map((line) => line.en),
  evidenceZh: lines.map((line) => line.zh),
})

/** One line per period (an area's drop, or a cell's own) that some of the records fall in, counting those records. */
function periodLines<P extends { startTimeMs: number; endTimeMs: number }>(
  records: readonly AffectedRecord[],
  periods: readonly P[],
  line: (count: number, of: number, period: P) => EvidenceLine,
): EvidenceLine[] {
  return periods.flatMap((p) => {
    const k = records.filter((r) => r.timeMs !== null && r.timeMs >= p.startTimeMs && r.timeMs <= p.endTimeMs).length
    return k === 0 ? [] : [line(k, records.length, p)]
  })
}

/** Why a record's radio is poor, or an empty list when it is not (or was not measured). */
function poorRadioReasons(r: AffectedRecord, t: RadioThresholds): string[] {
  const reasons: string[] = []
  if (r.rsrpDbm !== null && r.rsrpDbm < t.poorRsrpDbm) reasons.push('rsrp')
  if (r.sinrDb !== null && r.sinrDb < t.poorSinrDb) reasons.push('sinr')
  if (r.cqi !== null && r.cqi < t.poorCqi) reasons.push('cqi')
  return reasons
}

const measuredRadio = (r: AffectedRecord): boolean => r.rsrpDbm !== null || r.sinrDb !== null || r.cqi !== null

/** The segment with the largest median, as transport or core, when RTT segments are present (else transport, segment null). */
function networkDomain(evidence: CellEvidence): { domain: 'transport' | 'core'; largest: { name: string; ms: number } | null } {
  const segments = Object.entries(evidence.rttSegmentsMs).filter(([name]) => /transport|backhaul|core/i.test(name))
  if (segments.length === 0) return { domain: 'transport', largest: null }
  const [name, ms] = segments.reduce((a, b) => (b[1] > a[1] ? b : a))
  return { domain: /core/i.test(name) ? 'core' : 'transport', largest: { name, ms } }
}

/** RTT segments of the radio access part (rttRanMs, rttRadioMs, rttAirMs, ran_ms…); not rttTransportMs, whose "ran" is inside a word. */
const ranSegment = /(?:^|rtt|_)(?:ran|radio|air)/i

/** The largest RTT segment of all (RAN included), and the RAN segment's median; null without segments. */
function rttSegmentSplit(evidence: CellEvidence): { largest: { name: string; ms: number }; ranMs: number | null } | null {
  const segments = Object.entries(evidence.rttSegmentsMs)
  if (segments.length === 0) return null
  const [name, ms] = segments.reduce((a, b) => (b[1] > a[1] ? b : a))
  const ran = segments.find(([segment]) => ranSegment.test(segment))
  return { largest: { name, ms }, ranMs: ran === undefined ? null : ran[1] }
}

/** Whether a record falls in a KPI degradation of its own cell (or of any cell, when either side does not say). */
function duringKpi(r: AffectedRecord, d: KpiDegradation): boolean {
  const sameCell = d.cell === undefined || r.cell === undefined || d.cell === r.cell
  return sameCell && r.timeMs !== null && r.timeMs >= d.startTimeMs && r.timeMs <= d.endTimeMs
}

interface Assignment {
  domain: FaultDomain
  reasons: string[]
}

/** The domain of one affected record, from the strongest evidence first. */
function assign(r: AffectedRecord, evidence: CellEvidence, t: RadioThresholds, highRttMs: number): Assignment {
  // A slow RTT whose segments put the delay beyond the RAN is the network's even under poor radio:
  // poor radio adds its retransmissions to the RAN segment, which would then be the largest.
  if (r.source === 'rttMs') {
    const split = rttSegmentSplit(evidence)
    if (split !== null && !ranSegment.test(split.largest.name)) return { domain: networkDomain(evidence).domain, reasons: ['rtt-segment'] }
  }
  const poor = poorRadioReasons(r, t)
  if (poor.length > 0) return { domain: 'radio', reasons: poor }
  const inRadioKpi = evidence.kpiDegradations.findIndex((d) => d.domain === 'radio' && duringKpi(r, d))
  if (inRadioKpi >= 0) return { domain: 'radio', reasons: [`kpi:${inRadioKpi}`] }
  const rttHigh = r.source === 'rttMs' || (evidence.rtt !== null && evidence.rtt.medianMs > highRttMs)
  if (rttHigh) return { domain: networkDomain(evidence).domain, reasons: ['rtt'] }
  const networkKpi = evidence.kpiDegradations.findIndex((d) => d.domain !== 'radio' && duringKpi(r, d))
  if (networkKpi >= 0) return { domain: (evidence.kpiDegradations[networkKpi] as KpiDegradation).domain, reasons: [`kpi:${networkKpi}`] }
  if (evidence.badServerKqis.length > 0) return { domain: 'server', reasons: ['server'] }
  return { domain: 'unknown', reasons: [measuredRadio(r) ? 'radio-good' : 'no-radio'] }
}

/**
 * When the cell's records name several devices and every affected record comes from one of them,
 * that device is the suspect: the others, in the same cell, were fine.
 */
function terminalSuspect(affected: readonly AffectedRecord[], evidence: CellEvidence): string | null {
  const devices = Object.keys(evidence.recordsPerDevice)
  if (devices.length < 2) return null
  const affectedDevices = new Set(affected.map((r) => r.device))
  if (affectedDevices.size !== 1) return null
  const [only] = affectedDevices
  return only ?? null
}

/**
 * Splits a cell's experience problem over fault domains. Each affected record goes to one domain,
 * in this order: transport or core for a slow RTT whose largest segment lies beyond the RAN (whatever
 * the radio); radio when its RSRP/SINR/CQI is poor (RadioThresholds) or it falls in a degraded
 * period of a radio KPI of the cell; transport or core (by the largest RTT segment when present)
 * when radio is good but the RTT is high; transport/core when a transport/core KPI degraded at the
 * time; server when RTT is fine but server-side KQIs (page load, time to first byte) are bad;
 * unknown otherwise. If only one of several devices seen in the cell is affected, the whole problem
 * goes to terminal. Shares are badness-weighted; evidence lists the counts and medians behind them,
 * evidenceZh the same lines in Chinese.
 */
export function demarcateProblem(affected: readonly AffectedRecord[], evidence: CellEvidence, options: DemarcationOptions = {}): Cause[] {
  const t: RadioThresholds = { ...defaultRadioThresholds, ...options.radio }
  const highRttMs = options.highRttMs ?? 100
  const total = affected.reduce((sum, r) => sum + r.badness, 0)
  if (affected.length === 0 || total <= 0) return []
  const suspect = terminalSuspect(affected, evidence)
  if (suspect !== null) {
    const others = Object.entries(evidence.recordsPerDevice).filter(([d]) => d !== suspect)
    return [causeOf('terminal', 1, terminalLines(affected.length, suspect, others))]
  }
  const groups = new Map<FaultDomain, AffectedRecord[]>()
  const reasonCounts = new Map<FaultDomain, Map<string, number>>()
  for (const r of affected) {
    const { domain, reasons } = assign(r, evidence, t, highRttMs)
    groups.set(domain, [...(groups.get(domain) ?? []), r])
    const counts = reasonCounts.get(domain) ?? new Map<string, number>()
    for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1)
    reasonCounts.set(domain, counts)
  }
  const causes = [...groups].map(([domain, records]) =>
    causeOf(domain, records.reduce((sum, r) => sum + r.badness, 0) / total, describe(domain, records, reasonCounts.get(domain) ?? new Map(), evidence, t)),
  )
  return causes.sort((a, b) => b.share - a.share)
}

const medianOf = (values: number[]): number | null => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2
}

/** The evidence lines of one domain: counts of each reason, medians, and the cell-level evidence used. */
function describe(domain: FaultDomain, records: AffectedRecord[], reasons: Map<string, number>, evidence: CellEvidence, t: RadioThresholds): EvidenceLine[] {
  const n = records.length
  const lines: EvidenceLine[] = []
  const count = (key: string): number => reasons.get(key) ?? 0
  if (domain === 'radio') {
    if (count('rsrp') > 0) lines.push(poorRsrpLine(count('rsrp'), n, t, medianOf(records.map((r) => r.rsrpDbm ?? Number.NaN))))
    if (count('sinr') > 0) lines.push(poorSinrLine(count('sinr'), n, t, medianOf(records.map((r) => r.sinrDb ?? Number.NaN))))
    if (count('cqi') > 0) lines.push(poorCqiLine(count('cqi'), n, t))
  }
  for (const [reason, k] of reasons) {
    if (!reason.startsWith('kpi:')) continue
    const d = evidence.kpiDegradations[Number(reason.slice(4))]
    if (d !== undefined) lines.push(kpiDegradationLine(k, n, d))
  }
  const split = rttSegmentSplit(evidence)
  if (count('rtt-segment') > 0 && split !== null) lines.push(rttBeyondRanLine(count('rtt-segment'), n, split.largest, split.ranMs))
  if (count('rtt') > 0) {
    lines.push(goodRadioLine(count('rtt'), n, t))
    if (evidence.rtt !== null) lines.push(cellRttLine(evidence.rtt))
    lines.push(rttSegmentLine(networkDomain(evidence).largest))
  } else if (count('rtt-segment') > 0 && evidence.rtt !== null) lines.push(cellRttLine(evidence.rtt))
  if (count('server') > 0) {
    lines.push(serverRadioRttLine(count('server'), n, evidence.rtt))
    for (const k of evidence.badServerKqis) lines.push(serverKqiLine(k))
  }
  if (count('radio-good') > 0) lines.push(unexplainedLine(count('radio-good'), n, t))
  if (count('no-radio') > 0) lines.push(noRadioLine(count('no-radio'), n))
  lines.push(...periodLines(records, evidence.areaDegradations ?? [], areaDropLine))
  lines.push(...periodLines(records, evidence.cellDegradations ?? [], cellDropLine))
  return lines
}
