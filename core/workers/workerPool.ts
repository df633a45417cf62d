import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { startWorker, type WorkerName } from './workerScript.js'
import type { PoolReply, PoolRequest } from './workerTasks.js'

export interface WorkerPoolOptions {
  /** Threads; default: the machine's available parallelism (os.availableParallelism). */
  size?: number
}

/**
 * A fixed set of worker threads of one kind running tasks from a queue: each task goes to the next
 * idle worker, results come back in any order and are matched by id. Cancelling (the signal of
 * `run`) drops queued tasks at once and terminates a worker busy with one, since a kernel in a
 * synchronous loop cannot be interrupted otherwise; the pool replaces it on demand.
 */
export class WorkerPool<Task, Result> {
  readonly size: number
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Pending<Result>>()
  private readonly queue: Queued<Task, Result>[] = []
  private readonly live = new Set<Worker>()
  private nextId = 1
  private closed = false

  constructor(
    private readonly name: WorkerName,
    options: WorkerPoolOptions = {},
  ) {
    this.size = Math.max(1, options.size ?? availableParallelism())
  }

  /** Runs one task on the next free worker; `transfer` lists buffers of the task to move rather than copy. */
  run(task: Task, options: { signal?: AbortSignal; transfer?: ArrayBuffer[] } = {}): Promise<Result> {
    if (this.closed) return Promise.reject(new Error('bug: the worker pool is closed'))
    const { signal } = options
    if (signal?.aborted) return Promise.reject(abortError())
    return new Promise<Result>((resolve, reject) => {
      const queued: Queued<Task, Result> = { id: this.nextId++, task, transfer: options.transfer ?? [], resolve, reject, signal }
      signal?.addEventListener('abort', () => this.cancel(queued), { once: true })
      this.queue.push(queued)
      this.dispatch()
    })
  }

  /** Terminates every worker; queued and running tasks fail. */
  async close(): Promise<void> {
    this.closed = true
    for (const q of this.queue.splice(0)) q.reject(new Error('the worker pool was closed'))
    const workers = [...this.live]
    this.live.clear()
    this.idle.length = 0
    for (const pending of this.busy.values()) pending.reject(new Error('the worker pool was closed'))
    this.busy.clear()
    await Promise.all(workers.map((w) => w.terminate()))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop()
      if (worker === undefined && this.live.size < this.size) worker = this.spawn()
      if (worker === undefined) return
      const next = this.queue.shift() as Queued<Task, Result>
      this.busy.set(worker, next)
      const request: PoolRequest<Task> = { id: next.id, task: next.task }
      worker.postMessage(request, next.transfer)
    }
  }

  private spawn(): Worker {
    const worker = startWorker(this.name, { pool: true })
    this.live.add(worker)
    worker.on('message', (reply: PoolReply<Result>) => {
      const pending = this.busy.get(worker)
      if (pending === undefined || pending.id !== reply.id) return
      this.busy.delete(worker)
      if (reply.ok) pending.resolve(reply.result)
      else pending.reject(Object.assign(new Error(reply.message), reply.stack === undefined ? {} : { stack: reply.stack }))
      if (!this.closed) {
        this.idle.push(worker)
        this.dispatch()
      }
    })
    worker.on('error', (error) => this.lose(worker, new Error(`a ${this.name} worker failed: ${error.message}`)))
    worker.on('exit', (code) => this.lose(worker, new Error(`a ${this.name} worker stopped unexpectedly (exit code ${code})`)))
    return worker
  }

  /** A worker ended: fail its task, forget it, and let dispatch start another for what is queued. */
  private lose(worker: Worker, error: Error): void {
    if (!this.live.delete(worker)) return
    const index = this.idle.indexOf(worker)
    if (index >= 0) this.idle.splice(index, 1)
    const pending = this.busy.get(worker)
    this.busy.delete(worker)
    pending?.reject(error)
    if (!this.closed) this.dispatch()
  }

  private cancel(queued: Queued<Task, Result>): void {
    const at = this.queue.indexOf(queued)
    if (at >= 0) {
      this.queue.splice(at, 1)
      queued.reject(abortError())
      return
    }
    for (const [worker, pending] of this.busy) {
      if (pending.id !== queued.id) continue
      this.busy.delete(worker)
      this.live.delete(worker)
      void worker.terminate()
      queued.reject(abortError())
      this.dispatch()
      return
    }
  }
}

interface Pending<Result> {
  id: number
  resolve: (result: Result) => void
  reject: (error: Error) => void
}

interface Queued<Task, Result> extends Pending<Result> {
  task: Task
  transfer: ArrayBuffer[]
  signal: AbortSignal | undefined
}

const abortError = (): Error => Object.assign(new Error('the job was cancelled'), { name: 'AbortError' })
