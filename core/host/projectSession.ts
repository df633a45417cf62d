import { ApiError } from '../api/apiError.js'
import { openProjectDb, ProjectFileError, type ProjectDb } from '../db/openProjectDb.js'

export interface OpenProject {
  readonly path: string
  readonly db: ProjectDb
}

/** The project the host is working on; at most one is open at a time. */
export class ProjectSession {
  private current: OpenProject | undefined

  constructor(private readonly nativeBinding: string | undefined) {}

  open(path: string, create: boolean): OpenProject {
    let db: ProjectDb
    try {
      db = openProjectDb(path, { mustExist: !create, ...(this.nativeBinding === undefined ? {} : { nativeBinding: this.nativeBinding }) })
    } catch (error) {
      if (error instanceof ProjectFileError) throw new ApiError('bad-input', error.message, { path })
      throw error
    }
    this.close()
    this.current = { path, db }
    return this.current
  }

  /** The open project, or a `no-project` error telling the caller to open one. */
  require(): OpenProject {
    if (this.current === undefined) throw new ApiError('no-project', 'no project is open: open or create a project first')
    return this.current
  }

  get path(): string | null {
    return this.current?.path ?? null
  }

  close(): void {
    this.current?.db.close()
    this.current = undefined
  }
}
