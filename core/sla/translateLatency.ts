import type { Explained } from './translateRate.js'
import { formatNumber as f } from './scenarioTerms.js'

// Latency mechanisms of the SLA translator (sla-and-qoe-models.md §7 steps 5 and 6).

/**
 * One-way network latency left by a glass-to-glass target (§7 step 5 and A5): glass-to-glass −
 * de-jitter buffer − encode/decode. 500 − 200 − 200 → 100 ms.
 */
export function oneWayLatencyFromGlassToGlass(glassToGlassMs: number, dejitterBufferMs: number, codecMs: number): Explained & { latencyMs: number } {
  const latencyMs = glassToGlassMs - dejitterBufferMs - codecMs
  return {
    latencyMs,
    basis: `Latency (§7 step 5, A5): glass-to-glass ${f(glassToGlassMs)} ms − de-jitter buffer ${f(dejitterBufferMs)} ms − encode/decode ${f(codecMs)} ms = ${f(latencyMs)} ms one way, UE → server.`,
    basisZh: `时延（§7 第 5 步，A5）：端到端（镜头到屏幕）${f(glassToGlassMs)} ms − 去抖动缓存 ${f(dejitterBufferMs)} ms − 编解码 ${f(codecMs)} ms = 单向 ${f(latencyMs)} ms（UE → 服务器）。`,
  }
}

export interface LatencySplit {
  airMs: number
  transportMs: number
  coreMs: number
  serverMs: number
}

/**
 * Splits the one-way budget over air, transport, core and server: the planned transport, core and
 * server parts are subtracted and the air interface gets the rest. 100 − 10 − 5 − 20 → 65 ms air.
 * `exceeded` when the fixed parts leave no air budget.
 */
export function latencyBudgetSplit(latencyMs: number, transportMs: number, coreMs: number, serverMs: number): Explained & { split: LatencySplit; exceeded: boolean } {
  const airMs = latencyMs - transportMs - coreMs - serverMs
  return {
    split: { airMs, transportMs, coreMs, serverMs },
    exceeded: airMs <= 0,
    basis: `Latency split: ${f(latencyMs)} ms = air ${f(airMs)} + transport ${f(transportMs)} + core ${f(coreMs)} + server ${f(serverMs)} ms.`,
    basisZh: `时延预算分配：${f(latencyMs)} ms = 空口 ${f(airMs)} + 传输 ${f(transportMs)} + 核心网 ${f(coreMs)} + 服务器 ${f(serverMs)} ms。`,
  }
}

/**
 * Delay-variation (PDV, P99.9 − P50) allowance (§7 step 6): the share of the de-jitter buffer left
 * to delay variation once bursts and margin are taken out. 0.25 × 200 ms → 50 ms (50 000 µs in TS 28.541).
 */
export function jitterAllowance(dejitterBufferMs: number, pdvBufferShare: number): Explained & { jitterMs: number } {
  const jitterMs = pdvBufferShare * dejitterBufferMs
  return {
    jitterMs,
    basis: `Jitter (§7 step 6): ${f(pdvBufferShare)} of the ${f(dejitterBufferMs)} ms de-jitter buffer → PDV (P99.9 − P50) ≤ ${f(jitterMs)} ms.`,
    basisZh: `抖动（§7 第 6 步）：${f(dejitterBufferMs)} ms 去抖动缓存的 ${f(pdvBufferShare)} → 包时延抖动 PDV（P99.9 − P50）≤ ${f(jitterMs)} ms。`,
  }
}

/**
 * Longest wait of a packet for a slot of its direction in a TDD pattern, ms: the period × the share
 * of symbols not in that direction (the direction's symbols taken as contiguous, as they are in one
 * DDDSU period). DDDSU at 30 kHz (2.5 ms): UL 2.5 × 54/70 = 1.93 ms, DL 2.5 × 18/70 = 0.64 ms.
 */
export function tddSlotWaitMs(periodMs: number, directionFraction: number): number {
  return periodMs * (1 - directionFraction)
}
