import type { ProjectDb } from '../../db/openProjectDb.js'

/**
 * Names of one table (routes or areas are UNIQUE by name) handed out without clashes: a name already
 * taken, in the project or earlier in the same file, gets the first free suffix " (2)", " (3)"…
 * Google Earth files repeat names ("Untitled Path") too often to refuse them.
 */
export class UniqueNames {
  private readonly taken: Set<string>

  constructor(db: ProjectDb, table: 'routes' | 'areas') {
    this.taken = new Set(db.prepare(`SELECT name FROM ${table}`).pluck().all() as string[])
  }

  /** A free name for `wanted`, now taken. */
  claim(wanted: string): string {
    let name = wanted
    for (let n = 2; this.taken.has(name); n++) name = `${wanted} (${n})`
    this.taken.add(name)
    return name
  }
}
