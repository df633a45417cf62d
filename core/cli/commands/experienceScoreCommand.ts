import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { p1203SessionSchema } from '../../api/schemas/experienceSchemas.js'
import { eModel } from '../../experience/eModel.js'
import { ExperienceInputError } from '../../experience/experienceInputError.js'
import { p1203Mode0 } from '../../experience/p1203/p1203Mode0.js'
import { speechCodecImpairment, speechCodecs } from '../../experience/speechCodecs.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'

const options = {
  model: { type: 'string' },
  'delay-ms': { type: 'string' },
  'loss-pct': { type: 'string' },
  codec: { type: 'string' },
  input: { type: 'string' },
  json: { type: 'boolean' },
} as const

const models = ['g107', 'p1203'] as const

/**
 * `certus experience score --model g107 [--delay-ms D] [--loss-pct L] [--codec g711|g711-plc|g729a] [--json]`
 * prints `{"rFactor", "mos", …}` (G.107 E-model, defaults elsewhere; D is the one-way mouth-to-ear delay
 * with T = Ta = D and Tr = 2D, the echo defaults kept). `certus experience score --model p1203 --input
 * FILE.json [--json]` prints `{"O46", "O23", "O35", …}` for a P.1203 mode-0 session (file schema:
 * p1203SessionSchema). Bad options exit 2; a bad file exits 1 naming the file and the field.
 */
export function experienceScoreCommand(ctx: CliContext, args: string[]): number {
  let values
  try {
    ;({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }))
  } catch (error) {
    throw new UsageError(`experience score: ${(error as Error).message}`)
  }
  if (values.model === undefined) throw new UsageError(`experience score needs --model: one of ${models.join(', ')}`)
  const model = values.model.toLowerCase()
  if (model === 'g107') {
    if (values.input !== undefined) throw new UsageError('--input is for --model p1203; g107 takes --delay-ms, --loss-pct and --codec')
    return scoreSpeech(ctx, values)
  }
  if (model === 'p1203') {
    for (const option of ['delay-ms', 'loss-pct', 'codec'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is for --model g107; p1203 reads its session from --input FILE.json`)
    }
    return scoreStreaming(ctx, values.input, values.json ?? false)
  }
  throw new UsageError(`--model must be one of ${models.join(', ')}, not ${JSON.stringify(values.model)}`)
}

function scoreSpeech(ctx: CliContext, values: { 'delay-ms'?: string; 'loss-pct'?: string; codec?: string; json?: boolean }): number {
  const delayMs = optionalNumber(values['delay-ms'], '--delay-ms') ?? 0
  const lossPct = optionalNumber(values['loss-pct'], '--loss-pct') ?? 0
  const codecName = (values.codec ?? 'g711').toLowerCase()
  if (!(speechCodecs as readonly string[]).includes(codecName)) throw new UsageError(`--codec must be one of ${speechCodecs.join(', ')}, not ${JSON.stringify(values.codec)}`)
  const codec = speechCodecImpairment(codecName)
  const result = asUsageError(() =>
    eModel({
      meanOneWayDelayMs: delayMs,
      absoluteDelayMs: delayMs,
      roundTripDelayMs: 2 * delayMs,
      packetLossPct: lossPct,
      equipmentImpairment: codec.equipmentImpairment,
      packetLossRobustness: codec.packetLossRobustness,
    }),
  )
  if (values.json) {
    printJson(ctx, { rFactor: result.rFactor, mos: result.mos, model: 'g107', codec: codecName, delayMs, lossPct })
  } else {
    ctx.out(
      `G.107 E-model, ${codecName} (Ie ${codec.equipmentImpairment}, Bpl ${codec.packetLossRobustness}), ${delayMs} ms one-way, ${lossPct} % loss: ` +
        `R = ${result.rFactor.toFixed(1)}, MOS ${result.mos.toFixed(2)}\n` +
        `  Ro ${result.basicSignalToNoise.toFixed(2)}, Is ${result.simultaneousImpairment.toFixed(2)}, Id ${result.delayImpairment.toFixed(2)} ` +
        `(Idte ${result.talkerEchoImpairment.toFixed(2)}, Idle ${result.listenerEchoImpairment.toFixed(2)}, Idd ${result.absoluteDelayImpairment.toFixed(2)}), ` +
        `Ie,eff ${result.effectiveEquipmentImpairment.toFixed(2)}\n`,
    )
  }
  return 0
}

function scoreStreaming(ctx: CliContext, input: string | undefined, json: boolean): number {
  if (input === undefined) throw new UsageError('experience score --model p1203 needs --input FILE.json: the mode-0 segments and stalls')
  const path = resolve(ctx.cwd, input)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new CommandFailure(`cannot read the P.1203 session ${input}: ${(error as Error).message}`)
  }
  const parsed = p1203SessionSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('') ?? ''
    throw new CommandFailure(`${input}: ${field.replace(/^\./, '') || 'session'}: ${issue?.message ?? 'invalid'}`)
  }
  let result
  try {
    result = p1203Mode0(parsed.data)
  } catch (error) {
    if (error instanceof ExperienceInputError) throw new CommandFailure(`${input}: ${error.message}`)
    throw error
  }
  if (json) {
    printJson(ctx, { O46: result.o46, O23: result.o23, O35: result.o35, model: 'p1203', sessionDurationS: result.sessionDurationS, stallCount: result.stalling.stallCount })
  } else {
    ctx.out(
      `P.1203 mode 0, ${result.sessionDurationS} s, ${result.stalling.stallCount} stall(s): O.46 ${result.o46.toFixed(2)}, ` +
        `O.35 ${result.o35.toFixed(2)}, O.23 ${result.o23.toFixed(2)}\n` +
        '  (O.35 without the quality-variation terms and RF := min(mos, 4.62): see core/experience/p1203/integrationQuality.ts)\n',
    )
  }
  return 0
}

function optionalNumber(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${option} must be a number, not ${JSON.stringify(text)}`)
  return value
}

/** Runs the model, turning its input errors into usage errors that name the option. */
function asUsageError<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof ExperienceInputError)) throw error
    const option = { packetLossPct: '--loss-pct', absoluteDelayMs: '--delay-ms', meanOneWayDelayMs: '--delay-ms', roundTripDelayMs: '--delay-ms' }[error.argument]
    throw new UsageError(option === undefined ? error.message : `${option}: ${error.message}`)
  }
}
