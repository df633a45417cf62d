import type { Explained } from './translateRate.js'
import { formatNumber as f } from './scenarioTerms.js'

// Loss mechanisms of the SLA translator (sla-and-qoe-models.md §5.4 and §7 steps 2, 7, 8).

/** Seconds in an hour, for interruption budgets. */
const secondsPerHour = 3600

/**
 * Interruption budget (§7 A2): an interruption rate of p % of mission time is p/100 × 3600 s per
 * flight hour. 0.1 % → 3.6 s/h.
 */
export function interruptionBudget(interruptionPercent: number): Explained & { secondsPerHour: number } {
  const seconds = (interruptionPercent / 100) * secondsPerHour
  return {
    secondsPerHour: seconds,
    basis: `Interruption (§7 A2): ${f(interruptionPercent)} % of mission time = ${f(seconds)} s per flight hour.`,
    basisZh: `中断（§7 A2）：任务时间的 ${f(interruptionPercent)} % = 每飞行小时 ${f(seconds)} s。`,
  }
}

/**
 * Packets per second of a stream cut into `payloadBytes` payloads (§7 step 7): rate / (payload × 8).
 * 20 Mbit/s in 1400 B → 1785.7 packets/s.
 */
export function packetRatePerS(rateMbps: number, payloadBytes: number): number {
  return (rateMbps * 1e6) / (payloadBytes * 8)
}

/**
 * Tolerated packet loss of a video stream (§7 step 7): each lost packet freezes or corrupts the
 * picture for about T_rec (TS 26.114 §16.2.1 corruption duration, healed by intra refresh), so the
 * corrupted time share is PLR × packets/s × T_rec; keeping it within the interruption share p gives
 * PLR ≤ p / (packets/s × T_rec). 0.1 %, 1785.7 packets/s, 0.2 s → 2.8e-6 (1 s → 5.6e-7).
 */
export function toleratedLossFromInterruption(interruptionPercent: number, packetsPerS: number, recoveryS: number): Explained & { packetLoss: number } {
  const packetLoss = interruptionPercent / 100 / (packetsPerS * recoveryS)
  return {
    packetLoss,
    basis:
      `Loss (§7 step 7): each lost packet corrupts ≈ ${f(recoveryS)} s of picture (TS 26.114 §16.2.1 corruption duration); at ${f(packetsPerS)} packets/s ` +
      `the corrupted share PLR × ${f(packetsPerS)} × ${f(recoveryS)} must stay within ${f(interruptionPercent)} % → PLR ≤ ${f(packetLoss)}.`,
    basisZh:
      `丢包（§7 第 7 步）：每丢一个包约损伤 ${f(recoveryS)} s 画面（TS 26.114 §16.2.1 损伤时长）；按 ${f(packetsPerS)} 包/秒，` +
      `损伤时间占比 PLR × ${f(packetsPerS)} × ${f(recoveryS)} 不得超过 ${f(interruptionPercent)} % → 分组丢失率 PLR ≤ ${f(packetLoss)}。`,
  }
}

/** Packet loss allowed by a reliability in % (share of packets delivered within the latency bound, TS 22.261 §3.1): 99.9 % → 1e-3. */
export function lossFromReliability(reliabilityPercent: number): Explained & { packetLoss: number } {
  const packetLoss = 1 - reliabilityPercent / 100
  return {
    packetLoss,
    basis: `Loss: reliability ${f(reliabilityPercent)} % of packets within the latency bound allows PLR ≤ ${f(packetLoss)}.`,
    basisZh: `丢包：可靠性 ${f(reliabilityPercent)} %（时延界内送达的包比例）允许分组丢失率 PLR ≤ ${f(packetLoss)}。`,
  }
}

/**
 * Reliability in % from the tolerated loss (§7 step 8: the share of packets delivered within the
 * latency bound, TS 22.261 §3.1, TS 28.541 `reliability`): (1 − PLR) × 100. 2.8e-6 → 99.99972 %.
 */
export function reliabilityFromLoss(packetLoss: number): Explained & { reliabilityPercent: number } {
  const reliabilityPercent = (1 - packetLoss) * 100
  return {
    reliabilityPercent,
    basis: `Reliability (§7 step 8): 1 − ${f(packetLoss)} = ${f(reliabilityPercent)} % of packets within the latency bound.`,
    basisZh: `可靠性（§7 第 8 步）：1 − ${f(packetLoss)} = ${f(reliabilityPercent)} % 的包在时延界内送达。`,
  }
}

/**
 * Survival time of a buffered stream: the playout buffer holds `dejitterBufferMs` of media, of which
 * the delay-variation allowance may already be used, so an outage shorter than buffer − allowance
 * does not freeze the picture (TS 22.104 survival time: how long the application survives without
 * an anticipated message). 200 ms − 50 ms → 150 ms.
 */
export function bufferSurvivalTime(dejitterBufferMs: number, jitterAllowanceMs: number): Explained & { survivalMs: number } {
  const survivalMs = Math.max(0, dejitterBufferMs - jitterAllowanceMs)
  return {
    survivalMs,
    basis: `Survival time: the ${f(dejitterBufferMs)} ms de-jitter buffer less the ${f(jitterAllowanceMs)} ms delay-variation allowance rides out an outage of ${f(survivalMs)} ms.`,
    basisZh: `生存时间：${f(dejitterBufferMs)} ms 去抖动缓存扣除 ${f(jitterAllowanceMs)} ms 时延抖动余量后，可承受 ${f(survivalMs)} ms 的中断。`,
  }
}

/**
 * Survival time of periodic messages (TS 22.104 §5 counts it in transfer intervals): `intervals` ×
 * the message interval. 3 × 1000 ms → 3000 ms.
 */
export function messageSurvivalTime(intervalMs: number, intervals: number): Explained & { survivalMs: number } {
  const survivalMs = intervalMs * intervals
  return {
    survivalMs,
    basis: `Survival time (TS 22.104 §5, in transfer intervals): ${f(intervals)} × ${f(intervalMs)} ms = ${f(survivalMs)} ms without a message.`,
    basisZh: `生存时间（TS 22.104 §5，以传输间隔计）：${f(intervals)} × ${f(intervalMs)} ms = ${f(survivalMs)} ms 内无消息。`,
  }
}
