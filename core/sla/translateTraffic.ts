import type { EvidenceTag, Scenario } from '../api/schemas/slaSchemas.js'
import type { LinkDirection } from '../radio/rate/linkDirection.js'
import { citeTerm, formatNumber as f, weakestTag, type ScenarioTerms, type TermReading } from './scenarioTerms.js'
import { SlaInputError } from './slaInputError.js'
import { frameBurst, guaranteedRate, maximumRate, messageRate, packetisedRate, type Explained } from './translateRate.js'

/** The rate a direction of the flow needs, with the reasoning. */
export interface FlowDemand {
  direction: LinkDirection
  /** Guaranteed rate on the IP layer, Mbit/s. */
  gfbrMbps: number
  /** Maximum flow bit rate, Mbit/s; null when the traffic has no burst model. */
  mfbrMbps: number | null
  /** Window the rate is averaged over, s. */
  windowS: number
  /** Largest burst sent at once (a frame or a message with headers), bytes. */
  burstBytes: number
  /** False when no rate delivers the burst within the air budget. */
  deadlineMet: boolean
  /** The reasoning, one line per step in English and Chinese. */
  basis: Explained[]
  tag: EvidenceTag
}

/** The traffic of a scenario: its main direction and both directions' demands. */
export interface Traffic {
  main: LinkDirection
  ul: FlowDemand | null
  dl: FlowDemand | null
  /** The video stream whose packet losses corrupt the picture (video translators): application rate and payload. */
  video: { rateMbps: TermReading<number>; payloadBytes: TermReading<number> } | null
  /** Message interval of periodic traffic, ms. */
  messageInterval: TermReading<number> | null
}

/** How long a burst may take and how long a packet waits for its slot, per direction, s. */
export interface BurstTiming {
  airBudgetS: number
  slotWaitS: Readonly<Record<LinkDirection, number>>
}

const rateRange = { min: 0.0001, max: 100_000 }
const videoTranslators: readonly Scenario['translator'][] = ['video-uplink', 'video-downlink']

/** TR 38.838 frame model and the network-calculus bound are secondary-source and textbook models. */
const frameModelTag: EvidenceTag = 'S'

/**
 * The demand of each direction (sla-and-qoe-models.md §7 steps 1–3, §2.5, §5.2–5.3):
 * - video translators: the video (+ ancillary) bit rate of the main direction through packetisation,
 *   frame bursts and the token-bucket guarantee; the other direction's `ul-rate`/`dl-rate` as given;
 * - interactive: the main direction's `*-rate` stream the same way when `frame-rate` is given;
 * - command-control, telemetry: periodic `*-message-size` messages every `message-interval`;
 * - fixed-wireless: the `*-rate` terms as given (user-experienced rates on the IP layer).
 * Messages and plain rates add to a direction's stream.
 */
export function scenarioTraffic(scenario: Scenario, terms: ScenarioTerms, timing: BurstTiming): Traffic {
  const video = videoTranslators.includes(scenario.translator)
  const main = mainDirection(scenario, terms, video)
  const messageInterval = terms.optionalNumber('message-interval', { min: 0.1, max: 3_600_000 }) ?? null
  const demand = (direction: LinkDirection): FlowDemand | null => directionDemand(scenario, terms, timing, direction, direction === main, messageInterval)
  const ul = demand('ul')
  const dl = demand('dl')
  if (ul === null) throw new SlaInputError('ul-rate', `scenario ${scenario.id} gives no uplink traffic: add ul-rate, ul-message-size or (for video-uplink) video-bitrate`)
  return {
    main,
    ul,
    dl,
    video: video ? { rateMbps: terms.number('video-bitrate', rateRange), payloadBytes: terms.number('payload-size', { min: 16, max: 65_000 }) } : null,
    messageInterval,
  }
}

function mainDirection(scenario: Scenario, terms: ScenarioTerms, video: boolean): LinkDirection {
  if (video) return scenario.translator === 'video-uplink' ? 'ul' : 'dl'
  if (scenario.direction !== 'both') return scenario.direction
  const ul = terms.optionalNumber('ul-rate', rateRange)?.value ?? 0
  const dl = terms.optionalNumber('dl-rate', rateRange)?.value ?? 0
  return dl > ul ? 'dl' : 'ul'
}

function directionDemand(
  scenario: Scenario,
  terms: ScenarioTerms,
  timing: BurstTiming,
  direction: LinkDirection,
  isMain: boolean,
  messageInterval: TermReading<number> | null,
): FlowDemand | null {
  const video = videoTranslators.includes(scenario.translator)
  const stream = isMain && video ? videoStream(terms) : optionalRate(terms, `${direction}-rate`)
  const bursty = isMain && (video || scenario.translator === 'interactive') && terms.has('frame-rate')
  const streamDemand = stream === null ? null : bursty ? burstyStream(terms, timing, direction, stream) : plainStream(direction, stream)
  const messages = periodicMessages(terms, direction, messageInterval)
  if (streamDemand === null && messages === null) return null
  const gfbrMbps = (streamDemand?.gfbrMbps ?? 0) + (messages?.rateMbps ?? 0)
  const mfbrMbps = streamDemand?.mfbrMbps == null ? null : streamDemand.mfbrMbps + (messages?.rateMbps ?? 0)
  const basis: Explained[] = [...(streamDemand?.basis ?? []), ...(messages === null ? [] : [{ basis: messages.basis, basisZh: messages.basisZh }])]
  if (streamDemand !== null && messages !== null) {
    basis.push({
      basis: `${direction.toUpperCase()} total: ${f(streamDemand.gfbrMbps)} + ${f(messages.rateMbps)} = ${f(gfbrMbps)} Mbit/s.`,
      basisZh: `${direction === 'ul' ? '上行' : '下行'}合计：${f(streamDemand.gfbrMbps)} + ${f(messages.rateMbps)} = ${f(gfbrMbps)} Mbit/s。`,
    })
  }
  return {
    direction,
    gfbrMbps,
    mfbrMbps,
    windowS: streamDemand?.windowS ?? (messageInterval === null ? 1 : messageInterval.value / 1000),
    burstBytes: Math.max(streamDemand?.burstBytes ?? 0, messages?.packetBytes ?? 0),
    deadlineMet: streamDemand?.deadlineMet ?? true,
    basis,
    tag: weakestTag(streamDemand?.tag ?? 'V', messages?.tag ?? 'V'),
  }
}

interface StreamSource extends Explained {
  rateMbps: number
  readings: TermReading<number | string>[]
}

/** §7 step 1: the video bit rate plus what travels with it (audio, telemetry). */
function videoStream(terms: ScenarioTerms): StreamSource {
  const bitrate = terms.number('video-bitrate', rateRange)
  const ancillary = terms.optionalNumber('ancillary-rate', { min: 0, max: 100_000 })
  const codec = terms.optionalText('video-codec')
  const resolution = terms.optionalText('video-resolution')
  const rateMbps = bitrate.value + (ancillary?.value ?? 0)
  const what = [resolution?.value, codec?.value].filter((x) => x !== undefined).join(' ')
  const sum = `${citeTerm(bitrate)}${ancillary === undefined ? '' : ` + ${citeTerm(ancillary)}`} = ${f(rateMbps)} Mbit/s`
  return {
    rateMbps,
    readings: [bitrate, ...(ancillary === undefined ? [] : [ancillary])],
    basis: `Bit rate (§7 step 1): video ${what === '' ? '' : `${what} `}${sum}.`,
    basisZh: `码率（§7 第 1 步）：视频${what === '' ? '' : ` ${what}`} ${sum}。`,
  }
}

function optionalRate(terms: ScenarioTerms, id: string): StreamSource | null {
  const rate = terms.optionalNumber(id, rateRange)
  return rate === undefined ? null : { rateMbps: rate.value, readings: [rate], basis: `Rate: ${citeTerm(rate)}.`, basisZh: `速率：${citeTerm(rate)}。` }
}

function plainStream(direction: LinkDirection, source: StreamSource): Omit<FlowDemand, 'direction'> {
  return {
    gfbrMbps: source.rateMbps,
    mfbrMbps: null,
    windowS: 1,
    burstBytes: 0,
    deadlineMet: true,
    basis: [
      { basis: source.basis, basisZh: source.basisZh },
      { basis: `${direction.toUpperCase()} rate taken as given, on the IP layer over 1 s windows.`, basisZh: `${direction === 'ul' ? '上行' : '下行'}速率按给定值取用，为 IP 层速率，1 秒窗口统计。` },
    ],
    tag: weakestTag(...source.readings.map((r) => r.tag)),
  }
}

function burstyStream(terms: ScenarioTerms, timing: BurstTiming, direction: LinkDirection, source: StreamSource): Omit<FlowDemand, 'direction'> {
  const payload = terms.optionalNumber('payload-size', { min: 16, max: 65_000 })
  const header = terms.optionalNumber('header-size', { min: 0, max: 1000 })
  const fps = terms.number('frame-rate', { min: 1, max: 1000 })
  const frameFactor = terms.number('max-frame-factor', { min: 1, max: 10 })
  const headroom = terms.optionalNumber('sustained-headroom', { min: 1, max: 10 })
  const window = terms.optionalNumber('stability-window', { min: 0.01, max: 3600 })
  const packetised = payload !== undefined && header !== undefined ? packetisedRate(source.rateMbps, payload.value, header.value) : null
  const rateMbps = packetised?.rateMbps ?? source.rateMbps
  const burst = frameBurst(rateMbps, fps.value, frameFactor.value)
  const guaranteed = guaranteedRate({
    rateMbps,
    sustainedHeadroom: headroom?.value ?? 1,
    burstBits: burst.burstBits,
    deadlineS: timing.airBudgetS,
    schedulingLatencyS: timing.slotWaitS[direction],
    windowS: window?.value ?? 1,
  })
  const maximum = maximumRate(rateMbps, frameFactor.value, guaranteed.gfbrMbps)
  const used = [...source.readings, fps, frameFactor, payload, header, headroom, window].filter((r): r is TermReading<number> => r !== undefined)
  return {
    gfbrMbps: guaranteed.gfbrMbps,
    mfbrMbps: maximum.mfbrMbps,
    windowS: guaranteed.windowS,
    burstBytes: burst.burstBits / 8,
    deadlineMet: guaranteed.deadlineMet,
    basis: [source, ...(packetised === null ? [] : [packetised]), burst, guaranteed, maximum].map(({ basis, basisZh }) => ({ basis, basisZh })),
    tag: weakestTag(frameModelTag, ...used.map((r) => r.tag)),
  }
}

function periodicMessages(terms: ScenarioTerms, direction: LinkDirection, interval: TermReading<number> | null): (ReturnType<typeof messageRate> & { tag: EvidenceTag }) | null {
  const size = terms.optionalNumber(`${direction}-message-size`, { min: 1, max: 1_000_000 })
  if (size === undefined) return null
  if (interval === null) throw new SlaInputError('message-interval', `scenario ${terms.scenario.id} has ${direction}-message-size but no message-interval (ms)`)
  const header = terms.optionalNumber('header-size', { min: 0, max: 1000 })
  const rate = messageRate(size.value, header?.value ?? 0, interval.value)
  return { ...rate, basis: `${direction.toUpperCase()} ${rate.basis}`, basisZh: `${direction === 'ul' ? '上行' : '下行'}${rate.basisZh}`, tag: weakestTag(size.tag, interval.tag, header?.tag ?? 'V') }
}
