import { createHash } from 'node:crypto'
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { FeasibilityRequestInput } from '../api/schemas/feasibilitySchemas.js'
import { fileSink } from '../export/byteSink.js'
import { listCells } from '../db/cellsTable.js'
import { listAreas, listRoutes } from '../db/geometryTables.js'
import { listImports } from '../db/importsTable.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { readProjectSummary } from '../db/projectSummary.js'
import { feasibility, feasibilityRequest, resolveScenario } from '../host/slaCheckHandlers.js'
import type { TermValue } from '../sla/scenarioCatalogue.js'
import { buildReportModel } from './buildReportModel.js'
import { defaultReportAltitudesM } from './reportAltitudes.js'
import { reportFontFiles } from './reportFonts.js'
import { reportFormatOf, type ReportFormat } from './reportFormat.js'
import type { ReportLanguage } from './reportLabels.js'
import { renderReportHtml } from './renderReportHtml.js'
import { renderReportPdf } from './renderReportPdf.js'

export interface WriteReportRequest {
  /** Scenario id (a scenario saved in the project first, else the catalogue's). */
  scenario: string
  /** Term overrides, typed as the terms (`--set term=value`). */
  overrides?: Record<string, TermValue>
  target: FeasibilityRequestInput['target']
  /** Heights above ground, m; default reportAltitudes.ts (the scenario's altitude term, …). */
  altitudesM?: number[]
  /** Point spacing and segment length of the check, m (feasibilityDefaults.ts when omitted). */
  spacingM?: number
  segmentLengthM?: number
  /** Absolute path of the file; .pdf or .html decides the format. */
  out: string
  lang: ReportLanguage
}

export interface WriteReportServices {
  now: Date
  /** The open project's file: its name heads the report, and it is never overwritten. */
  projectPath: string
  signal?: AbortSignal
  progress?: (done: number, total: number, phase: string) => void
  /** Where NotoSansSC-Regular.ttf and -Bold.ttf are (default data/fonts, reportFonts.ts). */
  fontDirectory?: string
}

export interface WriteReportResult {
  out: string
  format: ReportFormat
  bytes: number
  /** sha256 of the written file, hex. */
  sha256: string
  verdict: 'pass' | 'fail'
  scenario: string
  version: number
}

/** A report that cannot be written as asked (bad path or extension): the message names the path and the reason. */
export class ReportRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportRefusal'
  }
}

/**
 * Checks the scenario along the route or over the area (the sla.check code path, slaCheckHandlers.ts)
 * and writes the SLA feasibility report as PDF or self-contained HTML. The file appears atomically:
 * written beside the target as `.NAME.partial`, synced, then renamed over it. Unknown scenarios,
 * routes or areas throw the ApiErrors sla.check throws.
 */
export async function writeReport(db: ProjectDb, request: WriteReportRequest, services: WriteReportServices): Promise<WriteReportResult> {
  const out = checkTarget(request.out, services.projectPath)
  const format = refuseRangeError(() => reportFormatOf(out))
  const fonts = refuseRangeError(() => reportFontFiles(services.fontDirectory))
  const resolved = resolveScenario(db, request.scenario, request.overrides)
  const route = request.target.kind === 'route' ? listRoutes(db).find((r) => r.name === request.target.name) : undefined
  const altitudesM = request.altitudesM ?? defaultReportAltitudesM(resolved.scenario, route)
  const where = { target: request.target, altitudesM, ...(request.spacingM === undefined ? {} : { spacingM: request.spacingM }), ...(request.segmentLengthM === undefined ? {} : { segmentLengthM: request.segmentLengthM }) }
  const result = await feasibility(db, feasibilityRequest(resolved, where), {
    now: services.now,
    ...(services.signal === undefined ? {} : { signal: services.signal }),
    // The check is most of the work; rendering and writing are the last step.
    progress: (done, total, phase) => services.progress?.(done, total + 1, phase),
  })
  services.signal?.throwIfAborted()
  const area = request.target.kind === 'area' ? listAreas(db).find((a) => a.name === request.target.name) : undefined
  const model = buildReportModel({
    lang: request.lang,
    generatedAt: services.now,
    project: { name: readProjectSummary(db, services.projectPath).name, path: services.projectPath },
    scenario: resolved.scenario,
    targets: resolved.targets,
    feasibility: result,
    cells: listCells(db),
    imports: listImports(db),
    ...(area === undefined ? {} : { areaRing: area.ring }),
  })
  const bytes = format === 'pdf' ? await renderReportPdf(model, fonts) : Buffer.from(renderReportHtml(model, fonts), 'utf8')
  services.signal?.throwIfAborted()
  writeAtomically(out, bytes)
  services.progress?.(1, 1, 'done')
  return {
    out,
    format,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    verdict: result.summary.verdict,
    scenario: resolved.scenario.id,
    version: resolved.scenario.version,
  }
}

function refuseRangeError<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof RangeError) throw new ReportRefusal(error.message)
    throw error
  }
}

function checkTarget(out: string, projectPath: string): string {
  if (!isAbsolute(out)) throw new ReportRefusal(`${out}: the output path must be absolute`)
  const folder = dirname(out)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ReportRefusal(`${out}: the folder ${folder} does not exist`)
  if (existsSync(out) && statSync(out).isDirectory()) throw new ReportRefusal(`${out}: is a folder, not a file`)
  if (resolve(projectPath) === resolve(out)) throw new ReportRefusal(`${out}: is the open project; choose another file`)
  return out
}

/** Beside the target as `.NAME.partial`, synced, renamed over it: never a half-written report at `path`. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.partial`)
  try {
    const sink = fileSink(temporary)
    sink.write(bytes)
    sink.close()
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new ReportRefusal(`${path}: cannot write: ${(error as Error).message}`)
    throw error
  }
}
