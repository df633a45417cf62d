/** The files a report is written as. */
export const reportFormats = ['pdf', 'html'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** The format named by the output file's extension (.pdf, .html or .htm, any case); throws naming the path otherwise. */
export function reportFormatOf(out: string): ReportFormat {
  const extension = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase()
  if (extension === 'pdf') return 'pdf'
  if (extension === 'html' || extension === 'htm') return 'html'
  throw new RangeError(`out must end in .pdf or .html (the report's format), not ${JSON.stringify(out)}`)
}
