import { noiseOverPrbsDbm, noisePerReDbm } from '../radio/link/noise.js'
import { carrierEnergyPerReDbm } from '../radio/link/epre.js'
import { cqiTable } from '../radio/rate/cqiTables.js'
import type { LinkDirection } from '../radio/rate/linkDirection.js'
import type { Modulation } from '../radio/rate/modulation.js'
import { resourceElementsPerSecond, subcarriersPerPrb } from '../radio/rate/numerology.js'
import { carrierPeakRateMbps, overheadFraction } from '../radio/rate/peakRate.js'
import { gapModelThresholdsDb, type SinrToCqiMapping } from '../radio/rate/sinrToCqi.js'
import { parseTddPattern, tddFraction, tddPeriodMs } from '../radio/rate/tddPattern.js'
import { transmissionBandwidthPrbs } from '../radio/rate/transmissionBandwidth.js'
import type { RadioPlan } from './radioPlan.js'
import type { Explained } from './translateRate.js'
import { formatNumber as f } from './scenarioTerms.js'

/** What one direction of the planned carrier offers a flow. */
export interface CarrierShare {
  direction: LinkDirection
  /** N_PRB of the carrier (TS 38.101-1 Table 5.3.2-1). */
  carrierPrbs: number
  /** PRBs planned for the flow: round(share × N_PRB), at least 1. */
  allocatedPrbs: number
  scsKhz: number
  /** OH of TS 38.306 §4.1.2 for the direction. */
  overhead: number
  /** Share of symbols in the direction (radio-models.md §5.5). */
  tddFraction: number
  tddPeriodMs: number
  layers: number
}

/** The planned carrier seen by one direction of the flow (TS 38.101-1, TS 38.306 §4.1.2, TDD share). */
export function carrierShare(plan: RadioPlan, direction: LinkDirection): CarrierShare {
  const carrierPrbs = transmissionBandwidthPrbs(plan.bandwidthMhz, plan.scsKhz, plan.fr)
  const tdd = parseTddPattern(plan.tddPattern, plan.specialSlotSplit)
  const share = direction === 'ul' ? plan.ulPrbShare : plan.dlPrbShare
  return {
    direction,
    carrierPrbs,
    allocatedPrbs: Math.max(1, Math.round(share * carrierPrbs)),
    scsKhz: plan.scsKhz,
    overhead: overheadFraction(plan.fr, direction),
    tddFraction: tddFraction(tdd, direction),
    tddPeriodMs: tddPeriodMs(tdd, plan.scsKhz),
    layers: direction === 'ul' ? plan.ulLayers : plan.dlLayers,
  }
}

/**
 * Bits per RE per layer the flow needs (inverse of radio-models.md §5.6):
 * rate / (RE rate over the allocation × (1 − OH) × f_TDD × layers).
 * 24.93 Mbit/s on 273 PRB, 30 kHz, OH 0.08, f_UL 16/70, 1 layer → 1.293.
 */
export function requiredEfficiencyBitsPerRe(rateMbps: number, share: CarrierShare): number {
  const capacityPerBit = resourceElementsPerSecond(share.allocatedPrbs, share.scsKhz) * (1 - share.overhead) * share.tddFraction * share.layers
  return (rateMbps * 1e6) / capacityPerBit
}

/** The lowest SINR at which a SINR → CQI mapping reaches an efficiency. */
export interface SinrForEfficiency {
  /** The lowest CQI whose table efficiency ≥ the need (15 when none suffices). */
  cqi: number
  efficiencyBitsPerRe: number
  /** SINR at which the mapping starts to report that CQI, dB (before any margin). */
  sinrDb: number
  /** False when even CQI 15 falls short. */
  reachable: boolean
}

/**
 * Inverts a SINR → CQI mapping (sinrToCqi.ts, radio-models.md §5.2): the lowest CQI of the mapping's
 * table whose efficiency covers `efficiencyBitsPerRe`, and the SINR where the mapping reaches it
 * (threshold list (a), or the gap model's 10·log10(Γ(2^eff − 1)) (b)), less the mapping's offset.
 * 1.293 b/RE on table 1 with the thresholds (a) → CQI 7 (1.4766) at 5.9 dB.
 */
export function lowestSinrForEfficiency(efficiencyBitsPerRe: number, mapping: SinrToCqiMapping): SinrForEfficiency {
  const rows = cqiTable(mapping.table)
  const thresholdsDb = mapping.method === 'thresholds' ? mapping.thresholdsDb : gapModelThresholdsDb(mapping.table, mapping.ber)
  const top = rows.length - 1
  let cqi = 1
  while (cqi < top && (rows[cqi]?.efficiencyBitsPerRe as number) < efficiencyBitsPerRe) cqi++
  const efficiency = rows[cqi]?.efficiencyBitsPerRe as number
  return { cqi, efficiencyBitsPerRe: efficiency, sinrDb: (thresholdsDb[cqi - 1] as number) - mapping.offsetDb, reachable: efficiency >= efficiencyBitsPerRe }
}

/**
 * The SINR target of a direction (§7 step 9): the rate's efficiency at the planned share, the lowest
 * SINR whose CQI carries it, plus the link margin.
 */
export function requiredSinr(rateMbps: number, share: CarrierShare, mapping: SinrToCqiMapping, marginDb: number): Explained & SinrForEfficiency & { targetDb: number; neededBitsPerRe: number } {
  const neededBitsPerRe = requiredEfficiencyBitsPerRe(rateMbps, share)
  const found = lowestSinrForEfficiency(neededBitsPerRe, mapping)
  const targetDb = found.sinrDb + marginDb
  const dir = share.direction.toUpperCase()
  const capacity = `${share.allocatedPrbs} of ${share.carrierPrbs} PRB at ${share.scsKhz} kHz × (1 − ${share.overhead}) × f_${dir} ${f(share.tddFraction)} × ${share.layers} layer${share.layers === 1 ? '' : 's'}`
  const mapText = mapping.method === 'thresholds' ? 'threshold list (radio-models.md §5.2a, UNVERIFIED provenance)' : `gap model BER ${mapping.ber} (§5.2b)`
  const capacityZh = `${share.carrierPrbs} 个 PRB 中的 ${share.allocatedPrbs} 个，${share.scsKhz} kHz × (1 − ${share.overhead}) × f_${dir} ${f(share.tddFraction)} × ${share.layers} 层`
  const mapTextZh = mapping.method === 'thresholds' ? '门限表（radio-models.md §5.2a，来源未经核实）' : `间隙模型 BER ${mapping.ber}（§5.2b）`
  const table = mapping.table === 'table1' ? '5.2.2.1-2' : '5.2.2.1-3'
  return {
    ...found,
    targetDb,
    neededBitsPerRe,
    basis:
      `${dir} SINR (§7 step 9; TS 38.214 Table ${table}): ${f(rateMbps)} Mbit/s over ${capacity} needs ${f(neededBitsPerRe)} bit/RE → ` +
      (found.reachable
        ? `CQI ${found.cqi} (${f(found.efficiencyBitsPerRe)} bit/RE) from ${f(found.sinrDb)} dB by the ${mapText}`
        : `more than CQI 15 gives (${f(found.efficiencyBitsPerRe)} bit/RE): unreachable at this share; ${f(found.sinrDb)} dB is CQI 15's threshold`) +
      `, + ${f(marginDb)} dB link margin → ${f(targetDb)} dB.`,
    basisZh:
      `${share.direction === 'ul' ? '上行' : '下行'}信干噪比 SINR（§7 第 9 步；TS 38.214 Table ${table}）：${f(rateMbps)} Mbit/s 承载于 ${capacityZh}，需 ${f(neededBitsPerRe)} bit/RE → ` +
      (found.reachable
        ? `按${mapTextZh}，CQI ${found.cqi}（${f(found.efficiencyBitsPerRe)} bit/RE）自 ${f(found.sinrDb)} dB 起可达`
        : `超出 CQI 15 的能力（${f(found.efficiencyBitsPerRe)} bit/RE）：该份额下不可达；${f(found.sinrDb)} dB 为 CQI 15 的门限`) +
      `，+ ${f(marginDb)} dB 链路余量 → ${f(targetDb)} dB。`,
  }
}

/**
 * Peak rate of the planned share (TS 38.306 §4.1.2 with the top modulation of the CQI table, scaled by
 * f_TDD and the PRB share): 100 MHz, 30 kHz, 1 UL layer, 64QAM, DDDSU, whole carrier → 107.1 Mbit/s.
 */
export function peakRateAtShare(plan: RadioPlan, share: CarrierShare): Explained & { peakMbps: number } {
  const table = cqiTable(plan.cqiMapping.table)
  const modulation = table[table.length - 1]?.modulation as Modulation
  const layers = Math.min(Math.max(1, Math.round(share.layers)), share.direction === 'ul' ? 4 : 8)
  const carrierMbps = carrierPeakRateMbps({ bandwidthMhz: plan.bandwidthMhz, scsKhz: plan.scsKhz, fr: plan.fr, direction: share.direction, layers, modulation })
  const peakMbps = carrierMbps * share.tddFraction * (share.allocatedPrbs / share.carrierPrbs)
  return {
    peakMbps,
    basis: `${share.direction.toUpperCase()} peak (TS 38.306 §4.1.2): ${f(carrierMbps)} Mbit/s (${layers} layer${layers === 1 ? '' : 's'} ${modulation.toUpperCase()}) × f ${f(share.tddFraction)} × ${share.allocatedPrbs}/${share.carrierPrbs} PRB = ${f(peakMbps)} Mbit/s.`,
    basisZh: `${share.direction === 'ul' ? '上行' : '下行'}峰值速率（TS 38.306 §4.1.2）：${f(carrierMbps)} Mbit/s（${layers} 层 ${modulation.toUpperCase()}）× f ${f(share.tddFraction)} × ${share.allocatedPrbs}/${share.carrierPrbs} PRB = ${f(peakMbps)} Mbit/s。`,
  }
}

export interface UplinkRsrpInput {
  /** UL SINR target per RE, dB. */
  sinrDb: number
  allocatedPrbs: number
  scsKhz: number
  gnbNoiseFigureDb: number
  /** UL interference over thermal at the gNB, dB. */
  iotDb: number
  /** SSB EPRE (ss-PBCH-BlockPower), dBm. */
  ssbEpreDbm: number
  /** P_CMAX, dBm. */
  ueMaxPowerDbm: number
}

/**
 * The SS-RSRP at which a UE at full power reaches an UL SINR (the model of coverageTile.ts and
 * uplinkSinr.ts): coupling loss CL = SSB EPRE − RSRP (TS 38.213 §7.1.1 path-loss estimate, beam
 * gains included); UL SINR = P_CMAX − CL − (N over the allocation + IoT), N = −174 dBm/Hz + NF over
 * M_RB · 12 · SCS (radio-models.md §4.1). Hence RSRP = SINR + N + IoT + EPRE − P_CMAX. With power
 * control the UE sends less where it can: this is the edge where it cannot.
 * 9.9 dB, 273 PRB at 30 kHz, NF 5, IoT 6, EPRE 13.85, 23 dBm → −82.33 dBm.
 */
export function uplinkRsrpForSinr(input: UplinkRsrpInput): Explained & { rsrpDbm: number; couplingLossDb: number } {
  const noiseDbm = noiseOverPrbsDbm(input.allocatedPrbs, input.scsKhz, input.gnbNoiseFigureDb)
  const couplingLossDb = input.ueMaxPowerDbm - input.sinrDb - noiseDbm - input.iotDb
  const rsrpDbm = input.ssbEpreDbm - couplingLossDb
  const perReUeDbm = input.ueMaxPowerDbm - 10 * Math.log10(input.allocatedPrbs * subcarriersPerPrb)
  return {
    rsrpDbm,
    couplingLossDb,
    basis:
      `RSRP for UL (coverageTile.ts model, TS 38.213 §7.1.1): a UE at ${f(input.ueMaxPowerDbm)} dBm over ${input.allocatedPrbs} PRB sends ${f(perReUeDbm)} dBm per RE; ` +
      `gNB noise per RE ${f(noisePerReDbm(input.scsKhz, input.gnbNoiseFigureDb))} dBm (−174 dBm/Hz + NF ${f(input.gnbNoiseFigureDb)} dB) + IoT ${f(input.iotDb)} dB; ` +
      `SINR ${f(input.sinrDb)} dB allows a coupling loss of ${f(couplingLossDb)} dB → RSRP = SSB EPRE ${f(input.ssbEpreDbm)} − ${f(couplingLossDb)} = ${f(rsrpDbm)} dBm.`,
    basisZh:
      `上行所需参考信号接收功率 RSRP（coverageTile.ts 模型，TS 38.213 §7.1.1）：UE 以 ${f(input.ueMaxPowerDbm)} dBm 在 ${input.allocatedPrbs} 个 PRB 上发射，每 RE ${f(perReUeDbm)} dBm；` +
      `gNB 每 RE 噪声 ${f(noisePerReDbm(input.scsKhz, input.gnbNoiseFigureDb))} dBm（−174 dBm/Hz + 噪声系数 NF ${f(input.gnbNoiseFigureDb)} dB）+ 干扰抬升 IoT ${f(input.iotDb)} dB；` +
      `信干噪比 SINR ${f(input.sinrDb)} dB 允许耦合损耗 ${f(couplingLossDb)} dB → RSRP = SSB EPRE ${f(input.ssbEpreDbm)} − ${f(couplingLossDb)} = ${f(rsrpDbm)} dBm。`,
  }
}

/**
 * The SS-RSRP at which a DL SINR is reachable (radio-models.md §4.5, per RE): SINR = RSRP / (I + N_RE)
 * with I + N = N_RE × the interference rise, so RSRP = SINR + N_RE + rise.
 * −2.7 dB, 30 kHz, NF 9, rise 6 → −116.9 dBm.
 */
export function downlinkRsrpForSinr(sinrDb: number, scsKhz: number, ueNoiseFigureDb: number, interferenceRiseDb: number): Explained & { rsrpDbm: number } {
  const noiseDbm = noisePerReDbm(scsKhz, ueNoiseFigureDb)
  const rsrpDbm = sinrDb + noiseDbm + interferenceRiseDb
  return {
    rsrpDbm,
    basis: `RSRP for DL (radio-models.md §4.5, per RE): SINR ${f(sinrDb)} dB + N_RE ${f(noiseDbm)} dBm (NF ${f(ueNoiseFigureDb)} dB) + interference rise ${f(interferenceRiseDb)} dB = ${f(rsrpDbm)} dBm.`,
    basisZh: `下行所需参考信号接收功率 RSRP（radio-models.md §4.5，每 RE）：信干噪比 SINR ${f(sinrDb)} dB + 每 RE 噪声 N_RE ${f(noiseDbm)} dBm（噪声系数 NF ${f(ueNoiseFigureDb)} dB）+ 干扰抬升 ${f(interferenceRiseDb)} dB = ${f(rsrpDbm)} dBm。`,
  }
}

/** SSB EPRE of the plan's carrier: total power spread over every subcarrier (epre.ts). 49 dBm over 3276 → 13.85 dBm. */
export function planSsbEpreDbm(plan: RadioPlan): number {
  return carrierEnergyPerReDbm(plan.gnbTxPowerDbm, { bandwidthMhz: plan.bandwidthMhz, scsKhz: plan.scsKhz, fr: plan.fr })
}
