import type { NetworkTarget, Scenario, SlaTargets } from '../../api/schemas/slaSchemas.js'

/** A network target with the fields a test does not care about filled in. */
export function networkTarget(id: string, value: number, unit: string, bound: 'min' | 'max' = 'min', percentile: number | null = null): NetworkTarget {
  return { id, label: { en: id, zh: id }, value, unit, percentile, windowS: null, bound, basis: [`fixture: ${id}`], basisZh: [`测试夹具：${id}`], tag: 'S' }
}

/** SLA targets from a literal list (scenario `fixture`, version 1). */
export function slaTargets(targets: NetworkTarget[], scenario = 'fixture'): SlaTargets {
  return { scenario, version: 1, targets, warnings: [], warningsZh: [] }
}

/**
 * The drone 4K video backhaul targets of the worked example (sla-and-qoe-models.md §7), as literal
 * numbers: GFBR 25 and MFBR 31 Mbit/s UL, 300 kbit/s DL, one-way latency 100 ms, PDV 50 ms,
 * reliability 1 − 2.8e-6, 5QI 71, interruption 0.1 % (3.6 s/h), route coverage 99 %, UL SINR 10 dB.
 */
export const droneBackhaulTargets: SlaTargets = slaTargets(
  [
    networkTarget('ul-throughput', 25, 'Mbit/s', 'min', 99.9),
    networkTarget('ul-max-throughput', 31, 'Mbit/s'),
    networkTarget('dl-throughput', 0.3, 'Mbit/s'),
    networkTarget('latency', 100, 'ms', 'max', 99.9),
    networkTarget('jitter', 50, 'ms', 'max', 99.9),
    networkTarget('packet-loss', 2.8e-6, '', 'max'),
    networkTarget('reliability', 100 * (1 - 2.8e-6), '%'),
    networkTarget('five-qi', 71, '', 'max'),
    networkTarget('interruption', 3.6, 's/h', 'max'),
    networkTarget('coverage-probability', 99, '%', 'min', 99),
    networkTarget('ul-sinr', 10, 'dB'),
    networkTarget('rsrp', -105, 'dBm'),
  ],
  'drone-4k-backhaul',
)

/** The scenario the targets came from, with the flight altitude and speed as assumptions. */
export const droneBackhaulScenario: Scenario = {
  id: 'drone-4k-backhaul',
  version: 1,
  name: { en: 'Drone 4K video backhaul', zh: '无人机4K视频回传' },
  description: { en: 'Government drone 4K live video to the command centre', zh: '政务无人机4K视频实时回传至指挥中心' },
  translator: 'video-uplink',
  direction: 'ul',
  terms: [
    { id: 'flight-altitude', kind: 'assumption', label: { en: 'Flight altitude', zh: '飞行高度' }, value: 120, unit: 'm', source: 'TS 22.125 §7 (120 m AGL)', tag: 'S' },
    { id: 'max-speed', kind: 'assumption', label: { en: 'Highest drone speed', zh: '最大飞行速度' }, value: 72, unit: 'km/h', source: 'planning value', tag: 'U' },
    { id: 'coverage', kind: 'sla', label: { en: 'Route coverage', zh: '航线覆盖率' }, value: 99, unit: '%', source: 'Guangdong government-drone SLA', tag: 'U' },
  ],
}
