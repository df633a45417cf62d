import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/**
 * The worker threads the core starts, by name: each entry's source, relative to this folder. The
 * desktop bundle builds each to `<name>Worker.js` beside the core host (electron.vite.config.ts).
 */
const sourceEntries = {
  import: '../ingest/parallel/importWorker.ts',
  coverage: '../coverage/coverageWorker.ts',
} as const

export type WorkerName = keyof typeof sourceEntries

let bundledDir: string | undefined

/** Called by the bundled core host: workers start from the built `<name>Worker.js` files in `dir`. */
export function useBundledWorkerScripts(dir: string): void {
  bundledDir = dir
}

/**
 * Starts the named worker with `task` as `workerData.task`. From source (CLI, web mode, tests) the
 * entry is TypeScript, loaded through a small boot script that registers tsx in the new thread.
 */
export function startWorker(name: WorkerName, task: unknown): Worker {
  if (bundledDir !== undefined) return new Worker(join(bundledDir, `${name}Worker.js`), { workerData: { task } })
  const here = dirname(fileURLToPath(import.meta.url))
  const entry = pathToFileURL(join(here, sourceEntries[name])).href
  return new Worker(join(here, 'tsxWorkerBoot.mjs'), { workerData: { task, certusWorkerEntry: entry } })
}
