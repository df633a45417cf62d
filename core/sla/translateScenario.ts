import type { EvidenceTag, LocalisedText, NetworkTarget, Scenario, SlaTargets } from '../api/schemas/slaSchemas.js'
import type { LinkDirection } from '../radio/rate/linkDirection.js'
import { resolveRadioPlan, type RadioPlan } from './radioPlan.js'
import { citeTerm, formatNumber as f, ScenarioTerms, weakestTag, type TermReading } from './scenarioTerms.js'
import { SlaInputError } from './slaInputError.js'
import { networkTarget } from './targetDefinitions.js'
import { coverageAgainstInterruption, latencyBudgetProblems } from './translateConsistency.js'
import { fiveQiTarget } from './translateFiveQiTarget.js'
import { jitterAllowance, latencyBudgetSplit, oneWayLatencyFromGlassToGlass, tddSlotWaitMs, type LatencySplit } from './translateLatency.js'
import { lossPlan } from './translateLossPlan.js'
import { planShares, radioTargets } from './translateRadioTargets.js'
import type { Explained } from './translateRate.js'
import { scenarioTraffic, type FlowDemand, type Traffic } from './translateTraffic.js'

const msRange = { min: 0.01, max: 3_600_000 }

/** The one-way latency target, its split and the jitter allowance. */
interface LatencyPlan {
  latencyMs: number
  split: LatencySplit
  slotWaitMs: Record<LinkDirection, number>
  jitter: (Explained & { ms: number; tag: EvidenceTag }) | null
  dejitterBuffer: TermReading<number> | undefined
  basis: Explained[]
  tag: EvidenceTag
}

/**
 * Network targets of a scenario (sla-and-qoe-models.md §7, steps 1–11): rates, latency and its split,
 * jitter, loss, reliability, survival time, interruption, the 5QI, SINR, RSRP and coverage
 * probability, each with the chain that produced it, plus the consistency warnings.
 * @param radio the network to plan against; fields left out come from the scenario's terms, then
 *   from {@link defaultRadioPlan} (n78 100 MHz DDDSU, whole carrier for the flow)
 * @throws SlaInputError naming the term when a term is missing, out of range or inconsistent
 */
export function translateScenario(scenario: Scenario, radio: Partial<RadioPlan> = {}): SlaTargets {
  const terms = new ScenarioTerms(scenario)
  const { plan, tag: planTag } = resolveRadioPlan(terms, radio)
  const shares = planShares(plan)
  const warnings: LocalisedText[] = []
  const latency = latencyPlan(terms, { ul: shares.ul.tddFraction, dl: shares.dl.tddFraction }, shares.ul.tddPeriodMs)
  const traffic = scenarioTraffic(scenario, terms, { airBudgetS: latency.split.airMs / 1000, slotWaitS: { ul: latency.slotWaitMs.ul / 1000, dl: latency.slotWaitMs.dl / 1000 } })
  const budgetProblem = latencyBudgetProblems(latency.latencyMs, latency.split, latency.slotWaitMs[traffic.main], traffic.main)
  if (budgetProblem !== null) warnings.push(budgetProblem)
  const loss = lossPlan(terms, traffic, latency)
  const coverage = terms.number('coverage', { min: 50, max: 99.9999 })
  if (loss.interruption !== null) {
    const speed = terms.optionalNumber('speed', { min: 0, max: 1000 })
    const conflict = coverageAgainstInterruption(coverage.value, loss.interruption.percent.value, speed?.value)
    if (conflict !== null) warnings.push(conflict)
  }
  const targets: NetworkTarget[] = [
    ...rateTargets(traffic, loss.timePercentile),
    ...latencyTargets(latency, loss.latencyPercentile),
    ...loss.targets,
    ...fiveQiTarget({ terms, translator: scenario.translator, latencyMs: latency.latencyMs, jitterMs: latency.jitter?.ms ?? 0, loss, burstBytes: (traffic[traffic.main] as FlowDemand).burstBytes, warnings }),
    ...radioTargets({ terms, plan, planTag, shares, traffic, coverage, warnings }),
  ]
  return { scenario: scenario.id, version: scenario.version, targets, warnings: warnings.map((w) => w.en), warningsZh: warnings.map((w) => w.zh) }
}

function latencyPlan(terms: ScenarioTerms, fractions: Record<LinkDirection, number>, periodMs: number): LatencyPlan {
  const dejitterBuffer = terms.optionalNumber('dejitter-buffer', msRange)
  const basis: Explained[] = []
  let latencyMs: number
  let tag: EvidenceTag
  const direct = terms.optionalNumber('latency', msRange)
  if (direct !== undefined || !terms.has('glass-to-glass-latency')) {
    const latency = direct ?? terms.number('latency', msRange)
    latencyMs = latency.value
    tag = latency.tag
    basis.push({ basis: `Latency: ${citeTerm(latency)} one way.`, basisZh: `时延：单向 ${citeTerm(latency)}。` })
  } else {
    const glass = terms.number('glass-to-glass-latency', msRange)
    const codec = terms.number('codec-latency', { min: 0, max: msRange.max })
    const buffer = dejitterBuffer ?? terms.number('dejitter-buffer', msRange)
    const derived = oneWayLatencyFromGlassToGlass(glass.value, buffer.value, codec.value)
    if (!(derived.latencyMs > 0)) throw new SlaInputError('glass-to-glass-latency', `glass-to-glass-latency ${glass.value} ms leaves no network latency after the ${buffer.value} ms buffer and ${codec.value} ms encode/decode`)
    latencyMs = derived.latencyMs
    tag = weakestTag(glass.tag, codec.tag, buffer.tag)
    basis.push({ basis: derived.basis, basisZh: derived.basisZh })
  }
  const parts = (['transport-latency', 'core-latency', 'server-latency'] as const).map((id) => terms.optionalNumber(id, { min: 0, max: msRange.max }))
  const [transport, core, server] = parts
  const split = latencyBudgetSplit(latencyMs, transport?.value ?? 0, core?.value ?? 0, server?.value ?? 0)
  basis.push({ basis: split.basis, basisZh: split.basisZh })
  const share = terms.optionalNumber('pdv-buffer-share', { min: 0, max: 1 })
  const jitter = dejitterBuffer !== undefined && share !== undefined ? jitterAllowance(dejitterBuffer.value, share.value) : null
  return {
    latencyMs,
    split: split.split,
    slotWaitMs: { ul: tddSlotWaitMs(periodMs, fractions.ul), dl: tddSlotWaitMs(periodMs, fractions.dl) },
    jitter: jitter === null ? null : { ms: jitter.jitterMs, basis: jitter.basis, basisZh: jitter.basisZh, tag: weakestTag((dejitterBuffer as TermReading<number>).tag, (share as TermReading<number>).tag) },
    dejitterBuffer,
    basis,
    tag: weakestTag(tag, ...parts.map((p) => p?.tag ?? 'U')),
  }
}

function rateTargets(traffic: Traffic, timePercentile: Explained & { value: number }): NetworkTarget[] {
  const targets: NetworkTarget[] = []
  for (const demand of [traffic.ul, traffic.dl]) {
    if (demand === null) continue
    const dir = demand.direction
    const basis = [...demand.basis, { basis: timePercentile.basis, basisZh: timePercentile.basisZh }]
    targets.push(networkTarget(`${dir}-throughput`, demand.gfbrMbps, { percentile: timePercentile.value, windowS: demand.windowS, basis, tag: demand.tag }))
    if (demand.mfbrMbps !== null) {
      targets.push(networkTarget(`${dir}-max-throughput`, demand.mfbrMbps, { percentile: null, windowS: null, basis: demand.basis, tag: demand.tag }))
    }
  }
  return targets
}

function latencyTargets(latency: LatencyPlan, percentile: Explained & { value: number }): NetworkTarget[] {
  const basis = [...latency.basis, { basis: percentile.basis, basisZh: percentile.basisZh }]
  const slotWait = {
    basis: `A packet may wait up to ${f(latency.slotWaitMs.ul)} ms (UL) / ${f(latency.slotWaitMs.dl)} ms (DL) for a slot of its direction.`,
    basisZh: `数据包等待本方向时隙最多 ${f(latency.slotWaitMs.ul)} ms（上行）/ ${f(latency.slotWaitMs.dl)} ms（下行）。`,
  }
  return [
    networkTarget('latency', latency.latencyMs, { percentile: percentile.value, windowS: null, basis, tag: latency.tag }),
    // Fixed parts beyond the total leave no air budget: 0, with the warning of latencyBudgetProblems.
    networkTarget('air-latency', Math.max(0, latency.split.airMs), {
      percentile: percentile.value,
      windowS: null,
      basis: [...basis, slotWait],
      tag: latency.tag,
    }),
    ...(latency.jitter === null
      ? []
      : [networkTarget('jitter', latency.jitter.ms, { percentile: percentile.value, windowS: null, basis: [{ basis: latency.jitter.basis, basisZh: latency.jitter.basisZh }], tag: latency.jitter.tag })]),
  ]
}

