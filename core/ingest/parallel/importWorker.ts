import { parentPort, workerData } from 'node:worker_threads'
import { SampleColumnsBuilder, sampleColumnsBuffers } from '../../db/sampleColumns.js'
import type { SampleImportContext } from '../importer.js'
import { FileRefusal } from '../importer.js'
import type { RowError } from '../rowErrors.js'
import { sampleImporters } from './sampleImporters.js'
import type { ImportToWorker, ImportWorkerTask, RejectReport, WorkerToImport } from './workerProtocol.js'

/**
 * Parsing worker of a large sample import: runs the importer here and posts its samples, packed
 * into typed arrays, to the thread that holds the transaction and writes them. Parsing and writing
 * then use one core each (bench/ingest.bench.ts). The worker never touches the database.
 */
const port = parentPort
if (port === null) throw new Error('importWorker runs only as a worker thread')
const task = (workerData as { task: ImportWorkerTask }).task

const post = (message: WorkerToImport, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)

let inFlight = 0
let acked: (() => void) | undefined
port.on('message', (message: ImportToWorker) => {
  if (message.type !== 'ack') return
  inFlight--
  acked?.()
})

let listed: RowError[] = []
let listedTotal = 0
let unlisted = 0
const takeRejects = (): RejectReport => {
  const report = { listed, unlisted }
  listed = []
  unlisted = 0
  return report
}

const builder = new SampleColumnsBuilder(task.batchRows)
let bytesRead = 0
const postBatch = (): void => {
  if (builder.count === 0) return
  const columns = builder.take()
  inFlight++
  post({ type: 'batch', columns, rejects: takeRejects(), bytesRead }, sampleColumnsBuffers(columns))
}

const warnings: string[] = []
let lastProgress = Date.now()
const context: SampleImportContext = {
  probe: task.probe,
  options: task.options,
  now: new Date(task.nowMs),
  reject(line, field, message) {
    if (listedTotal < task.maxListedRejects) {
      listed.push({ line, field, message })
      listedTotal++
    } else unlisted++
  },
  warn: (message) => warnings.push(message),
  async checkpoint(read) {
    bytesRead = read
    // Wait while the writer is behind, so that at most a few batches are ever held in memory.
    while (inFlight >= task.maxBatchesInFlight) await new Promise<void>((resolve) => (acked = resolve))
    acked = undefined
    // Rejections and progress travel with the batches; report them also when no batch fills (a file of bad rows).
    if (Date.now() - lastProgress >= 100) {
      lastProgress = Date.now()
      post({ type: 'progress', rejects: takeRejects(), bytesRead })
    }
  },
  samples(sample, neighbours) {
    builder.add(sample, neighbours)
    if (builder.isFull) postBatch()
  },
}

try {
  const importer = sampleImporters.get(task.format)
  if (importer === undefined) throw new Error(`bug: no sample importer for the format "${task.format}"`)
  const { rows } = await importer.run(context)
  postBatch()
  post({ type: 'done', rows, rejects: takeRejects(), warnings })
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error))
  post({ type: 'failed', refusal: e instanceof FileRefusal, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) })
}
