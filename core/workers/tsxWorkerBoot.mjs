// Starts a worker thread whose entry is TypeScript source (CLI, web mode and tests run the core
// from source): registers tsx's loader in this thread, then loads the entry. Module hooks are per
// thread, and a worker does not inherit the ones its parent registered through tsx's API.
// The bundled desktop app starts its workers from built JavaScript instead (workerScript.ts).
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.certusWorkerEntry)
