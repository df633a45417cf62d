import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import { useBundledWorkerScripts } from '../../core/workers/workerScript.js'
import { parseHostArgs } from './hostArgs.js'
import { serveCoreHost, type ParentPortLike } from './serveCoreHost.js'

/**
 * Entry of the core host, run by the main process with `utilityProcess.fork` (built to out/main/coreHost.js).
 * The database, the jobs and every heavy computation live here, off the main process (style.md §7).
 */
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort
if (parentPort === undefined) {
  console.error('coreHost.js runs only inside an Electron utility process (process.parentPort is missing)')
  process.exit(2)
}

// The core's worker threads start from their built files beside this one (out/main/<name>Worker.js).
useBundledWorkerScripts(dirname(fileURLToPath(import.meta.url)))

const args = parseHostArgs(process.argv)
const log = (message: string): void => console.error(`[certus core] ${message}`)
// The report fonts: a resource of the packaged app, or data/fonts beside out/ when run from a checkout.
const fontDirectory = [
  join((process as NodeJS.Process & { resourcesPath?: string }).resourcesPath ?? '', 'fonts'),
  fileURLToPath(new URL('../../data/fonts/', import.meta.url)),
].find((dir) => existsSync(join(dir, 'NotoSansSC-Regular.ttf')))
const withoutProject = {
  mode: 'desktop' as const,
  ...(fontDirectory === undefined ? {} : { fontDirectory }),
  version: args.version,
  ...(args.nativeBinding === undefined ? {} : { nativeBinding: args.nativeBinding }),
}

serveCoreHost({
  port: parentPort,
  createHost: async (notify) => {
    if (args.projectPath === undefined) return createCoreHost(withoutProject)
    try {
      return await createCoreHost({ ...withoutProject, projectPath: args.projectPath, ...(args.demoIfMissing === true ? { demoIfMissing: true } : {}) })
    } catch (error) {
      // A project that cannot be opened must not make the whole app unusable: start without one,
      // so that File › Open Project… works, and say why.
      const reason = error instanceof Error ? error.message : String(error)
      log(`cannot open ${args.projectPath}: ${reason}; starting without a project`)
      notify(`Certus could not open ${args.projectPath}:\n${reason}\n\nIt started without a project; use File › Open Project….`)
      return createCoreHost(withoutProject)
    }
  },
  exit: (code) => process.exit(code),
  log,
})
