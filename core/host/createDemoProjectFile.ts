import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { openProjectDb } from '../db/openProjectDb.js'
import { generateDemoNetwork } from '../demo/generateDemoNetwork.js'
import { writeDemoProject } from '../demo/writeDemoProject.js'

export interface CreateDemoOptions {
  seed?: number
  now: Date
  nativeBinding?: string
  signal?: AbortSignal
  onProgress?: (done: number, total: number, phase: string) => void
}

/**
 * Writes the demo project to `path`: built in a temporary file beside it and renamed into place,
 * so that a cancel, a crash or a kill never leaves a half-written project at `path`.
 */
export async function createDemoProjectFile(path: string, options: CreateDemoOptions): Promise<void> {
  if (existsSync(path)) throw new Error(`${path}: a file already exists there; choose another path or remove it first`)
  // One fixed name per target: a partial file left by a killed process is removed by the next attempt.
  const temporary = join(dirname(path), `.${basename(path)}.partial`)
  removeDatabaseFiles(temporary)
  try {
    const db = openProjectDb(temporary, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding })
    try {
      const network = generateDemoNetwork(options.seed === undefined ? {} : { seed: options.seed })
      await writeDemoProject(db, network, {
        now: options.now,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      })
      // Fold the WAL into the main file so the rename moves one complete database.
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    renameSync(temporary, path)
  } finally {
    removeDatabaseFiles(temporary)
  }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}
