import { parseArgs } from 'node:util'
import { RadioInputError } from '../../radio/radioInputError.js'
import { linkDirections, type LinkDirection } from '../../radio/rate/linkDirection.js'
import { isModulation, modulations } from '../../radio/rate/modulation.js'
import { carrierPeakRateMbps, overheadFraction, type CarrierRateInput } from '../../radio/rate/peakRate.js'
import { defaultSpecialSlotSplit, parseSpecialSlotSplit, parseTddPattern, tddFraction, type TddPattern } from '../../radio/rate/tddPattern.js'
import { frequencyRanges, transmissionBandwidthPrbs, type FrequencyRange } from '../../radio/rate/transmissionBandwidth.js'
import { UsageError, printJson, type CliContext } from '../cliContext.js'

const options = {
  'bandwidth-mhz': { type: 'string' },
  'scs-khz': { type: 'string' },
  layers: { type: 'string' },
  modulation: { type: 'string' },
  direction: { type: 'string' },
  tdd: { type: 'string' },
  's-split': { type: 'string' },
  fr: { type: 'string' },
  json: { type: 'boolean' },
} as const

/** The option that carries each model argument, to name it in messages. */
const optionForArgument: Readonly<Record<string, string>> = {
  bandwidthMhz: '--bandwidth-mhz',
  scsKhz: '--scs-khz',
  layers: '--layers',
  modulation: '--modulation',
  direction: '--direction',
  fr: '--fr',
  pattern: '--tdd',
  split: '--s-split',
}

/**
 * `certus radio rate --bandwidth-mhz B --scs-khz S --layers L --modulation M --direction dl|ul
 * [--tdd PATTERN] [--s-split D:G:U] [--fr fr1|fr2] [--json]`: the TS 38.306 §4.1.2 peak rate of one
 * carrier (f = 1), scaled by the direction's share of a TDD pattern when `--tdd` is given (S slot
 * 10:2:2 unless `--s-split`). `--json` prints `{"peakMbps": x}`. Bad or missing options exit 2.
 */
export async function radioRateCommand(ctx: CliContext, args: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }))
  } catch (error) {
    throw new UsageError(`radio rate: ${(error as Error).message}`)
  }
  const carrier: CarrierRateInput = {
    bandwidthMhz: requireNumber(values['bandwidth-mhz'], '--bandwidth-mhz', 'the channel bandwidth in MHz, e.g. 100'),
    scsKhz: requireNumber(values['scs-khz'], '--scs-khz', 'the subcarrier spacing in kHz, e.g. 30'),
    layers: requireNumber(values.layers, '--layers', 'the number of MIMO layers, e.g. 4'),
    modulation: requireChoice(values.modulation, '--modulation', modulations, isModulation),
    direction: requireChoice(values.direction, '--direction', linkDirections, (v): v is LinkDirection => (linkDirections as readonly string[]).includes(v)),
    fr: values.fr === undefined ? 'fr1' : requireChoice(values.fr, '--fr', frequencyRanges, (v): v is FrequencyRange => (frequencyRanges as readonly string[]).includes(v)),
  }
  if (values['s-split'] !== undefined && values.tdd === undefined) throw new UsageError('--s-split needs --tdd: it sets the special-slot split of the TDD pattern')
  const { peakMbps, prbs, tdd } = asUsageErrors(() => {
    const split = values['s-split'] === undefined ? defaultSpecialSlotSplit : parseSpecialSlotSplit(values['s-split'])
    return {
      peakMbps: carrierPeakRateMbps(carrier),
      prbs: transmissionBandwidthPrbs(carrier.bandwidthMhz, carrier.scsKhz, carrier.fr),
      tdd: values.tdd === undefined ? null : parseTddPattern(values.tdd, split),
    }
  })
  const scaledMbps = tdd === null ? peakMbps : peakMbps * tddFraction(tdd, carrier.direction)
  if (values.json) printJson(ctx, { peakMbps: scaledMbps })
  else ctx.out(formatSummary(carrier, prbs, peakMbps, tdd, scaledMbps))
  return 0
}

function formatSummary(carrier: CarrierRateInput, prbs: number, peakMbps: number, tdd: TddPattern | null, scaledMbps: number): string {
  const fr = carrier.fr ?? 'fr1'
  const lines = [
    `TS 38.306 §4.1.2 peak rate, ${carrier.direction.toUpperCase()} ${fr.toUpperCase()}: ${carrier.bandwidthMhz} MHz at ${carrier.scsKhz} kHz ` +
      `(${prbs} PRB), ${carrier.layers} layer${carrier.layers === 1 ? '' : 's'} ${carrier.modulation.toUpperCase()}, f = 1, ` +
      `OH ${overheadFraction(fr, carrier.direction)}: ${peakMbps.toFixed(1)} Mbit/s`,
  ]
  if (tdd !== null) {
    const split = tdd.specialSlotSplit
    const symbols = carrier.direction === 'dl' ? tdd.dlSymbols : tdd.ulSymbols
    lines.push(
      `TDD ${tdd.pattern}, S slot ${split.dlSymbols}:${split.guardSymbols}:${split.ulSymbols}: ` +
        `f_${carrier.direction.toUpperCase()} = ${symbols}/${tdd.totalSymbols} = ${tddFraction(tdd, carrier.direction).toFixed(4)} → ${scaledMbps.toFixed(1)} Mbit/s`,
    )
  }
  return `${lines.join('\n')}\n`
}

function requireNumber(text: string | undefined, option: string, what: string): number {
  if (text === undefined) throw new UsageError(`radio rate needs ${option}: ${what}`)
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${option} must be a number, not ${JSON.stringify(text)}`)
  return value
}

function requireChoice<T extends string>(text: string | undefined, option: string, choices: readonly T[], isChoice: (v: string) => v is T): T {
  if (text === undefined) throw new UsageError(`radio rate needs ${option}: one of ${choices.join(', ')}`)
  const lower = text.toLowerCase()
  if (!isChoice(lower)) throw new UsageError(`${option} must be one of ${choices.join(', ')}, not ${JSON.stringify(text)}`)
  return lower
}

/** Runs the models, turning their input errors into usage errors that name the option. */
function asUsageErrors<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof RadioInputError)) throw error
    const option = optionForArgument[error.argument] ?? error.argument
    const message = error.message.startsWith(error.argument) ? option + error.message.slice(error.argument.length) : `${option}: ${error.message}`
    throw new UsageError(message)
  }
}
