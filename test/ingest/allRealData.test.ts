import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openProjectDb } from '../../core/db/openProjectDb.js'
import { importFile } from '../../core/ingest/importFile.js'
import { realDataRoot } from '../fixtures/realData.js'

/** Every file of every real dataset, so that a file added to ../shared later is covered too. */
function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

/** What each dataset must import as (by its folder); prose files beside the data are refused as not data. */
const expectedKind: [RegExp, string][] = [
  [/^5gophers\//, 'kqi'],
  [/^nsg-celldb-(gb|de)\//, 'cells'],
  [/^opencellid-sf-extract\/Datasets\//, 'cells'],
  [/^uav-lte-a2g-nemo\//, 'drivetest'],
  [/^ucc-5g-gnettrack\//, 'drivetest'],
]
const isProse = (rel: string): boolean => /(^|\/)(README\.md|LICENSE|dataset-sources-and-licenses\.txt)$/.test(rel)

describe('every real dataset file', () => {
  const db = openProjectDb(join(mkdtempSync(join(tmpdir(), 'certus-real-')), 'all.certus'))
  afterAll(() => db.close())
  const files = listFiles(realDataRoot).sort()

  it('is found beside the repository', () => {
    expect(files.length).toBeGreaterThan(60)
  })

  it.each(files.map((f) => [relative(realDataRoot, f), f]))('%s', async (rel, path) => {
    const outcome = await importFile(db, path, {}, { now: new Date('2026-11-30T00:00:00Z') })
    if (rel.endsWith('.mi2log')) {
      expect(outcome.status).toBe('refused')
      expect(outcome.message).toMatch(/MobileInsight binary chipset log/)
      return
    }
    if (isProse(rel)) {
      expect(outcome.status).toBe('refused')
      return
    }
    const kind = expectedKind.find(([pattern]) => pattern.test(rel))?.[1]
    expect(kind, `no expectation for ${rel}`).toBeDefined()
    expect(outcome.message).toBeUndefined()
    expect(outcome).toMatchObject({ status: 'imported', kind })
    expect(outcome.rows).toBeGreaterThan(0)
    expect(outcome.rejected / (outcome.rows + outcome.rejected)).toBeLessThanOrEqual(0.05)
  })
})
