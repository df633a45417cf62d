import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { columnMappingSchema, dataKindSchema, type FileImportOutcome } from '../../api/schemas/importSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

export interface ImportCommandOptions {
  json: boolean
  force: boolean
  kind: string | undefined
  altitudeM: string | undefined
  mapping: string | undefined
  saveMapping: string | undefined
  rejectThreshold: string | undefined
}

/**
 * `certus import <project> <file...>`: each file in its own transaction; exit 0 when every file was
 * imported or skipped, 1 when any was refused. The project is created when missing.
 */
export async function importCommand(ctx: CliContext, positionals: string[], options: ImportCommandOptions): Promise<number> {
  const [projectFile, ...files] = positionals
  if (projectFile === undefined || files.length === 0) throw new UsageError('import needs a project file and at least one file to import')
  const kind = options.kind === undefined ? undefined : dataKindSchema.safeParse(options.kind)
  if (kind !== undefined && !kind.success) throw new UsageError(`--kind must be one of ${dataKindSchema.options.join(', ')}, not ${JSON.stringify(options.kind)}`)
  const altitudeM = options.altitudeM === undefined ? undefined : Number(options.altitudeM)
  if (altitudeM !== undefined && !Number.isFinite(altitudeM)) throw new UsageError(`--altitude-m must be a number of metres, not ${JSON.stringify(options.altitudeM)}`)
  const rejectThreshold = options.rejectThreshold === undefined ? undefined : Number(options.rejectThreshold) / 100
  if (rejectThreshold !== undefined && !(rejectThreshold >= 0 && rejectThreshold <= 1)) {
    throw new UsageError(`--reject-threshold is a percentage from 0 to 100, not ${JSON.stringify(options.rejectThreshold)}`)
  }
  // --mapping names a JSON file, or else a mapping saved in the project with --save-mapping.
  const mappingPath = options.mapping === undefined ? undefined : resolve(ctx.cwd, options.mapping)
  const mapping = mappingPath !== undefined && existsSync(mappingPath) ? readMapping(mappingPath) : undefined
  const mappingName = options.mapping !== undefined && mapping === undefined ? options.mapping : undefined
  if (options.saveMapping !== undefined && mapping === undefined) throw new UsageError('--save-mapping NAME needs --mapping FILE (the mapping to save)')
  const path = resolve(ctx.cwd, projectFile)
  const paths = files.map((f) => resolve(ctx.cwd, f))

  const { imports } = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: true })
    return client.runJob(
      'import.run',
      {
        paths,
        ...(kind?.success ? { kind: kind.data } : {}),
        ...(altitudeM === undefined ? {} : { altitudeM }),
        ...(mapping === undefined ? {} : { mapping }),
        ...(mappingName === undefined ? {} : { mappingName }),
        ...(options.saveMapping === undefined ? {} : { saveMappingAs: options.saveMapping }),
        ...(rejectThreshold === undefined ? {} : { rejectThreshold }),
        ...(options.force ? { force: true } : {}),
      },
      { onProgress: (p) => (options.json ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.slice(0, 160).padEnd(160))) },
    )
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (options.json) printJson(ctx, { imports })
  else ctx.out(`\n${imports.map(describe).join('\n')}\n`)
  return imports.some((i) => i.status === 'refused') ? 1 : 0
}

function readMapping(path: string): ReturnType<typeof columnMappingSchema.parse> {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new CommandFailure(`${path}: cannot read the mapping: ${(error as Error).message}`)
  }
  const parsed = columnMappingSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CommandFailure(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid mapping'}`)
  }
  return parsed.data
}

function describe(outcome: FileImportOutcome): string {
  const head = `${outcome.status.padEnd(8)} ${outcome.file}`
  if (outcome.status !== 'imported') return `${head}\n         ${outcome.message ?? ''}`
  const lines = [`${head}: ${outcome.rows} ${outcome.kind} rows (${outcome.format}), ${outcome.rejected} rejected`]
  for (const e of outcome.errors.slice(0, 10)) lines.push(`         ${outcome.file}:${e.line}:${e.field}: ${e.message}`)
  if (outcome.errorsTotal > 10) lines.push(`         … ${outcome.errorsTotal - 10} more`)
  for (const w of outcome.warnings) lines.push(`         note: ${w}`)
  return lines.join('\n')
}
