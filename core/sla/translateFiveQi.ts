import type { EvidenceTag } from '../api/schemas/slaSchemas.js'
import type { Explained } from './translateRate.js'
import { formatNumber as f } from './scenarioTerms.js'

/** QoS resource type of a 5QI (TS 23.501 §5.7.3.2): GBR, non-GBR or delay-critical GBR. */
export type QosResourceType = 'gbr' | 'non-gbr' | 'dc-gbr'

/** One row of TS 23.501 Table 5.7.4-1 as the reference holds it. */
export interface FiveQiRow {
  fiveQi: number
  resourceType: QosResourceType
  /** Default priority level; null where the reference does not give it. */
  priority: number | null
  /** Packet delay budget UE ↔ N6-terminating UPF, ms. */
  pdbMs: number
  /** Packet error rate, fraction. */
  per: number
  /** Maximum data burst volume of delay-critical rows, bytes. */
  mdbvBytes: number | null
  example: string
  /** The example services in Chinese. */
  exampleZh: string
  tag: EvidenceTag
}

// Chinese names of the example services of each row, for the zh basis lines.
const examplesZh: Readonly<Record<string, string>> = {
  'conversational voice': '会话语音',
  'conversational video (live)': '会话视频（直播）',
  'real-time gaming, V2X': '实时游戏、V2X',
  'buffered video': '缓冲视频',
  'buffered video, TCP': '缓冲视频、TCP 业务',
  'voice, live video, interactive gaming': '语音、直播视频、交互游戏',
  'mission-critical video': '关键任务视频',
  'live uplink streaming': '上行直播流',
  'low-latency eMBB, AR': '低时延 eMBB、AR',
  'discrete automation': '离散自动化',
  'remote driving, HV electricity distribution': '远程驾驶、高压配电',
  'motion tracking': '动作跟踪',
  'cloud/split-rendering video': '云端/分离渲染视频',
}

const row = (fiveQi: number, resourceType: QosResourceType, priority: number | null, pdbMs: number, per: number, example: string, mdbvBytes: number | null = null, tag: EvidenceTag = 'S'): FiveQiRow =>
  Object.freeze({ fiveQi, resourceType, priority, pdbMs, per, mdbvBytes, example, exampleZh: examplesZh[example] ?? example, tag })

/**
 * The standardised 5QIs of TS 23.501 Table 5.7.4-1 that sla-and-qoe-models.md §2.4 lists [S]: a
 * third-party transcription, the delay-critical rows cross-checked with srsRAN's QoS defaults.
 * Row 1's priority and PDB are [U] there. Sorted by 5QI.
 */
export const fiveQiTable: readonly FiveQiRow[] = Object.freeze(
  [
    row(1, 'gbr', null, 100, 1e-2, 'conversational voice', null, 'U'),
    row(2, 'gbr', 40, 150, 1e-3, 'conversational video (live)'),
    row(3, 'gbr', 30, 50, 1e-3, 'real-time gaming, V2X'),
    row(4, 'gbr', 50, 300, 1e-6, 'buffered video'),
    row(6, 'non-gbr', 60, 300, 1e-6, 'buffered video, TCP'),
    row(7, 'non-gbr', 70, 100, 1e-3, 'voice, live video, interactive gaming'),
    row(8, 'non-gbr', 80, 300, 1e-6, 'buffered video, TCP'),
    row(67, 'gbr', 15, 100, 1e-3, 'mission-critical video'),
    row(71, 'gbr', 56, 150, 1e-6, 'live uplink streaming'),
    row(72, 'gbr', 56, 300, 1e-4, 'live uplink streaming'),
    row(73, 'gbr', 56, 300, 1e-8, 'live uplink streaming'),
    row(74, 'gbr', 56, 500, 1e-8, 'live uplink streaming'),
    row(76, 'gbr', 56, 500, 1e-4, 'live uplink streaming'),
    row(80, 'non-gbr', 68, 10, 1e-6, 'low-latency eMBB, AR'),
    row(82, 'dc-gbr', 19, 10, 1e-4, 'discrete automation', 255),
    row(83, 'dc-gbr', 22, 10, 1e-4, 'discrete automation', 1354),
    row(85, 'dc-gbr', 21, 5, 1e-5, 'remote driving, HV electricity distribution', 255),
    row(87, 'dc-gbr', 25, 5, 1e-3, 'motion tracking', 500),
    row(88, 'dc-gbr', 25, 10, 1e-3, 'motion tracking', 1125),
    row(89, 'dc-gbr', 25, 15, 1e-4, 'cloud/split-rendering video', 17_000),
    row(90, 'dc-gbr', 25, 20, 1e-4, 'cloud/split-rendering video', 63_000),
  ].sort((a, b) => a.fiveQi - b.fiveQi),
)

/** What the flow needs from its QoS class. */
export interface FiveQiRequirement {
  /** Latest a packet may arrive and still be useful (latency target + jitter allowance), ms. */
  deadlineMs: number
  /** Tolerated packet loss, fraction. */
  packetLoss: number
  /** Resource types that fit the traffic (GBR for a guaranteed rate; non-GBR for sporadic messages). */
  resourceTypes: readonly QosResourceType[]
  /** Largest burst the flow sends at once (frame or message with headers), bytes; checked against MDBV. */
  burstBytes: number
}

// Relative slack in the comparisons: 1 − 99.9/100 is 0.00099999999999989 in floating point, and a
// PER of exactly 1e-3 must still meet a 99.9 % reliability.
const comparisonSlack = 1 + 1e-9

/** Why a row does not fit, or null when it does. */
export function fiveQiMismatch(candidate: FiveQiRow, requirement: FiveQiRequirement): string | null {
  if (!requirement.resourceTypes.includes(candidate.resourceType)) return `${candidate.resourceType.toUpperCase()}`
  if (candidate.per > requirement.packetLoss * comparisonSlack) return `PER ${f(candidate.per)} > ${f(requirement.packetLoss)}`
  if (candidate.pdbMs > requirement.deadlineMs * comparisonSlack) return `PDB ${f(candidate.pdbMs)} ms > ${f(requirement.deadlineMs)} ms`
  if (candidate.mdbvBytes !== null && candidate.mdbvBytes < requirement.burstBytes) return `MDBV ${f(candidate.mdbvBytes)} B < burst ${f(requirement.burstBytes)} B`
  return null
}

/**
 * The 5QI to request (TS 23.501 Table 5.7.4-1 rows of §2.4): the lowest-numbered row of a fitting
 * resource type whose PER ≤ the tolerated loss, whose PDB ≤ the packet deadline (the latency target
 * plus the jitter allowance: a packet later than that misses its playout even with the de-jitter
 * buffer) and, for delay-critical rows, whose MDBV holds the burst. The deadline rule is a modelling
 * choice that reproduces §7 step 5 (5QI 71 for the drone 4K backhaul). Null when no row fits.
 */
export function selectFiveQi(requirement: FiveQiRequirement): Explained & { row: FiveQiRow | null } {
  const rejected: string[] = []
  const types = requirement.resourceTypes.map((t) => t.toUpperCase()).join('/')
  for (const candidate of fiveQiTable) {
    const mismatch = fiveQiMismatch(candidate, requirement)
    if (mismatch === null) {
      return {
        row: candidate,
        basis:
          `5QI (TS 23.501 Table 5.7.4-1, §2.4): lowest-numbered ${types} row with PDB ≤ ${f(requirement.deadlineMs)} ms and PER ≤ ${f(requirement.packetLoss)} → ` +
          `${candidate.fiveQi} (${candidate.example}: PDB ${f(candidate.pdbMs)} ms, PER ${f(candidate.per)}${candidate.mdbvBytes === null ? '' : `, MDBV ${f(candidate.mdbvBytes)} B`}); passed over: ${rejected.join('; ') || 'none'}.`,
        basisZh:
          `5QI（TS 23.501 Table 5.7.4-1，§2.4）：满足时延预算 PDB ≤ ${f(requirement.deadlineMs)} ms 且分组差错率 PER ≤ ${f(requirement.packetLoss)} 的编号最小的 ${types} 行 → ` +
          `${candidate.fiveQi}（${candidate.exampleZh}：PDB ${f(candidate.pdbMs)} ms，PER ${f(candidate.per)}${candidate.mdbvBytes === null ? '' : `，MDBV ${f(candidate.mdbvBytes)} B`}）；未选：${rejected.join('；') || '无'}。`,
      }
    }
    if (requirement.resourceTypes.includes(candidate.resourceType)) rejected.push(`${candidate.fiveQi} (${mismatch})`)
  }
  return {
    row: null,
    basis: `5QI (TS 23.501 Table 5.7.4-1, §2.4): no ${types} row has PDB ≤ ${f(requirement.deadlineMs)} ms and PER ≤ ${f(requirement.packetLoss)}; passed over: ${rejected.join('; ')}.`,
    basisZh: `5QI（TS 23.501 Table 5.7.4-1，§2.4）：没有 ${types} 行满足时延预算 PDB ≤ ${f(requirement.deadlineMs)} ms 且分组差错率 PER ≤ ${f(requirement.packetLoss)}；未选：${rejected.join('；')}。`,
  }
}

/** The row of a standardised 5QI, or undefined when the reference does not list it. */
export function fiveQiRow(fiveQi: number): FiveQiRow | undefined {
  return fiveQiTable.find((candidate) => candidate.fiveQi === fiveQi)
}
