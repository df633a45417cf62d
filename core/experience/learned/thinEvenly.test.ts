import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { thinEvenlySql } from './thinEvenly.js'

describe('thinEvenlySql', () => {
  const db = new Database(':memory:')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v REAL)')
  const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)')
  for (let i = 1; i <= 1000; i++) insert.run(i * 3, i % 2 === 0 ? i : null)
  const ids = (max: number): number[] => {
    const count = db.prepare('SELECT count(*) FROM t WHERE v IS NOT NULL').pluck().get() as number
    return (db.prepare(thinEvenlySql('SELECT id FROM t WHERE v IS NOT NULL', 'id', count, max)).all() as { id: number }[]).map((r) => r.id)
  }

  it('keeps exactly maxRows rows, spread evenly over the whole order, whatever the id pattern', () => {
    const kept = ids(100)
    expect(kept.length).toBe(100)
    expect(kept[0]).toBe(6)
    expect(kept.at(-1)!).toBeGreaterThan(2900)
    // 500 rows to 100: every 5th row, ids 30 apart.
    for (let i = 1; i < kept.length; i++) expect(kept[i]! - kept[i - 1]!).toBe(30)
  })

  it('keeps every row when there are no more than maxRows', () => {
    expect(ids(500).length).toBe(500)
    expect(ids(10_000).length).toBe(500)
  })

  it('refuses a maxRows that is not a positive integer', () => {
    expect(() => thinEvenlySql('SELECT 1', 'id', 10, 0)).toThrow('maxRows must be a positive integer, not 0')
  })
})
