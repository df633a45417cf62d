import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { experiencePriorities, type ExperiencePriority, type ExperienceThresholds } from '../../experience/problems/experienceSeverity.js'
import { problemScopes, type ProblemScope, type TopProblemsResult } from '../../experience/problems/topProblems.js'
import type { Cause } from '../../experience/problems/demarcateProblem.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

const options = {
  priority: { type: 'string' },
  limit: { type: 'string' },
  'rate-mbps': { type: 'string' },
  'video-mbps': { type: 'string' },
  'rtt-ms': { type: 'string' },
  scope: { type: 'string' },
  json: { type: 'boolean' },
} as const

/**
 * `certus experience top <project> [--priority rate|stall|latency] [--limit N] [--rate-mbps R]
 * [--video-mbps V] [--rtt-ms T] [--scope cells|areas|both] [--json]`: the worst cells and areas
 * (task areas, else geohash-6 squares) by experience impact under the priority, each demarcated with
 * its evidence and placed, and the three rankings side by side. --scope defaults to both. --json prints
 * `{"priority", "problems": [{"kind": "cell", "cell", "affected", "severity", "impact", "causes": [{"domain", "share", "evidence", "evidenceZh"}],
 * "lon", "lat", "bbox", "positionFrom"}], "rankings": {"rate": [cells…], "stall": […], "latency": […]},
 * "areaProblems": [{"kind": "area", "area", "areaUnit", …, "ring", "cells", "degradations"}], "areaRankings", "thresholds", …}`
 * (API `experience.top`).
 */
export async function experienceTopCommand(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(`experience top: ${(error as Error).message}`)
  }
  const { values, positionals } = parsed
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) throw new UsageError('experience top needs exactly one project file')
  const priority = (values.priority ?? 'rate').toLowerCase()
  if (!(experiencePriorities as readonly string[]).includes(priority)) {
    throw new UsageError(`--priority must be one of ${experiencePriorities.join(', ')}, not ${JSON.stringify(values.priority)}`)
  }
  const scope = (values.scope ?? 'both').toLowerCase()
  if (!(problemScopes as readonly string[]).includes(scope)) {
    throw new UsageError(`--scope must be one of ${problemScopes.join(', ')}, not ${JSON.stringify(values.scope)}`)
  }
  const limit = positiveNumber(values.limit, '--limit') ?? 10
  if (!Number.isInteger(limit)) throw new UsageError(`--limit must be a whole number ≥ 1, not ${JSON.stringify(values.limit)}`)
  const thresholds: Partial<ExperienceThresholds> = {}
  const rate = positiveNumber(values['rate-mbps'], '--rate-mbps')
  const video = positiveNumber(values['video-mbps'], '--video-mbps')
  const rtt = positiveNumber(values['rtt-ms'], '--rtt-ms')
  if (rate !== undefined) thresholds.rateThresholdMbps = rate
  if (video !== undefined) thresholds.stallVideoRateMbps = video
  if (rtt !== undefined) thresholds.latencyThresholdMs = rtt
  const path = resolve(ctx.cwd, file)
  if (!existsSync(path)) throw new CommandFailure(`${file}: no such project file`)
  const result: TopProblemsResult = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    return client.call('experience.top', { priority: priority as ExperiencePriority, limit, thresholds, scope: scope as ProblemScope })
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (values.json) printJson(ctx, result)
  else ctx.out(summary(result))
  return 0
}

function positiveNumber(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${option} must be a positive number, not ${JSON.stringify(text)}`)
  return value
}

function causeLines(causes: readonly Cause[]): string[] {
  return causes.flatMap((c) => [`    ${c.domain} ${(100 * c.share).toFixed(0)} %`, ...c.evidence.map((e) => `      - ${e}`)])
}

const place = (lon: number | null, lat: number | null): string => (lon === null || lat === null ? 'no position' : `at ${lat.toFixed(5)}, ${lon.toFixed(5)}`)

const thresholdText = ({ thresholds: t }: TopProblemsResult): string =>
  `rate < ${t.rateThresholdMbps} Mbit/s, video ${t.stallVideoRateMbps} Mbit/s, RTT > ${t.latencyThresholdMs} ms`

/** The first few cells, and how many more. */
function namedCells(cells: readonly string[]): string {
  if (cells.length === 0) return '(none named)'
  const more = cells.length - 5
  return `${cells.slice(0, 5).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
}

function areaSummary(r: TopProblemsResult): string[] {
  const grid = `geohash-${r.areaUnits.geohashPrecision} squares`
  const unit = r.areaUnits.taskAreas.length === 0 ? grid : `task areas ${r.areaUnits.taskAreas.join(', ')}, else ${grid}`
  const lines = [`Worst areas, ${r.priority}-first (${thresholdText(r)}; ${unit}; ${r.areasScored} areas):`]
  if (r.areaProblems.length === 0) lines.push('  no area with bad experience')
  for (const p of r.areaProblems) {
    lines.push(`  ${p.area} (${p.areaUnit}, ${place(p.lon, p.lat)}): impact ${p.impact.toFixed(1)} (${p.affected} affected, severity ${p.severity.toFixed(2)}); cells ${namedCells(p.cells)}; ${p.degradations.length} DL-rate drop(s)`)
    lines.push(...causeLines(p.causes))
  }
  for (const p of experiencePriorities) lines.push(`  ${p}-first: ${r.areaRankings[p].join(', ') || '(none)'}`)
  return lines
}

function summary(r: TopProblemsResult): string {
  const lines: string[] = []
  if (r.scope !== 'areas') {
    lines.push(
      `Worst cells, ${r.priority}-first (${thresholdText(r)}; ${r.measurementsScored} measurements in ${r.cellsScored} cells):`,
    )
    if (r.problems.length === 0) lines.push('  no cell with bad experience')
    for (const p of r.problems) {
      lines.push(`  ${p.cell} (${place(p.lon, p.lat)}): impact ${p.impact.toFixed(1)} (${p.affected} affected, severity ${p.severity.toFixed(2)})`)
      lines.push(...causeLines(p.causes))
    }
    for (const p of experiencePriorities) lines.push(`  ${p}-first: ${r.rankings[p].join(', ') || '(none)'}`)
  }
  if (r.scope !== 'cells') lines.push(...areaSummary(r))
  return `${lines.join('\n')}\n`
}
