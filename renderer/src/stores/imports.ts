import { defineStore } from 'pinia'
import { computed, reactive, shallowReactive } from 'vue'
import { ApiError } from '../../../core/api/apiError.js'
import type { JobProgress } from '../../../core/api/client.js'
import type { FileImportOutcome } from '../../../core/api/schemas/importSchemas.js'
import { useCertusClient } from '../api/certusClient.js'
import { useLocalPath } from '../api/localPath.js'
import { defaultImportForm, importOptionsFrom, maxUploadBytes, type ImportForm, type ImportOptionsParams } from '../import/importForm.js'
import { useProjectReload } from './useProjectReload.js'

/**
 * Where a file is in its import: waiting its turn, being read into memory (web mode), in the core's job,
 * or one of the ends: `imported`, `skipped` (same bytes imported before), `refused` (by the core),
 * `tooLarge` (more than web mode can upload), `failed` (the call failed), `cancelled`.
 */
export type ImportStatus = 'queued' | 'reading' | 'importing' | 'imported' | 'skipped' | 'refused' | 'tooLarge' | 'failed' | 'cancelled'

const endStatuses: ReadonlySet<ImportStatus> = new Set(['imported', 'skipped', 'refused', 'tooLarge', 'failed', 'cancelled'])

/** True once a file's import has ended, whatever the outcome. */
export const isFinished = (status: ImportStatus): boolean => endStatuses.has(status)

/** One dropped or picked file in the import list. Its fields change as the import goes (shallow reactive). */
export interface ImportItem {
  readonly id: number
  readonly file: File
  readonly name: string
  readonly sizeBytes: number
  /** Where the core reads the file (desktop), or undefined when its bytes are uploaded (web mode). */
  readonly path: string | undefined
  options: ImportOptionsParams
  status: ImportStatus
  /** Share of the file done, 0–1; null while unknown (reading, waiting for the core). */
  progress: number | null
  /** The core's phase word: `checking`, `importing`, `done`. */
  phase: string
  outcome: FileImportOutcome | null
  /** Why the file was refused, skipped or failed, in the core's words. */
  message: string | null
}

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * The import list of this session: one core job per file, run one after the other (a project takes
 * one writer at a time), each with its own progress and Cancel. Once the list has drained and a file
 * was imported, the summary and the map reload and the map frames the project again.
 */
export const useImportStore = defineStore('imports', () => {
  const client = useCertusClient()
  const localPath = useLocalPath()
  const reload = useProjectReload()
  const items = shallowReactive<ImportItem[]>([])
  const form = reactive<ImportForm>({ ...defaultImportForm })
  const formProblem = computed(() => {
    const checked = importOptionsFrom(form)
    return 'problem' in checked ? checked.problem : null
  })
  const busy = computed(() => items.some((item) => !isFinished(item.status)))
  const controllers = new Map<number, AbortController>()
  let nextId = 1
  let draining: Promise<void> | null = null

  const nextQueued = (): ImportItem | undefined => items.find((item) => item.status === 'queued')

  function send(item: ImportItem, signal: AbortSignal, onProgress: (p: JobProgress) => void) {
    if (item.path !== undefined) {
      item.status = 'importing'
      return client.runJob('import.run', { ...item.options, paths: [item.path] }, { signal, onProgress })
    }
    return (async () => {
      item.status = 'reading'
      const bytes = new Uint8Array(await item.file.arrayBuffer())
      item.status = 'importing'
      return client.runJob('import.upload', { ...item.options, files: [{ name: item.name, bytes }] }, { signal, onProgress })
    })()
  }

  /** Runs one file's job; true when it stored something. */
  async function run(item: ImportItem): Promise<boolean> {
    const controller = new AbortController()
    controllers.set(item.id, controller)
    const onProgress = ({ done, total, phase }: JobProgress): void => {
      item.progress = total > 0 ? Math.min(1, done / total) : null
      item.phase = phase.split(' ', 1)[0] ?? ''
    }
    try {
      const { imports } = await send(item, controller.signal, onProgress)
      const outcome = imports[0]
      if (outcome === undefined) throw new Error(`${item.name}: the core answered without an outcome`)
      Object.assign(item, { outcome, status: outcome.status, message: outcome.message ?? null, progress: 1, phase: 'done' } satisfies Partial<ImportItem>)
      return outcome.status === 'imported'
    } catch (cause) {
      const cancelled = controller.signal.aborted || (cause instanceof ApiError && cause.code === 'cancelled')
      const status: ImportStatus = cancelled ? 'cancelled' : 'failed'
      Object.assign(item, { status, message: cancelled ? null : messageOf(cause), progress: null } satisfies Partial<ImportItem>)
      return false
    } finally {
      controllers.delete(item.id)
    }
  }

  /** Works through the list until no file waits; resolves when it has and the views have reloaded. */
  function drain(): Promise<void> {
    draining ??= (async () => {
      let changed = false
      try {
        for (;;) {
          const next = nextQueued()
          if (next !== undefined) {
            if (await run(next)) {
              changed = true
              // With more files to go, show the counts growing; the last file's reload comes below.
              if (nextQueued() !== undefined) await reload.summary()
            }
          } else if (changed) {
            changed = false
            await reload.all() // files added meanwhile are picked up by the next turn
          } else break
        }
      } finally {
        draining = null
      }
    })()
    return draining
  }

  /**
   * Queues files for import with the options of the form (plus `overrides`). Returns false, queuing
   * nothing, when the form has a value out of range (see `formProblem`).
   */
  function add(files: Iterable<File>, overrides: Partial<ImportOptionsParams> = {}): boolean {
    const checked = importOptionsFrom(form)
    if ('problem' in checked) return false
    for (const file of files) {
      const path = localPath(file)
      const tooLarge = path === undefined && file.size > maxUploadBytes
      items.push(
        shallowReactive<ImportItem>({
          id: nextId++, file, name: file.name, sizeBytes: file.size, path, options: { ...checked.options, ...overrides },
          status: tooLarge ? 'tooLarge' : 'queued', progress: null, phase: '', outcome: null, message: null,
        }),
      )
    }
    void drain()
    return true
  }

  /** Stops a file: a waiting one never starts; a running one's job is cancelled and leaves nothing behind. */
  function cancel(id: number): void {
    const item = items.find((candidate) => candidate.id === id)
    if (item?.status === 'queued') item.status = 'cancelled'
    else controllers.get(id)?.abort()
  }

  /**
   * Queues a finished file again with the options now in the form (the user may have changed the kind
   * or the threshold after a refusal); `force` imports bytes already imported ("Import again").
   */
  function retry(id: number, force = false): void {
    const item = items.find((candidate) => candidate.id === id)
    const checked = importOptionsFrom(form)
    if (item === undefined || !isFinished(item.status) || item.status === 'tooLarge' || 'problem' in checked) return
    const options = force ? { ...checked.options, force: true } : checked.options
    Object.assign(item, { options, status: 'queued', progress: null, phase: '', outcome: null, message: null } satisfies Partial<ImportItem>)
    void drain()
  }

  /** Drops every finished file from the list (and its lines from the log). */
  function clearFinished(): void {
    const kept = items.filter((item) => !isFinished(item.status))
    items.splice(0, items.length, ...kept)
  }

  /** Resolves once no file is waiting or running (and the views have reloaded). */
  const settled = (): Promise<void> => draining ?? Promise.resolve()

  return { items, form, formProblem, busy, add, cancel, retry, clearFinished, settled }
})
