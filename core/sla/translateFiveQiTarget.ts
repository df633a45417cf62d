import type { LocalisedText, NetworkTarget, Scenario } from '../api/schemas/slaSchemas.js'
import { citeTerm, formatNumber as f, weakestTag, type ScenarioTerms } from './scenarioTerms.js'
import { SlaInputError } from './slaInputError.js'
import { networkTarget } from './targetDefinitions.js'
import { fiveQiAgainstTargets, noFittingFiveQi } from './translateConsistency.js'
import { fiveQiRow, fiveQiTable, selectFiveQi, type QosResourceType } from './translateFiveQi.js'
import type { LossPlan } from './translateLossPlan.js'

/**
 * Resource types each translator's traffic may use: streams with a guaranteed rate and C2 need a GBR
 * flow (a plain or a delay-critical one); interactive traffic may use any; fixed wireless and
 * telemetry are best effort (a GBR reservation for a few kbit/s of telemetry wastes the cell).
 */
export const resourceTypesByTranslator: Readonly<Record<Scenario['translator'], readonly QosResourceType[]>> = Object.freeze({
  'video-uplink': ['gbr', 'dc-gbr'],
  'video-downlink': ['gbr', 'dc-gbr'],
  'command-control': ['gbr', 'dc-gbr'],
  interactive: ['gbr', 'non-gbr', 'dc-gbr'],
  'fixed-wireless': ['non-gbr'],
  telemetry: ['non-gbr'],
})

export interface FiveQiTargetInput {
  terms: ScenarioTerms
  translator: Scenario['translator']
  latencyMs: number
  /** Jitter allowance added to the latency for the packet deadline, ms (0 when none). */
  jitterMs: number
  loss: LossPlan
  /** Largest burst of the main direction, bytes. */
  burstBytes: number
  /** Consistency warnings in both languages; the 5QI check adds to them. */
  warnings: LocalisedText[]
}

/**
 * The `five-qi` target (§7 step 5): a `five-qi` term names the 5QI the operator offers and is checked
 * against the loss and deadline; otherwise the lowest-numbered fitting row is chosen. No target (and
 * a warning) when nothing fits.
 */
export function fiveQiTarget(input: FiveQiTargetInput): NetworkTarget[] {
  const deadlineMs = input.latencyMs + input.jitterMs
  const deadline = input.jitterMs > 0 ? `${f(input.latencyMs)} ms latency + ${f(input.jitterMs)} ms jitter allowance` : `${f(input.latencyMs)} ms latency`
  const deadlineZh = input.jitterMs > 0 ? `时延 ${f(input.latencyMs)} ms + 抖动余量 ${f(input.jitterMs)} ms` : `时延 ${f(input.latencyMs)} ms`
  const requested = input.terms.optionalNumber('five-qi', { min: 1, max: 255 })
  if (requested !== undefined) {
    const row = fiveQiRow(requested.value)
    if (row === undefined) {
      throw new SlaInputError('five-qi', `five-qi ${requested.value} is not among the standardised rows known here: ${fiveQiTable.map((r) => r.fiveQi).join(', ')}`)
    }
    const problem = fiveQiAgainstTargets(row, input.loss.packetLoss, deadlineMs)
    if (problem !== null) input.warnings.push(problem)
    const basis = [
      {
        basis: `5QI requested: ${citeTerm(requested)} (${row.example}: PDB ${f(row.pdbMs)} ms, PER ${f(row.per)}); packet deadline ${f(deadlineMs)} ms (${deadline}), tolerated loss ${f(input.loss.packetLoss)}.`,
        basisZh: `申请的 5QI：${citeTerm(requested)}（${row.exampleZh}：时延预算 PDB ${f(row.pdbMs)} ms，分组差错率 PER ${f(row.per)}）；包截止时间 ${f(deadlineMs)} ms（${deadlineZh}），可容忍分组丢失率 ${f(input.loss.packetLoss)}。`,
      },
    ]
    return [networkTarget('five-qi', row.fiveQi, { percentile: null, windowS: null, basis, tag: weakestTag(requested.tag, row.tag) })]
  }
  const chosen = selectFiveQi({ deadlineMs, packetLoss: input.loss.packetLoss, resourceTypes: resourceTypesByTranslator[input.translator], burstBytes: input.burstBytes })
  if (chosen.row === null) {
    input.warnings.push(noFittingFiveQi(input.loss.packetLoss, deadlineMs))
    return []
  }
  const basis = [
    {
      basis: `Packet deadline ${f(deadlineMs)} ms (${deadline}): a packet later than that misses its use; tolerated loss ${f(input.loss.packetLoss)}.`,
      basisZh: `包截止时间 ${f(deadlineMs)} ms（${deadlineZh}）：晚于此时间到达的包即失去作用；可容忍分组丢失率 ${f(input.loss.packetLoss)}。`,
    },
    { basis: chosen.basis, basisZh: chosen.basisZh },
  ]
  return [networkTarget('five-qi', chosen.row.fiveQi, { percentile: null, windowS: null, basis, tag: weakestTag(input.loss.tag, chosen.row.tag, 'U') })]
}
