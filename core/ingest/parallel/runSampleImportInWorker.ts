import type { Worker } from 'node:worker_threads'
import type { SampleWriter } from '../../db/sampleWriter.js'
import { startWorker } from '../../workers/workerScript.js'
import { FileRefusal, type ImportRunResult, type SampleImportContext, type SampleImporter } from '../importer.js'
import type { RowErrorLog } from '../rowErrors.js'
import type { ImportWorkerTask, RejectReport, WorkerToImport } from './workerProtocol.js'

/** Files from this size are parsed in a worker: below it, starting the worker costs more than it saves. */
export const parallelImportMinBytes = 8 * 2 ** 20

export interface WorkerImportServices {
  writer: SampleWriter
  errors: RowErrorLog
  signal?: AbortSignal
}

/**
 * Runs a sample importer in a parsing worker while this thread writes what it sends, inside the
 * caller's transaction. The outcome is the same as running the importer here (test/ingest/
 * parallelImport.test.ts compares them row by row); a refusal, an error, a cancel or a crash of the
 * worker throws, and the caller rolls back.
 */
export async function runSampleImportInWorker(importer: SampleImporter, context: SampleImportContext, services: WorkerImportServices): Promise<ImportRunResult> {
  const task: ImportWorkerTask = {
    format: importer.format,
    probe: context.probe,
    options: context.options,
    nowMs: context.now.getTime(),
    batchRows: 8192,
    maxBatchesInFlight: 4,
    maxListedRejects: 1000,
  }
  const worker = startWorker('import', task)
  const inbox = workerInbox(worker, services.signal)
  const deliver = (rejects: RejectReport): void => {
    for (const e of rejects.listed) context.reject(e.line, e.field, e.message)
    services.errors.countUnlisted(rejects.unlisted)
  }
  try {
    for (;;) {
      const message = await inbox.next()
      switch (message.type) {
        case 'batch':
          services.writer.writeColumns(message.columns)
          worker.postMessage({ type: 'ack' })
          deliver(message.rejects)
          await context.checkpoint(message.bytesRead)
          break
        case 'progress':
          deliver(message.rejects)
          await context.checkpoint(message.bytesRead)
          break
        case 'done':
          deliver(message.rejects)
          message.warnings.forEach((w) => context.warn(w))
          return { rows: message.rows }
        case 'failed':
          if (message.refusal) throw new FileRefusal(message.message)
          throw Object.assign(new Error(message.message), message.stack === undefined ? {} : { stack: message.stack })
      }
    }
  } finally {
    inbox.close()
    await worker.terminate()
  }
}

/** The worker's messages one at a time; an error, an unexpected exit or the abort signal rejects the wait. */
function workerInbox(worker: Worker, signal: AbortSignal | undefined): { next(): Promise<WorkerToImport>; close(): void } {
  const queue: WorkerToImport[] = []
  let failure: Error | undefined
  let waiting: { resolve: (m: WorkerToImport) => void; reject: (e: Error) => void } | undefined
  const fail = (error: Error): void => {
    failure ??= error
    waiting?.reject(failure)
    waiting = undefined
  }
  const onMessage = (message: WorkerToImport): void => {
    if (waiting !== undefined) {
      waiting.resolve(message)
      waiting = undefined
    } else queue.push(message)
  }
  const onError = (error: Error): void => fail(new Error(`the parsing worker failed: ${error.message}`))
  const onExit = (code: number): void => fail(new Error(`the parsing worker stopped unexpectedly (exit code ${code})`))
  const onAbort = (): void => fail(Object.assign(new Error('the import was cancelled'), { name: 'AbortError' }))
  worker.on('message', onMessage)
  worker.on('error', onError)
  worker.on('exit', onExit)
  signal?.addEventListener('abort', onAbort)
  if (signal?.aborted) onAbort()
  return {
    next: () => {
      const queued = queue.shift()
      if (queued !== undefined) return Promise.resolve(queued)
      if (failure !== undefined) return Promise.reject(failure)
      return new Promise((resolve, reject) => (waiting = { resolve, reject }))
    },
    close: () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}
