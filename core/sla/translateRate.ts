import { formatNumber as f } from './scenarioTerms.js'

// Rate mechanisms of the SLA translator (sla-and-qoe-models.md §5.2, §5.3, §2.5 and §7 steps 1–3).
// Rates in Mbit/s, sizes in bytes or bits as named, times in seconds unless the name says ms.

/** A mechanism step's result: its numbers and the sentence that explains them, in English and Chinese (same numbers and clause ids). */
export interface Explained {
  basis: string
  basisZh: string
}

/**
 * Packetisation (sla-and-qoe-models.md §5.2, §7 step 2): every payload of `payloadBytes` carries
 * `headerBytes` of RTP/UDP/IP headers (RTP 12 + UDP 8 + IPv4 20 = 40 B, RFC 3550/768/791; IPv6 60 B),
 * so the rate on the IP layer is the application rate × (payload + headers) / payload.
 * 20 Mbit/s in 1400 B payloads with 40 B headers → × 1.0286 → 20.57 Mbit/s.
 */
export function packetisedRate(applicationRateMbps: number, payloadBytes: number, headerBytes: number): Explained & { rateMbps: number; overheadFactor: number } {
  const overheadFactor = (payloadBytes + headerBytes) / payloadBytes
  const rateMbps = applicationRateMbps * overheadFactor
  return {
    rateMbps,
    overheadFactor,
    basis:
      `Packetisation (§5.2): ${f(headerBytes)} B of RTP/UDP/IP headers per ${f(payloadBytes)} B payload → × ${f(overheadFactor)}; ` +
      `${f(applicationRateMbps)} Mbit/s → ${f(rateMbps)} Mbit/s on the IP layer.`,
    basisZh:
      `分组封装（§5.2）：每 ${f(payloadBytes)} B 净荷附加 ${f(headerBytes)} B RTP/UDP/IP 包头 → × ${f(overheadFactor)}；` +
      `${f(applicationRateMbps)} Mbit/s → IP 层 ${f(rateMbps)} Mbit/s。`,
  }
}

/**
 * Frame bursts of a video or rendered stream (TR 38.838 Table 5.1.1.1-1 as in sla-and-qoe-models.md
 * §2.5): one frame per 1/fps, mean frame = rate / fps, frame sizes truncated at `maxFrameFactor` ×
 * the mean (1.5). The largest frame, arriving at once, is the burst b of a token bucket (r, b).
 * 20.78 Mbit/s at 30 fps → mean 0.693 Mbit, largest 1.039 Mbit.
 */
export function frameBurst(rateMbps: number, frameRateFps: number, maxFrameFactor: number): Explained & { meanFrameBits: number; burstBits: number } {
  const meanFrameBits = (rateMbps * 1e6) / frameRateFps
  const burstBits = maxFrameFactor * meanFrameBits
  return {
    meanFrameBits,
    burstBits,
    basis:
      `Frame bursts (TR 38.838 Table 5.1.1.1-1, §2.5): ${f(frameRateFps)} fps → mean frame ${f(meanFrameBits / 1e6)} Mbit; ` +
      `frames up to ${f(maxFrameFactor)} × the mean → burst b = ${f(burstBits / 1e6)} Mbit (${f(burstBits / 8000)} kB).`,
    basisZh:
      `帧突发（TR 38.838 Table 5.1.1.1-1，§2.5）：${f(frameRateFps)} 帧/秒 → 平均帧大小 ${f(meanFrameBits / 1e6)} Mbit；` +
      `最大帧为平均值的 ${f(maxFrameFactor)} 倍 → 突发量 b = ${f(burstBits / 1e6)} Mbit（${f(burstBits / 8000)} kB）。`,
  }
}

/**
 * The service rate R that bounds the delay of a token-bucket flow (r, b) by a deadline D when the
 * scheduler serves it with latency T: delay ≤ T + b/R for R ≥ r (network calculus, rate-latency
 * service curve; Le Boudec & Thiran, "Network Calculus", Springer LNCS 2050, Thm 1.4.2), hence
 * R ≥ b / (D − T). Infinity when D ≤ T (no rate meets the deadline).
 * b = 1.039 Mbit, D = 65 ms, T = 1.93 ms → R ≥ 16.5 Mbit/s.
 */
export function burstServiceRateMbps(burstBits: number, deadlineS: number, schedulingLatencyS: number): number {
  const slackS = deadlineS - schedulingLatencyS
  return slackS > 0 ? burstBits / slackS / 1e6 : Infinity
}

export interface GuaranteedRateInput {
  /** Sustained IP-layer rate r of the flow, Mbit/s. */
  rateMbps: number
  /** Planning headroom on r for the sustained guarantee (§7 step 3: 1.2); 1 = none. */
  sustainedHeadroom: number
  /** Burst b, bits (0 for smooth or periodic traffic). */
  burstBits: number
  /** Time the burst may take to cross the scheduler (the air-interface latency budget), s. */
  deadlineS: number
  /** Scheduler latency T (the wait for a slot of the flow's direction), s. */
  schedulingLatencyS: number
  /** Averaging window of the sustained guarantee, s (§7 A3: 1 s). */
  windowS: number
}

/**
 * Guaranteed flow bit rate (§7 step 3 and §5.3): GFBR = max(headroom × r, b/(D − T)). The first
 * term is the sustained guarantee averaged over `windowS`; the second the rate that delivers the
 * largest burst within the deadline (then the window is D − T). 20.78 Mbit/s × 1.2 → 24.93 Mbit/s
 * (the burst needs only 16.5). When D ≤ T only the sustained term is returned and `deadlineMet` is false.
 */
export function guaranteedRate(input: GuaranteedRateInput): Explained & { gfbrMbps: number; windowS: number; burstLimited: boolean; deadlineMet: boolean; burstRateMbps: number } {
  const sustainedMbps = input.sustainedHeadroom * input.rateMbps
  const burstRateMbps = input.burstBits > 0 ? burstServiceRateMbps(input.burstBits, input.deadlineS, input.schedulingLatencyS) : 0
  const deadlineMet = Number.isFinite(burstRateMbps)
  const burstLimited = deadlineMet && burstRateMbps > sustainedMbps
  const gfbrMbps = burstLimited ? burstRateMbps : sustainedMbps
  const windowS = burstLimited ? input.deadlineS - input.schedulingLatencyS : input.windowS
  const slackMs = 1000 * (input.deadlineS - input.schedulingLatencyS)
  const burstText =
    input.burstBits === 0
      ? 'no burst'
      : deadlineMet
        ? `the burst needs b/(D − T) = ${f(input.burstBits / 1e6)} Mbit / ${f(slackMs)} ms = ${f(burstRateMbps)} Mbit/s (D = ${f(1000 * input.deadlineS)} ms air budget, T = ${f(1000 * input.schedulingLatencyS)} ms slot wait)`
        : `no rate delivers the burst in time: the air budget D = ${f(1000 * input.deadlineS)} ms does not exceed the slot wait T = ${f(1000 * input.schedulingLatencyS)} ms`
  const burstTextZh =
    input.burstBits === 0
      ? '无突发'
      : deadlineMet
        ? `突发所需速率 b/(D − T) = ${f(input.burstBits / 1e6)} Mbit / ${f(slackMs)} ms = ${f(burstRateMbps)} Mbit/s（D = ${f(1000 * input.deadlineS)} ms 空口时延预算，T = ${f(1000 * input.schedulingLatencyS)} ms 等待时隙）`
        : `任何速率都无法按时送达突发：空口时延预算 D = ${f(1000 * input.deadlineS)} ms 不大于等待时隙时间 T = ${f(1000 * input.schedulingLatencyS)} ms`
  return {
    gfbrMbps,
    windowS,
    burstLimited,
    deadlineMet,
    burstRateMbps,
    basis:
      `Guaranteed rate (token bucket; delay ≤ T + b/R, Le Boudec–Thiran Thm 1.4.2): sustained ${f(input.sustainedHeadroom)} × ${f(input.rateMbps)} = ${f(sustainedMbps)} Mbit/s; ` +
      `${burstText} → GFBR ${f(gfbrMbps)} Mbit/s over ${f(windowS)} s.`,
    basisZh:
      `保障比特率（令牌桶；时延 ≤ T + b/R，Le Boudec–Thiran Thm 1.4.2）：持续速率 ${f(input.sustainedHeadroom)} × ${f(input.rateMbps)} = ${f(sustainedMbps)} Mbit/s；` +
      `${burstTextZh} → 保障比特率 GFBR ${f(gfbrMbps)} Mbit/s（${f(windowS)} 秒窗口）。`,
  }
}

/**
 * Maximum flow bit rate (§7 step 3): the largest frame sent at frame pace, maxFrameFactor × r, and
 * never below the GFBR. 1.5 × 20.78 → 31.17 Mbit/s.
 */
export function maximumRate(rateMbps: number, maxFrameFactor: number, gfbrMbps: number): Explained & { mfbrMbps: number } {
  const peakMbps = maxFrameFactor * rateMbps
  const mfbrMbps = Math.max(peakMbps, gfbrMbps)
  return {
    mfbrMbps,
    basis: `Maximum rate (§7 step 3): ${f(maxFrameFactor)} × ${f(rateMbps)} = ${f(peakMbps)} Mbit/s${mfbrMbps > peakMbps ? `, raised to the GFBR ${f(gfbrMbps)}` : ''} → MFBR ${f(mfbrMbps)} Mbit/s.`,
    basisZh: `最大比特率（§7 第 3 步）：${f(maxFrameFactor)} × ${f(rateMbps)} = ${f(peakMbps)} Mbit/s${mfbrMbps > peakMbps ? `，提升至保障比特率 GFBR ${f(gfbrMbps)}` : ''} → 最大比特率 MFBR ${f(mfbrMbps)} Mbit/s。`,
  }
}

/**
 * Rate of periodic messages (C2, telemetry, pose): (message + headers) × 8 / interval.
 * 140 B + 28 B every 40 ms → 0.0336 Mbit/s.
 */
export function messageRate(messageBytes: number, headerBytes: number, intervalMs: number): Explained & { rateMbps: number; packetBytes: number } {
  const packetBytes = messageBytes + headerBytes
  const rateMbps = (packetBytes * 8) / (intervalMs / 1000) / 1e6
  return {
    rateMbps,
    packetBytes,
    basis: `Messages: (${f(messageBytes)} + ${f(headerBytes)} B headers) every ${f(intervalMs)} ms → ${f(rateMbps)} Mbit/s.`,
    basisZh: `消息：每 ${f(intervalMs)} ms 一条（${f(messageBytes)} + ${f(headerBytes)} B 包头）→ ${f(rateMbps)} Mbit/s。`,
  }
}
