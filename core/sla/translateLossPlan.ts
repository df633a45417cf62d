import type { EvidenceTag, NetworkTarget } from '../api/schemas/slaSchemas.js'
import { citeTerm, formatNumber as f, weakestTag, type ScenarioTerms, type TermReading } from './scenarioTerms.js'
import { SlaInputError } from './slaInputError.js'
import { networkTarget } from './targetDefinitions.js'
import {
  bufferSurvivalTime,
  interruptionBudget,
  lossFromReliability,
  messageSurvivalTime,
  packetRatePerS,
  reliabilityFromLoss,
  toleratedLossFromInterruption,
} from './translateLoss.js'
import type { Explained } from './translateRate.js'
import type { Traffic } from './translateTraffic.js'

/** The loss side of a scenario: tolerated loss, the percentiles the time-based terms imply, and its targets. */
export interface LossPlan {
  packetLoss: number
  tag: EvidenceTag
  interruption: { percent: TermReading<number>; secondsPerHour: number } | null
  /** Share of time the rate targets must hold, %. */
  timePercentile: Explained & { value: number }
  /** Share of packets (or time) within the latency targets, %. */
  latencyPercentile: Explained & { value: number }
  /** packet-loss, reliability, survival-time (where meaningful) and interruption (when the SLA has one). */
  targets: NetworkTarget[]
}

/**
 * Interruption → loss, reliability and survival time (sla-and-qoe-models.md §7 steps 4, 7, 8). A
 * video scenario's interruption term gives PLR ≤ p / (packets/s × T_rec); a `reliability` term gives
 * 1 − reliability; with both the stricter holds.
 */
export function lossPlan(terms: ScenarioTerms, traffic: Traffic, latency: { jitter: { ms: number } | null; dejitterBuffer: TermReading<number> | undefined }): LossPlan {
  const interruption = terms.optionalNumber('interruption', { min: 0.0001, max: 50 })
  const reliability = terms.optionalNumber('reliability', { min: 50, max: 99.9999999 })
  const candidates: { packetLoss: number; basis: Explained[]; tag: EvidenceTag }[] = []
  if (interruption !== undefined && traffic.video !== null) {
    const recovery = terms.number('recovery-time', { min: 0.001, max: 60 })
    const { rateMbps, payloadBytes } = traffic.video
    const packetsPerS = packetRatePerS(rateMbps.value, payloadBytes.value)
    const loss = toleratedLossFromInterruption(interruption.value, packetsPerS, recovery.value)
    const rate = {
      basis: `Packet rate (§7 step 7): ${citeTerm(rateMbps)} in ${citeTerm(payloadBytes)} payloads = ${f(packetsPerS)} packets/s.`,
      basisZh: `包速率（§7 第 7 步）：${citeTerm(rateMbps)}，按 ${citeTerm(payloadBytes)} 净荷分包 = ${f(packetsPerS)} 包/秒。`,
    }
    candidates.push({ packetLoss: loss.packetLoss, basis: [rate, pick(loss)], tag: weakestTag(interruption.tag, recovery.tag, rateMbps.tag, payloadBytes.tag) })
  }
  if (reliability !== undefined) {
    const loss = lossFromReliability(reliability.value)
    candidates.push({ packetLoss: loss.packetLoss, basis: [{ basis: `${citeTerm(reliability)}.`, basisZh: `可靠性要求：${citeTerm(reliability)}。` }, pick(loss)], tag: reliability.tag })
  }
  if (candidates.length === 0) {
    throw new SlaInputError('reliability', `scenario ${terms.scenario.id} needs a reliability term (%) or, for video, an interruption term (%) with recovery-time`)
  }
  const chosen = candidates.reduce((a, b) => (b.packetLoss < a.packetLoss ? b : a))
  const stricter = { basis: `The stricter of the two holds: PLR ≤ ${f(chosen.packetLoss)}.`, basisZh: `取两者中较严者：分组丢失率 PLR ≤ ${f(chosen.packetLoss)}。` }
  const lossBasis = candidates.length > 1 ? [...candidates.flatMap((c) => c.basis), stricter] : chosen.basis
  const reliable = reliabilityFromLoss(chosen.packetLoss)
  const budget = interruption === undefined ? null : interruptionBudget(interruption.value)
  const targets = [
    networkTarget('packet-loss', chosen.packetLoss, { percentile: null, windowS: null, basis: lossBasis, tag: chosen.tag }),
    networkTarget('reliability', reliable.reliabilityPercent, { percentile: null, windowS: null, basis: [...lossBasis, pick(reliable)], tag: chosen.tag }),
    ...survivalTargets(terms, traffic, latency),
    ...(budget === null || interruption === undefined
      ? []
      : [networkTarget('interruption', budget.secondsPerHour, { percentile: null, windowS: 3600, basis: [{ basis: `${citeTerm(interruption)} of mission time.`, basisZh: `中断率条款：${citeTerm(interruption)}（占任务时间）。` }, pick(budget)], tag: interruption.tag })]),
  ]
  return {
    packetLoss: chosen.packetLoss,
    tag: chosen.tag,
    interruption: interruption === undefined || budget === null ? null : { percent: interruption, secondsPerHour: budget.secondsPerHour },
    timePercentile: timePercentile(terms, interruption, reliable.reliabilityPercent),
    latencyPercentile:
      interruption === undefined
        ? {
            value: reliable.reliabilityPercent,
            basis: `Percentile: the latency bound holds for the ${f(reliable.reliabilityPercent)} % of packets the reliability counts.`,
            basisZh: `百分位：时延上限须对可靠性所统计的 ${f(reliable.reliabilityPercent)} % 的包成立。`,
          }
        : {
            value: 100 - interruption.value,
            basis: `Percentile (§7 step 5): interruption < ${f(interruption.value)} % → the bound holds at P${f(100 - interruption.value)}.`,
            basisZh: `百分位（§7 第 5 步）：中断率 < ${f(interruption.value)} % → 时延上限须在第 ${f(100 - interruption.value)} 百分位（P${f(100 - interruption.value)}）成立。`,
          },
    targets,
  }
}

/** The basis line of a mechanism step, without its numbers. */
function pick(step: Explained): Explained {
  return { basis: step.basis, basisZh: step.basisZh }
}

function timePercentile(terms: ScenarioTerms, interruption: TermReading<number> | undefined, reliabilityPercent: number): Explained & { value: number } {
  if (interruption !== undefined) {
    const stability = terms.optionalNumber('stability-error', { min: 0, max: 100 })
    const value = 100 - interruption.value
    const stable = stability === undefined ? '' : ` ${citeTerm(stability)}: at least ${f(100 - stability.value)} % of the bits on time in every window.`
    const stableZh = stability === undefined ? '' : `${citeTerm(stability)}：每个窗口内至少 ${f(100 - stability.value)} % 的比特按时送达。`
    return {
      value,
      basis: `Percentile (§7 step 4): interruption < ${f(interruption.value)} % → the rate must hold in ≥ ${f(value)} % of the windows of flight time in the served area (P${f(interruption.value)} of the windowed rate ≥ the target).${stable}`,
      basisZh: `百分位（§7 第 4 步）：中断率 < ${f(interruption.value)} % → 在服务区域内，飞行时间中 ≥ ${f(value)} % 的窗口须达到该速率（窗口速率的 P${f(interruption.value)} 分位值 ≥ 目标）。${stableZh}`,
    }
  }
  const ratePercentile = terms.optionalNumber('rate-percentile', { min: 1, max: 99.9999 })
  if (ratePercentile !== undefined) return { value: ratePercentile.value, basis: `Percentile: ${citeTerm(ratePercentile)} of busy-hour windows.`, basisZh: `百分位：忙时窗口的 ${citeTerm(ratePercentile)}。` }
  return {
    value: reliabilityPercent,
    basis: `Percentile: the rate must hold for the ${f(reliabilityPercent)} % of time the reliability asks for.`,
    basisZh: `百分位：速率须在可靠性要求的 ${f(reliabilityPercent)} % 时间内达到。`,
  }
}

function survivalTargets(terms: ScenarioTerms, traffic: Traffic, latency: { jitter: { ms: number } | null; dejitterBuffer: TermReading<number> | undefined }): NetworkTarget[] {
  if (traffic.video !== null && latency.dejitterBuffer !== undefined) {
    const survival = bufferSurvivalTime(latency.dejitterBuffer.value, latency.jitter?.ms ?? 0)
    return [networkTarget('survival-time', survival.survivalMs, { percentile: null, windowS: null, basis: [pick(survival)], tag: latency.dejitterBuffer.tag })]
  }
  const intervals = terms.optionalNumber('survival-intervals', { min: 0, max: 1000 })
  if (intervals !== undefined && traffic.messageInterval !== null) {
    const survival = messageSurvivalTime(traffic.messageInterval.value, intervals.value)
    return [networkTarget('survival-time', survival.survivalMs, { percentile: null, windowS: null, basis: [pick(survival)], tag: weakestTag(intervals.tag, traffic.messageInterval.tag) })]
  }
  return []
}
