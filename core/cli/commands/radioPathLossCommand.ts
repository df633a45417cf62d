import { parseArgs } from 'node:util'
import { evaluatePathLoss, meanPathLossDb, pathLossModelNames, type PathLossModelName, type PathLossResult } from '../../radio/propagation/pathLossModel.js'
import { isPathLossModelName } from '../../radio/propagation/pathLossModelName.js'
import { RadioInputError } from '../../radio/radioInputError.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'

const options = {
  model: { type: 'string' },
  'fc-ghz': { type: 'string' },
  'd2d-m': { type: 'string' },
  'hbs-m': { type: 'string' },
  'hut-m': { type: 'string' },
  'building-height-m': { type: 'string' },
  'street-width-m': { type: 'string' },
  json: { type: 'boolean' },
} as const

/** The option that carries each model argument, to name it in messages. */
const optionForArgument: Readonly<Record<string, string>> = {
  fcGhz: '--fc-ghz',
  distance2dM: '--d2d-m',
  bsHeightM: '--hbs-m',
  utHeightM: '--hut-m',
  buildingHeightM: '--building-height-m',
  streetWidthM: '--street-width-m',
}

const modelTitles: Readonly<Record<PathLossModelName, string>> = {
  uma: 'UMa (TR 38.901 Table 7.4.1-1)',
  umi: 'UMi-Street Canyon (TR 38.901 Table 7.4.1-1)',
  rma: 'RMa (TR 38.901 Table 7.4.1-1)',
  'uma-av': 'UMa-AV (TR 36.777 Annex B)',
  'umi-av': 'UMi-AV (TR 36.777 Annex B)',
  'rma-av': 'RMa-AV (TR 36.777 Annex B)',
}

/**
 * `certus radio pathloss --model M --fc-ghz F --d2d-m D --hbs-m H --hut-m H [--building-height-m h]
 * [--street-width-m W] [--json]`: path loss (LOS, NLOS), LOS probability and shadow-fading σ of one
 * link, in strict mode. `--json` prints exactly {pathLossLosDb, pathLossNlosDb, losProbability,
 * shadowFadingLosDb, shadowFadingNlosDb}; warnings (e.g. an aerial model above the studied bands)
 * go to stderr. A missing or ill-formed option exits 2; an input outside the model's validity exits 1
 * with the range and clause on stderr.
 */
export async function radioPathLossCommand(ctx: CliContext, args: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }))
  } catch (error) {
    throw new UsageError(`radio pathloss: ${(error as Error).message}`)
  }
  const model = requireModel(values.model)
  const link = {
    fcGhz: requireNumber(values['fc-ghz'], '--fc-ghz', 'the carrier frequency in GHz, e.g. 3.5'),
    distance2dM: requireNumber(values['d2d-m'], '--d2d-m', 'the horizontal BS–UT distance in m, e.g. 100'),
    bsHeightM: requireNumber(values['hbs-m'], '--hbs-m', 'the BS antenna height in m, e.g. 25'),
    utHeightM: requireNumber(values['hut-m'], '--hut-m', 'the UT antenna height in m, e.g. 1.5'),
  }
  const environment = {
    buildingHeightM: optionalNumber(values['building-height-m'], '--building-height-m'),
    streetWidthM: optionalNumber(values['street-width-m'], '--street-width-m'),
  }
  let result: PathLossResult
  try {
    result = evaluatePathLoss(model, link, { ...environment, mode: 'strict' })
  } catch (error) {
    if (!(error instanceof RadioInputError)) throw error
    const option = optionForArgument[error.argument]
    throw new CommandFailure(`radio pathloss: ${option === undefined ? '' : `${option}: `}${error.message}`)
  }
  for (const warning of result.warnings) ctx.err(`certus: warning: ${warning}\n`)
  const { pathLossLosDb, pathLossNlosDb, losProbability, shadowFadingLosDb, shadowFadingNlosDb } = result
  if (values.json) printJson(ctx, { pathLossLosDb, pathLossNlosDb, losProbability, shadowFadingLosDb, shadowFadingNlosDb })
  else ctx.out(describe(model, link, result))
  return 0
}

function describe(model: PathLossModelName, link: { fcGhz: number; distance2dM: number; bsHeightM: number; utHeightM: number }, result: PathLossResult): string {
  const column = (text: string) => text.padStart(9)
  const meanDb = meanPathLossDb(result.pathLossLosDb, result.pathLossNlosDb, result.losProbability)
  return [
    `${modelTitles[model]}: fc ${link.fcGhz} GHz, d2D ${link.distance2dM} m, hBS ${link.bsHeightM} m, hUT ${link.utHeightM} m`,
    `                    ${column('LOS')}${column('NLOS')}`,
    `path loss [dB]      ${column(result.pathLossLosDb.toFixed(2))}${column(result.pathLossNlosDb.toFixed(2))}`,
    `shadow fading σ [dB]${column(result.shadowFadingLosDb.toFixed(2))}${column(result.shadowFadingNlosDb.toFixed(2))}`,
    `LOS probability     ${column(result.losProbability.toFixed(4))}`,
    `mean path loss [dB] ${column(meanDb.toFixed(2))}  (linear-domain LOS/NLOS mean)`,
    '',
  ].join('\n')
}

function requireModel(value: string | undefined): PathLossModelName {
  if (value === undefined) throw new UsageError(`radio pathloss needs --model (${pathLossModelNames.join('|')})`)
  if (!isPathLossModelName(value)) throw new UsageError(`--model must be one of ${pathLossModelNames.join(', ')}, not ${JSON.stringify(value)}`)
  return value
}

function requireNumber(value: string | undefined, option: string, meaning: string): number {
  if (value === undefined) throw new UsageError(`radio pathloss needs ${option}: ${meaning}`)
  return parseNumber(value, option)
}

function optionalNumber(value: string | undefined, option: string): number | undefined {
  return value === undefined ? undefined : parseNumber(value, option)
}

/** A plain decimal number (sign, fraction and exponent allowed); no hex, no empty string, no Infinity. */
function parseNumber(text: string, option: string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) throw new UsageError(`${option} must be a number, not ${JSON.stringify(text)}`)
  return Number(text)
}
