import { parseArgs } from 'node:util'
import { UsageError } from '../cliContext.js'
import { parseAltitudes, parseNumberOption } from './termOverrides.js'

/** The options every command that runs an SLA check takes (`sla check`, `report`). */
export const slaCheckOptions = {
  scenario: { type: 'string' },
  route: { type: 'string' },
  area: { type: 'string' },
  altitudes: { type: 'string' },
  set: { type: 'string', multiple: true },
  'spacing-m': { type: 'string' },
  'segment-m': { type: 'string' },
  json: { type: 'boolean' },
} as const

/** What those options say, checked: the project, the scenario and its term settings, where and how finely to check. */
export interface SlaCheckArguments {
  projectFile: string
  scenarioId: string
  settings: string[]
  target: { kind: 'route' | 'area'; name: string }
  /** Undefined when not given (the caller decides whether that is an error or means a default). */
  altitudesM: number[] | undefined
  spacingM: number | undefined
  segmentLengthM: number | undefined
  json: boolean
}

/**
 * Parses `<project> --scenario ID (--route NAME | --area NAME) [--altitudes A,B] [--set term=value …]
 * [--spacing-m N] [--segment-m N] [--json]` plus the command's own `extra` options; wrong usage throws
 * UsageError naming `command`. Returns the checked common arguments and the raw values of the extras.
 */
export function parseSlaCheckArguments<Extra extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>(
  args: string[],
  command: string,
  extra: Extra,
): { common: SlaCheckArguments; values: Record<string, string | boolean | string[] | undefined> } {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...slaCheckOptions, ...extra } })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const [projectFile, ...more] = parsed.positionals
  if (projectFile === undefined || more.length > 0) throw new UsageError(`${command} needs exactly one project file`)
  const scenarioId = values.scenario
  if (typeof scenarioId !== 'string') throw new UsageError(`${command} needs --scenario ID (certus sla scenarios lists them)`)
  const route = values.route as string | undefined
  const area = values.area as string | undefined
  if ((area === undefined) === (route === undefined)) throw new UsageError(`${command} needs --route NAME or --area NAME (one of them)`)
  const altitudes = values.altitudes as string | undefined
  return {
    common: {
      projectFile,
      scenarioId,
      settings: (values.set as string[] | undefined) ?? [],
      target: area === undefined ? { kind: 'route', name: route as string } : { kind: 'area', name: area },
      altitudesM: altitudes === undefined ? undefined : parseAltitudes(altitudes, command),
      spacingM: parseNumberOption(values['spacing-m'] as string | undefined, 'spacing-m', 1, 5000),
      segmentLengthM: parseNumberOption(values['segment-m'] as string | undefined, 'segment-m', 10, 10_000),
      json: values.json === true,
    },
    values,
  }
}
