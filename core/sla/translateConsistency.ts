import type { LocalisedText } from '../api/schemas/slaSchemas.js'
import type { FiveQiRow } from './translateFiveQi.js'
import type { LatencySplit } from './translateLatency.js'
import { formatNumber as f } from './scenarioTerms.js'

// Consistency checks of the translator: terms that conflict, or targets that cannot all hold. Each
// returns the warning sentence in English and Chinese (same numbers), or null when the check passes.

/**
 * Space against time (sla-and-qoe-models.md §7 step 11): a route covered at c % leaves (100 − c) %
 * of it without service, which at constant speed is (100 − c) % of the flight time; the interruption
 * term allows only i %. Warns when (100 − c) > i. 99 % against 0.1 % → 36 s/h against 3.6 s/h.
 */
export function coverageAgainstInterruption(coveragePercent: number, interruptionPercent: number, speedKmh?: number): LocalisedText | null {
  const uncoveredPercent = 100 - coveragePercent
  if (!(uncoveredPercent > interruptionPercent)) return null
  const gapSecondsPerHour = (uncoveredPercent / 100) * 3600
  const allowedSecondsPerHour = (interruptionPercent / 100) * 3600
  const distance = speedKmh === undefined ? '' : ` (${f((allowedSecondsPerHour * speedKmh) / 3.6)} m of route per flight hour at ${f(speedKmh)} km/h)`
  const distanceZh = speedKmh === undefined ? '' : `（以 ${f(speedKmh)} km/h 计，每飞行小时 ${f((allowedSecondsPerHour * speedKmh) / 3.6)} m 航线）`
  const en =
    `Coverage ${f(coveragePercent)} % of route and area points (space) against interruption ${f(interruptionPercent)} % (time), §7 step 11: ` +
    `the ${f(uncoveredPercent)} % left uncovered is up to ${f(gapSecondsPerHour)} s per flight hour at constant speed, ${f(gapSecondsPerHour / allowedSecondsPerHour)} × the ${f(allowedSecondsPerHour)} s the interruption term allows. ` +
    `Either the gaps must be crossed within ${f(allowedSecondsPerHour)} s per hour${distance}, or a point only counts as covered when it meets the throughput target at the interruption's percentile.`
  const zh =
    `航线与区域点覆盖率 ${f(coveragePercent)} %（空间）与中断率 ${f(interruptionPercent)} %（时间）冲突，§7 第 11 步：` +
    `未覆盖的 ${f(uncoveredPercent)} % 在匀速飞行时相当于每飞行小时最多 ${f(gapSecondsPerHour)} s 中断，是中断条款所允许 ${f(allowedSecondsPerHour)} s 的 ${f(gapSecondsPerHour / allowedSecondsPerHour)} 倍。` +
    `要么每小时穿越覆盖空洞的时间不超过 ${f(allowedSecondsPerHour)} s${distanceZh}，要么只有在中断率对应百分位上达到吞吐率目标的点才计为覆盖。`
  return { en, zh }
}

/** A requested 5QI whose PER or PDB does not meet the flow's needs (§7 step 7: "72/76's 1e-4 is not enough"). */
export function fiveQiAgainstTargets(row: FiveQiRow, packetLoss: number, deadlineMs: number): LocalisedText | null {
  const problems: LocalisedText[] = []
  // The same relative slack as the 5QI choice (translateFiveQi.ts): PER 1e-3 meets 99.9 %.
  if (row.per > packetLoss * (1 + 1e-9)) {
    problems.push({
      en: `its PER ${f(row.per)} is worse than the tolerated loss ${f(packetLoss)} (add FEC/ARQ or request a row with PER ≤ ${f(packetLoss)})`,
      zh: `其分组差错率 PER ${f(row.per)} 劣于可容忍的分组丢失率 ${f(packetLoss)}（需增加 FEC/ARQ，或申请 PER ≤ ${f(packetLoss)} 的行）`,
    })
  }
  if (row.pdbMs > deadlineMs * (1 + 1e-9)) {
    problems.push({ en: `its PDB ${f(row.pdbMs)} ms exceeds the ${f(deadlineMs)} ms packet deadline`, zh: `其时延预算 PDB ${f(row.pdbMs)} ms 超过 ${f(deadlineMs)} ms 的包截止时间` })
  }
  if (problems.length === 0) return null
  return { en: `5QI ${row.fiveQi}: ${problems.map((p) => p.en).join('; ')}.`, zh: `5QI ${row.fiveQi}：${problems.map((p) => p.zh).join('；')}。` }
}

/** No standardised 5QI fits (the 5QI target is then left out). */
export function noFittingFiveQi(packetLoss: number, deadlineMs: number): LocalisedText {
  return {
    en: `No standardised 5QI of TS 23.501 Table 5.7.4-1 (§2.4 rows) has PDB ≤ ${f(deadlineMs)} ms and PER ≤ ${f(packetLoss)} for this traffic: request an operator-specific 5QI.`,
    zh: `TS 23.501 Table 5.7.4-1（§2.4 所列各行）中没有标准化 5QI 能为该业务同时满足时延预算 PDB ≤ ${f(deadlineMs)} ms 与分组差错率 PER ≤ ${f(packetLoss)}：请申请运营商自定义 5QI。`,
  }
}

/** A rate above what the planned share of the carrier can carry at its top modulation (§7 step 9). */
export function rateAbovePeak(direction: 'ul' | 'dl', rateMbps: number, peakMbps: number): LocalisedText | null {
  if (!(rateMbps > peakMbps)) return null
  const dir = direction.toUpperCase()
  const dirZh = direction === 'ul' ? '上行' : '下行'
  return {
    zh: `${dirZh}速率 ${f(rateMbps)} Mbit/s 超过规划份额的${dirZh}峰值速率 ${f(peakMbps)} Mbit/s（TS 38.306 §4.1.2）：需规划更多 PRB、MIMO 层或${dirZh}时隙，或降低速率。`,
    en: `${dir} rate ${f(rateMbps)} Mbit/s exceeds the ${f(peakMbps)} Mbit/s ${dir} peak of the planned share (TS 38.306 §4.1.2): plan more PRBs, layers or ${dir} slots, or lower the rate.`,
  }
}

/** Latency parts that leave no air budget, or an air budget shorter than the wait for a slot of the flow's direction. */
export function latencyBudgetProblems(latencyMs: number, split: LatencySplit, slotWaitMs: number, direction: 'ul' | 'dl'): LocalisedText | null {
  const fixedMs = split.transportMs + split.coreMs + split.serverMs
  const dir = direction.toUpperCase()
  const dirZh = direction === 'ul' ? '上行' : '下行'
  if (fixedMs >= latencyMs) {
    return {
      en: `Latency budget: transport ${f(split.transportMs)} + core ${f(split.coreMs)} + server ${f(split.serverMs)} = ${f(fixedMs)} ms leave nothing of the ${f(latencyMs)} ms total for the air interface.`,
      zh: `时延预算：传输 ${f(split.transportMs)} + 核心网 ${f(split.coreMs)} + 服务器 ${f(split.serverMs)} = ${f(fixedMs)} ms，${f(latencyMs)} ms 总预算中未给空口留下任何余量。`,
    }
  }
  if (split.airMs <= slotWaitMs) {
    return {
      en: `Latency budget: the air interface gets ${f(split.airMs)} ms, no more than the ${f(slotWaitMs)} ms a packet may wait for a ${dir} slot of the TDD pattern: use a pattern with more ${dir} slots, mini-slots or FDD, or relax the latency.`,
      zh: `时延预算：空口仅分得 ${f(split.airMs)} ms，不超过数据包在该 TDD 配比下等待${dirZh}时隙可能需要的 ${f(slotWaitMs)} ms：请采用${dirZh}时隙更多的配比、微时隙或 FDD，或放宽时延要求。`,
    }
  }
  return null
}
