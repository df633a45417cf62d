import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { CertusClient } from '../../api/client.js'
import type { Scenario, SlaTargets } from '../../api/schemas/slaSchemas.js'
import { parseTermValue, type TermValue } from '../../sla/scenarioCatalogue.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

const subcommands = 'scenarios, targets, check, export'

/**
 * `certus sla <subcommand> …`: the SLA engine.
 * - `sla scenarios [--project FILE] [--json]` lists the scenarios (the project's saved ones included);
 *   --json prints `{"scenarios":[{"id","name","nameZh","version","saved"},…]}` (name in English).
 * - `sla targets --scenario ID [--set term=value …] [--project FILE] [--json]` derives the network
 *   targets; --json prints `{"scenario","version","targets":[{"id","value","unit","percentile","windowS",
 *   "bound","tag","label","basis":[…]},…],"warnings":[…]}`.
 * Exit 1 when the core refuses (unknown scenario, term out of range), 2 on wrong usage.
 */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const [subcommand, ...rest] = args
  switch (subcommand) {
    case 'scenarios':
      return scenariosCommand(ctx, rest)
    case 'targets':
      return targetsCommand(ctx, rest)
    case 'check':
      return (await import('./slaCheckCommand.js')).slaCheckCommand(ctx, rest)
    case 'export':
      return (await import('./slaExportCommand.js')).slaExportCommand(ctx, rest)
    default:
      throw new UsageError(subcommand === undefined ? `sla needs a subcommand: ${subcommands}` : `unknown sla subcommand ${JSON.stringify(subcommand)}; subcommands: ${subcommands}`)
  }
}

/** Options of a subcommand; a mistake is wrong usage naming the subcommand. */
function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: T): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false })
  } catch (error) {
    throw new UsageError(`sla ${command}: ${(error as Error).message}`)
  }
}

async function scenariosCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values } = parseOptions('scenarios', args, { project: { type: 'string' }, json: { type: 'boolean' } })
  const { scenarios } = await withProject(ctx, values.project, (client) => client.call('sla.scenarios', {}))
  if (values.json === true) {
    printJson(ctx, { scenarios: scenarios.map((s) => ({ id: s.id, name: s.name.en, nameZh: s.name.zh, version: s.version, saved: s.saved })) })
    return 0
  }
  const width = Math.max(...scenarios.map((s) => s.id.length))
  ctx.out(`${scenarios.map((s) => `${s.id.padEnd(width)}  v${s.version}${s.saved ? ' (saved in project)' : ''}  ${s.name.en}`).join('\n')}\n`)
  return 0
}

async function targetsCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values } = parseOptions('targets', args, { scenario: { type: 'string' }, set: { type: 'string', multiple: true }, project: { type: 'string' }, json: { type: 'boolean' } })
  const id = values.scenario
  if (id === undefined) throw new UsageError('sla targets needs --scenario ID (certus sla scenarios lists them)')
  const settings = values.set ?? []
  const targets = await withProject(ctx, values.project, async (client) => {
    const overrides = settings.length === 0 ? {} : parseSettings(await client.call('sla.scenario', { id }), settings)
    return client.call('sla.targets', { scenario: id, overrides })
  })
  if (values.json === true) printJson(ctx, asJson(targets))
  else ctx.out(describe(targets))
  return 0
}

/** Runs `work` on an in-process core, with `projectFile` open first when given; refusals become exit 1. */
async function withProject<T>(ctx: CliContext, projectFile: string | undefined, work: (client: CertusClient) => Promise<T>): Promise<T> {
  return withClient(ctx, {}, async (client) => {
    if (projectFile !== undefined) await client.call('project.open', { path: resolve(ctx.cwd, projectFile), create: false })
    return work(client)
  }).catch((error: Error) => {
    if (error instanceof UsageError) throw error
    throw new CommandFailure(error.message)
  })
}

/** `--set term=value` as values of the terms' types; a mistake names the setting and the term. */
function parseSettings(scenario: Scenario, settings: readonly string[]): Record<string, TermValue> {
  const overrides: Record<string, TermValue> = {}
  for (const setting of settings) {
    const equals = setting.indexOf('=')
    if (equals <= 0) throw new UsageError(`--set takes term=value (e.g. --set video-bitrate=25), not ${JSON.stringify(setting)}`)
    try {
      overrides[setting.slice(0, equals).trim()] = parseTermValue(scenario, setting.slice(0, equals).trim(), setting.slice(equals + 1).trim())
    } catch (error) {
      throw new UsageError(`--set ${setting}: ${(error as Error).message}`)
    }
  }
  return overrides
}

function asJson(result: SlaTargets): unknown {
  return {
    scenario: result.scenario,
    version: result.version,
    targets: result.targets.map((t) => ({ id: t.id, value: t.value, unit: t.unit, percentile: t.percentile, windowS: t.windowS, bound: t.bound, tag: t.tag, label: t.label, basis: t.basis })),
    warnings: result.warnings,
  }
}

function describe(result: SlaTargets): string {
  const lines = [`Targets of ${result.scenario} (v${result.version}); [V]/[S]/[U] = verified / secondary / unverified evidence`]
  for (const t of result.targets) {
    const value = Number(t.value.toPrecision(t.unit === '' && Math.abs(t.value) < 1 ? 3 : 6))
    const at = t.percentile === null ? '' : ` at ${t.percentile} %`
    lines.push('', `${t.bound === 'min' ? '≥' : '≤'} ${value}${t.unit === '' ? '' : ` ${t.unit}`}${at}  ${t.id}: ${t.label.en} [${t.tag}]`, ...t.basis.map((b) => `    ${b}`))
  }
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((w) => `  ! ${w}`))
  return `${lines.join('\n')}\n`
}
