import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { experiencePriorities, type ExperiencePriority, type ExperienceThresholds } from '../../experience/problems/experienceSeverity.js'
import type { TopProblemsResult } from '../../experience/problems/topProblems.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

const options = {
  priority: { type: 'string' },
  limit: { type: 'string' },
  'rate-mbps': { type: 'string' },
  'video-mbps': { type: 'string' },
  'rtt-ms': { type: 'string' },
  json: { type: 'boolean' },
} as const

/**
 * `certus experience top <project> [--priority rate|stall|latency] [--limit N] [--rate-mbps R]
 * [--video-mbps V] [--rtt-ms T] [--json]`: the worst cells by experience impact under the priority,
 * each demarcated with its evidence, and the three rankings side by side. --json prints
 * `{"priority", "problems": [{"cell", "affected", "severity", "impact", "causes": [{"domain", "share", "evidence"}]}],
 * "rankings": {"rate": [cells…], "stall": […], "latency": […]}, "thresholds", …}` (API `experience.top`).
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
    return client.call('experience.top', { priority: priority as ExperiencePriority, limit, thresholds })
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

function summary(r: TopProblemsResult): string {
  const lines = [
    `Worst cells, ${r.priority}-first (rate < ${r.thresholds.rateThresholdMbps} Mbit/s, video ${r.thresholds.stallVideoRateMbps} Mbit/s, RTT > ${r.thresholds.latencyThresholdMs} ms; ${r.measurementsScored} measurements in ${r.cellsScored} cells):`,
  ]
  if (r.problems.length === 0) lines.push('  no cell with bad experience')
  for (const p of r.problems) {
    lines.push(`  ${p.cell}: impact ${p.impact.toFixed(1)} (${p.affected} affected, severity ${p.severity.toFixed(2)})`)
    for (const c of p.causes) {
      lines.push(`    ${c.domain} ${(100 * c.share).toFixed(0)} %`)
      for (const e of c.evidence) lines.push(`      - ${e}`)
    }
  }
  for (const p of experiencePriorities) lines.push(`  ${p}-first: ${r.rankings[p].join(', ') || '(none)'}`)
  return `${lines.join('\n')}\n`
}
