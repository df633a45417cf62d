import type { EvidenceTag, NetworkTarget } from '../api/schemas/slaSchemas.js'
import type { Explained } from './translateRate.js'

/** What every target of an id shares: its labels, unit and bound. */
interface TargetDefinition {
  label: { en: string; zh: string }
  unit: string
  bound: NetworkTarget['bound']
}

/**
 * The network targets the translator derives, by id. Units: rates Mbit/s, times ms (interruption in
 * seconds per flight hour), packet loss as a ratio, reliability and coverage probability in %,
 * SINR in dB, RSRP in dBm, 5QI as its number (a class to request, not a bound: `max` only because
 * the schema needs one).
 */
export const targetDefinitions = {
  'ul-throughput': { label: { en: 'UL guaranteed throughput', zh: '上行保障吞吐率' }, unit: 'Mbit/s', bound: 'min' },
  'ul-max-throughput': { label: { en: 'UL maximum flow bit rate (bursts)', zh: '上行最大流比特率（突发）' }, unit: 'Mbit/s', bound: 'min' },
  'dl-throughput': { label: { en: 'DL guaranteed throughput', zh: '下行保障吞吐率' }, unit: 'Mbit/s', bound: 'min' },
  'dl-max-throughput': { label: { en: 'DL maximum flow bit rate (bursts)', zh: '下行最大流比特率（突发）' }, unit: 'Mbit/s', bound: 'min' },
  latency: { label: { en: 'One-way latency', zh: '单向时延' }, unit: 'ms', bound: 'max' },
  'air-latency': { label: { en: 'Air-interface latency budget', zh: '空口时延预算' }, unit: 'ms', bound: 'max' },
  jitter: { label: { en: 'Packet delay variation (P99.9 − P50)', zh: '包时延抖动（P99.9 − P50）' }, unit: 'ms', bound: 'max' },
  'packet-loss': { label: { en: 'Packet loss rate', zh: '丢包率' }, unit: '', bound: 'max' },
  reliability: { label: { en: 'Reliability (packets within the latency bound)', zh: '可靠性（时延界内送达的包比例）' }, unit: '%', bound: 'min' },
  'survival-time': { label: { en: 'Longest outage the service survives', zh: '业务可承受的最长中断（生存时间）' }, unit: 'ms', bound: 'max' },
  interruption: { label: { en: 'Interruption per flight hour', zh: '每飞行小时中断时长' }, unit: 's/h', bound: 'max' },
  'five-qi': { label: { en: '5QI to request', zh: '申请的5QI' }, unit: '', bound: 'max' },
  'ul-sinr': { label: { en: 'UL SINR', zh: '上行SINR' }, unit: 'dB', bound: 'min' },
  'dl-sinr': { label: { en: 'DL SINR', zh: '下行SINR' }, unit: 'dB', bound: 'min' },
  rsrp: { label: { en: 'SS-RSRP', zh: 'SS-RSRP' }, unit: 'dBm', bound: 'min' },
  'coverage-probability': { label: { en: 'Coverage probability per point', zh: '单点覆盖概率' }, unit: '%', bound: 'min' },
} as const satisfies Record<string, TargetDefinition>

export type TargetId = keyof typeof targetDefinitions

/** The ids every translation yields (issue 5, item 6). */
export const requiredTargetIds: readonly TargetId[] = Object.freeze(['ul-throughput', 'latency', 'reliability', 'coverage-probability', 'ul-sinr', 'rsrp'])

/** A target of `id` with its definition's label, unit and bound; the basis lines split into the English `basis` and the Chinese `basisZh`. */
export function networkTarget(
  id: TargetId,
  value: number,
  details: { percentile: number | null; windowS: number | null; basis: readonly Explained[]; tag: EvidenceTag },
): NetworkTarget {
  const { label, unit, bound } = targetDefinitions[id]
  const basis = details.basis.map((line) => line.basis)
  const basisZh = details.basis.map((line) => line.basisZh)
  return { id, label: { ...label }, value, unit, percentile: details.percentile, windowS: details.windowS, bound, basis, basisZh, tag: details.tag }
}
