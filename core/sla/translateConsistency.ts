import type { FiveQiRow } from './translateFiveQi.js'
import type { LatencySplit } from './translateLatency.js'
import { formatNumber as f } from './scenarioTerms.js'

// Consistency checks of the translator: terms that conflict, or targets that cannot all hold. Each
// returns the warning sentence, or null when the check passes.

/**
 * Space against time (sla-and-qoe-models.md §7 step 11): a route covered at c % leaves (100 − c) %
 * of it without service, which at constant speed is (100 − c) % of the flight time; the interruption
 * term allows only i %. Warns when (100 − c) > i. 99 % against 0.1 % → 36 s/h against 3.6 s/h.
 */
export function coverageAgainstInterruption(coveragePercent: number, interruptionPercent: number, speedKmh?: number): string | null {
  const uncoveredPercent = 100 - coveragePercent
  if (!(uncoveredPercent > interruptionPercent)) return null
  const gapSecondsPerHour = (uncoveredPercent / 100) * 3600
  const allowedSecondsPerHour = (interruptionPercent / 100) * 3600
  const distance = speedKmh === undefined ? '' : ` (${f((allowedSecondsPerHour * speedKmh) / 3.6)} m of route per flight hour at ${f(speedKmh)} km/h)`
  return (
    `Coverage ${f(coveragePercent)} % of route and area points (space) against interruption ${f(interruptionPercent)} % (time), §7 step 11: ` +
    `the ${f(uncoveredPercent)} % left uncovered is up to ${f(gapSecondsPerHour)} s per flight hour at constant speed, ${f(gapSecondsPerHour / allowedSecondsPerHour)} × the ${f(allowedSecondsPerHour)} s the interruption term allows. ` +
    `Either the gaps must be crossed within ${f(allowedSecondsPerHour)} s per hour${distance}, or a point only counts as covered when it meets the throughput target at the interruption's percentile.`
  )
}

/** A requested 5QI whose PER or PDB does not meet the flow's needs (§7 step 7: "72/76's 1e-4 is not enough"). */
export function fiveQiAgainstTargets(row: FiveQiRow, packetLoss: number, deadlineMs: number): string | null {
  const problems: string[] = []
  // The same relative slack as the 5QI choice (translateFiveQi.ts): PER 1e-3 meets 99.9 %.
  if (row.per > packetLoss * (1 + 1e-9)) problems.push(`its PER ${f(row.per)} is worse than the tolerated loss ${f(packetLoss)} (add FEC/ARQ or request a row with PER ≤ ${f(packetLoss)})`)
  if (row.pdbMs > deadlineMs * (1 + 1e-9)) problems.push(`its PDB ${f(row.pdbMs)} ms exceeds the ${f(deadlineMs)} ms packet deadline`)
  return problems.length === 0 ? null : `5QI ${row.fiveQi}: ${problems.join('; ')}.`
}

/** No standardised 5QI fits (the 5QI target is then left out). */
export function noFittingFiveQi(packetLoss: number, deadlineMs: number): string {
  return `No standardised 5QI of TS 23.501 Table 5.7.4-1 (§2.4 rows) has PDB ≤ ${f(deadlineMs)} ms and PER ≤ ${f(packetLoss)} for this traffic: request an operator-specific 5QI.`
}

/** A rate above what the planned share of the carrier can carry at its top modulation (§7 step 9). */
export function rateAbovePeak(direction: 'ul' | 'dl', rateMbps: number, peakMbps: number): string | null {
  if (!(rateMbps > peakMbps)) return null
  const dir = direction.toUpperCase()
  return `${dir} rate ${f(rateMbps)} Mbit/s exceeds the ${f(peakMbps)} Mbit/s ${dir} peak of the planned share (TS 38.306 §4.1.2): plan more PRBs, layers or ${dir} slots, or lower the rate.`
}

/** Latency parts that leave no air budget, or an air budget shorter than the wait for a slot of the flow's direction. */
export function latencyBudgetProblems(latencyMs: number, split: LatencySplit, slotWaitMs: number, direction: 'ul' | 'dl'): string | null {
  const fixedMs = split.transportMs + split.coreMs + split.serverMs
  if (fixedMs >= latencyMs) {
    return `Latency budget: transport ${f(split.transportMs)} + core ${f(split.coreMs)} + server ${f(split.serverMs)} = ${f(fixedMs)} ms leave nothing of the ${f(latencyMs)} ms total for the air interface.`
  }
  if (split.airMs <= slotWaitMs) {
    return `Latency budget: the air interface gets ${f(split.airMs)} ms, no more than the ${f(slotWaitMs)} ms a packet may wait for a ${direction.toUpperCase()} slot of the TDD pattern: use a pattern with more ${direction.toUpperCase()} slots, mini-slots or FDD, or relax the latency.`
  }
  return null
}
