import { ApiError } from '../api/apiError.js'
import { ReportRefusal, writeReport } from '../report/writeReport.js'
import type { HandlerContext, JobHandlers } from './handlers.js'

export interface ReportHandlerOptions {
  /**
   * Folder holding NotoSansSC-Regular.ttf and -Bold.ttf. Default: data/fonts beside the sources
   * (core/report/reportFonts.ts); the packaged app passes the folder it ships them in.
   */
  fontDirectory?: string
}

/** report.write: the scenario checked along the route or over the area, written as a PDF or HTML report. */
export function reportJobHandlers(ctx: HandlerContext, options: ReportHandlerOptions = {}): Pick<JobHandlers, 'report.write'> {
  return {
    'report.write': async ({ out, ...request }, job) => {
      const project = ctx.session.require()
      try {
        return await writeReport(project.db, { ...request, out }, {
          now: ctx.now(),
          projectPath: project.path,
          signal: job.signal,
          progress: (done, total, phase) => job.progress(done, total, phase),
          ...(options.fontDirectory === undefined ? {} : { fontDirectory: options.fontDirectory }),
        })
      } catch (error) {
        if (error instanceof ReportRefusal) throw new ApiError('bad-input', error.message, { out })
        throw error
      }
    },
  }
}
