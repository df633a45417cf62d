import { ExperienceInputError } from './experienceInputError.js'

/** Codec impairment values for the G.107 E-model, with their evidence tag and source. */
export interface SpeechCodecImpairment {
  /** Equipment impairment factor Ie. */
  equipmentImpairment: number
  /** Packet-loss robustness factor Bpl. */
  packetLossRobustness: number
  /** S: secondary sources only (../shared/docs/sla-and-qoe-models.md §4.1). */
  tag: 'V' | 'S' | 'U'
  source: string
}

/** Codec names the CLI and API accept. */
export const speechCodecs = ['g711', 'g711-plc', 'g729a'] as const
export type SpeechCodec = (typeof speechCodecs)[number]

/**
 * Narrowband codec Ie/Bpl (ITU-T G.113 Appendix I, 2007 edition, as quoted by VoIP monitors;
 * ../shared/docs/sla-and-qoe-models.md §4.1). Caution from the doc: G.113 (09/2024) may publish no Bpl
 * for narrowband codecs; the 25.1 and 19.0 figures come from the older appendix.
 */
export const speechCodecImpairments: Readonly<Record<SpeechCodec, SpeechCodecImpairment>> = Object.freeze({
  g711: { equipmentImpairment: 0, packetLossRobustness: 4.3, tag: 'S', source: 'G.711 without PLC, random loss: Bpl = G.107 default' },
  'g711-plc': { equipmentImpairment: 0, packetLossRobustness: 25.1, tag: 'S', source: 'G.113 (2007) App. I via VoIP monitors' },
  g729a: { equipmentImpairment: 11, packetLossRobustness: 19.0, tag: 'S', source: 'G.113 (2007) App. I via VoIP monitors (G.729A + VAD)' },
})

/** Ie and Bpl of `codec`; throws an ExperienceInputError naming the valid codecs for an unknown one. */
export function speechCodecImpairment(codec: string): SpeechCodecImpairment {
  if (!(speechCodecs as readonly string[]).includes(codec)) {
    throw new ExperienceInputError('codec', `codec must be one of ${speechCodecs.join(', ')}, not ${JSON.stringify(codec)}`)
  }
  return speechCodecImpairments[codec as SpeechCodec]
}
