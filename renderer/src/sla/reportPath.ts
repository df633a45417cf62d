/** Report formats the core writes, by file extension. */
export const reportExtensions = ['pdf', 'html'] as const
export type ReportExtension = (typeof reportExtensions)[number]

/**
 * Where a report goes by default: next to the project file (the folder the user already keeps the
 * project in, on the machine that runs the core), named after the scenario and language,
 * e.g. `/data/demo/drone-4k-backhaul-report-zh.pdf`. Without a project path, just the file name.
 */
export function defaultReportPath(projectPath: string | null | undefined, scenarioId: string, lang: 'zh' | 'en', extension: ReportExtension = 'pdf'): string {
  const name = `${scenarioId}-report-${lang}.${extension}`
  if (!projectPath) return name
  const slash = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'))
  return slash < 0 ? name : `${projectPath.slice(0, slash + 1)}${name}`
}

/** True when `path` names a report file the core can write (ends in .pdf, .html or .htm, after a name). */
export function isReportPath(path: string): boolean {
  return /[^\\/]\.(pdf|html?)$/i.test(path.trim())
}
