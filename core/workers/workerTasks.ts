import { parentPort } from 'node:worker_threads'

/** A task sent to a pool worker, with the id its reply carries. */
export interface PoolRequest<Task> {
  id: number
  task: Task
}

export type PoolReply<Result> = { id: number; ok: true; result: Result } | { id: number; ok: false; message: string; stack?: string }

/**
 * The worker side of a WorkerPool: answers each task with `handle`'s result, moving the buffers it
 * names (`transfer`) instead of copying them. A failure is answered as a message, so one bad task
 * does not take the worker down.
 */
export function serveWorkerTasks<Task, Result>(handle: (task: Task) => { result: Result; transfer?: ArrayBuffer[] }): void {
  const port = parentPort
  if (port === null) throw new Error('serveWorkerTasks runs only in a worker thread')
  port.on('message', (request: PoolRequest<Task>) => {
    let reply: PoolReply<Result>
    let transfer: ArrayBuffer[] = []
    try {
      const answer = handle(request.task)
      reply = { id: request.id, ok: true, result: answer.result }
      transfer = answer.transfer ?? []
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error))
      reply = { id: request.id, ok: false, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) }
    }
    port.postMessage(reply, transfer)
  })
}
