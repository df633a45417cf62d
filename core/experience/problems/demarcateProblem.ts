/**
 * Demarcation: whose fault an experience problem is (radio, transport, core, server or the
 * terminal), from the evidence the project holds, with that evidence spelled out. Pure.
 */

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
}

/** A degraded period of one KPI counter of the cell (from detectDegradation). */
export interface KpiDegradation {
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
  evidence: string[]
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits)

/** Why a record's radio is poor, or an empty list when it is not (or was not measured). */
function poorRadioReasons(r: AffectedRecord, t: RadioThresholds): string[] {
  const reasons: string[] = []
  if (r.rsrpDbm !== null && r.rsrpDbm < t.poorRsrpDbm) reasons.push('rsrp')
  if (r.sinrDb !== null && r.sinrDb < t.poorSinrDb) reasons.push('sinr')
  if (r.cqi !== null && r.cqi < t.poorCqi) reasons.push('cqi')
  return reasons
}

const measuredRadio = (r: AffectedRecord): boolean => r.rsrpDbm !== null || r.sinrDb !== null || r.cqi !== null

/** The segment with the largest median, as transport or core, when RTT segments are present. */
function networkDomain(evidence: CellEvidence): { domain: 'transport' | 'core'; note: string } {
  const segments = Object.entries(evidence.rttSegmentsMs).filter(([name]) => /transport|backhaul|core/i.test(name))
  if (segments.length === 0) return { domain: 'transport', note: 'no RTT segments in the data: transport and core are not told apart' }
  const [name, ms] = segments.reduce((a, b) => (b[1] > a[1] ? b : a))
  return { domain: /core/i.test(name) ? 'core' : 'transport', note: `largest RTT segment ${name} = ${fmt(ms)} ms` }
}

interface Assignment {
  domain: FaultDomain
  reasons: string[]
}

/** The domain of one affected record, from the strongest evidence first. */
function assign(r: AffectedRecord, evidence: CellEvidence, t: RadioThresholds, highRttMs: number): Assignment {
  const poor = poorRadioReasons(r, t)
  if (poor.length > 0) return { domain: 'radio', reasons: poor }
  const inRadioKpi = evidence.kpiDegradations.find((d) => d.domain === 'radio' && r.timeMs !== null && r.timeMs >= d.startTimeMs && r.timeMs <= d.endTimeMs)
  if (inRadioKpi !== undefined) return { domain: 'radio', reasons: [`kpi:${inRadioKpi.counter}`] }
  const rttHigh = r.source === 'rttMs' || (evidence.rtt !== null && evidence.rtt.medianMs > highRttMs)
  if (rttHigh) return { domain: networkDomain(evidence).domain, reasons: ['rtt'] }
  const networkKpi = evidence.kpiDegradations.find((d) => d.domain !== 'radio' && r.timeMs !== null && r.timeMs >= d.startTimeMs && r.timeMs <= d.endTimeMs)
  if (networkKpi !== undefined) return { domain: networkKpi.domain, reasons: [`kpi:${networkKpi.counter}`] }
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
 * in this order: radio when its RSRP/SINR/CQI is poor (RadioThresholds) or it falls in a degraded
 * period of a radio KPI of the cell; transport or core (by the largest RTT segment when present)
 * when radio is good but the RTT is high; transport/core when a transport/core KPI degraded at the
 * time; server when RTT is fine but server-side KQIs (page load, time to first byte) are bad;
 * unknown otherwise. If only one of several devices seen in the cell is affected, the whole problem
 * goes to terminal. Shares are badness-weighted; evidence lists the counts and medians behind them.
 */
export function demarcateProblem(affected: readonly AffectedRecord[], evidence: CellEvidence, options: DemarcationOptions = {}): Cause[] {
  const t: RadioThresholds = { ...defaultRadioThresholds, ...options.radio }
  const highRttMs = options.highRttMs ?? 100
  const total = affected.reduce((sum, r) => sum + r.badness, 0)
  if (affected.length === 0 || total <= 0) return []
  const suspect = terminalSuspect(affected, evidence)
  if (suspect !== null) {
    const others = Object.entries(evidence.recordsPerDevice).filter(([d]) => d !== suspect).map(([d, n]) => `${d} (${n} records)`)
    return [{ domain: 'terminal', share: 1, evidence: [`all ${affected.length} affected records come from device ${suspect}`, `no problem on the other devices in the cell: ${others.join(', ')}`] }]
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
  const causes = [...groups].map(([domain, records]) => ({
    domain,
    share: records.reduce((sum, r) => sum + r.badness, 0) / total,
    evidence: describe(domain, records, reasonCounts.get(domain) ?? new Map(), evidence, t),
  }))
  return causes.sort((a, b) => b.share - a.share)
}

const medianOf = (values: number[]): number | null => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2
}

/** The evidence lines of one domain: counts of each reason, medians, and the cell-level evidence used. */
function describe(domain: FaultDomain, records: AffectedRecord[], reasons: Map<string, number>, evidence: CellEvidence, t: RadioThresholds): string[] {
  const n = records.length
  const lines: string[] = []
  const count = (key: string): number => reasons.get(key) ?? 0
  if (domain === 'radio') {
    if (count('rsrp') > 0) lines.push(`${count('rsrp')} of ${n} affected samples with RSRP < ${t.poorRsrpDbm} dBm (median ${fmt(medianOf(records.map((r) => r.rsrpDbm ?? Number.NaN)) ?? Number.NaN)} dBm)`)
    if (count('sinr') > 0) lines.push(`${count('sinr')} of ${n} with SINR < ${t.poorSinrDb} dB (median ${fmt(medianOf(records.map((r) => r.sinrDb ?? Number.NaN)) ?? Number.NaN)} dB)`)
    if (count('cqi') > 0) lines.push(`${count('cqi')} of ${n} with CQI < ${t.poorCqi}`)
  }
  for (const [reason, k] of reasons) {
    if (!reason.startsWith('kpi:')) continue
    const d = evidence.kpiDegradations.find((x) => x.counter === reason.slice(4))
    if (d !== undefined) lines.push(`${k} of ${n} during a degradation of KPI ${d.counter} (baseline median ${fmt(d.baselineMedian, 2)}, worst z ${fmt(d.worstZ)}) from ${new Date(d.startTimeMs).toISOString()} to ${new Date(d.endTimeMs).toISOString()}`)
  }
  if (count('rtt') > 0) {
    lines.push(`radio good (RSRP ≥ ${t.poorRsrpDbm} dBm, SINR ≥ ${t.poorSinrDb} dB, CQI ≥ ${t.poorCqi}) on ${count('rtt')} of ${n}`)
    if (evidence.rtt !== null) lines.push(`cell RTT median ${fmt(evidence.rtt.medianMs)} ms over ${evidence.rtt.count} RTT KQIs`)
    lines.push(networkDomain(evidence).note)
  }
  if (count('server') > 0) {
    lines.push(`radio good and RTT ${evidence.rtt === null ? 'not measured' : `fine (median ${fmt(evidence.rtt.medianMs)} ms)`} on ${count('server')} of ${n}`)
    for (const k of evidence.badServerKqis) lines.push(`server-side KQI ${k.kqi}: median ${fmt(k.median, 2)} above ${k.threshold} over ${k.count} values`)
  }
  if (count('radio-good') > 0) lines.push(`${count('radio-good')} of ${n} with good radio (RSRP ≥ ${t.poorRsrpDbm} dBm, SINR ≥ ${t.poorSinrDb} dB, CQI ≥ ${t.poorCqi}) and no RTT, KPI or server evidence to blame (cell load is a candidate)`)
  if (count('no-radio') > 0) lines.push(`${count('no-radio')} of ${n} KQI records without radio measurements or other evidence`)
  return lines
}
