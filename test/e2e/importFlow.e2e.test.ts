import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, JSHandle, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'
import { realDataPath } from '../fixtures/realData.js'
import { onlyLocalRequests, openAppPage, waitForDeckFrame, type AppPage } from './appPage.js'
import { changedPixels, type Region } from './pixels.js'
import { startWebModeApp, type WebModeApp } from './webModeServer.js'
import { findElectronRuntime } from '../../scripts/electronRuntime.mjs'

const screenshotsDir = join(repoRoot, 'test-results')
const driveTestName = 'B_2019.12.14_10.16.30.csv'
const driveTestPath = realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', driveTestName)
/** Rows of that trace with a GPS fix, all stored (the importer's own test counts them the same). */
const driveTestRows = 1155

/**
 * A G-NetTrack file of ten rows of which eight are bad: four timestamps and four latitudes that are
 * not numbers. 80 % rejected is far above the default 5 % threshold, so the core refuses the file.
 */
function badGnettrackCsv(): string {
  const [header, first] = readFileSync(driveTestPath, 'utf8').split('\n')
  const rows = [first as string, first as string]
  for (let i = 0; i < 8; i++) {
    const fields = (first as string).split(',')
    if (i % 2 === 0) fields[0] = 'yesterday'
    else fields[2] = 'north'
    rows.push(fields.join(','))
  }
  return `${header}\n${rows.join('\n')}\n`
}

/** A DataTransfer built in the page holding one File made of `bytes`, as a real drag from the desktop carries. */
const dataTransferOf = (page: Page, name: string, bytes: Buffer): Promise<JSHandle<DataTransfer>> =>
  page.evaluateHandle(
    ({ name, base64 }) => {
      const binary = atob(base64)
      const data = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i)
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], name, { type: 'text/csv' }))
      return transfer
    },
    { name, base64: bytes.toString('base64') },
  )

/** Drags a file over the drop zone and drops it, with the events a browser fires. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await dataTransferOf(page, name, bytes)
  const zone = page.getByTestId('drop-zone')
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer })
  await dataTransfer.dispose()
}

/** The number shown for one of the project's counts (`samples`, `cells`…), as printed (`1,155`). */
const countShown = (page: Page, key: string): Promise<string | null> => page.getByTestId(`count-${key}`).locator('.stat__value').textContent()

const importItem = (page: Page, name: string) => page.locator(`[data-testid="import-item"][data-file="${name}"]`)

describe('import flow in the browser: new project, drag and drop, points on the map', () => {
  const electron = findElectronRuntime(repoRoot, process.env)
  let app: WebModeApp
  let browser: Browser
  let browserApp: AppPage
  let page: Page
  let folder: string

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'certus-import-flow-'))
    app = await startWebModeApp(electron.ok ? { CERTUS_WEB: '1' } : {})
    browserApp = await openAppPage(app.url)
    ;({ browser, page } = browserApp)
    await page.goto(`${app.url}#/project`)
    await page.getByTestId('project-summary').waitFor({ timeout: 60_000 }) // the demo project opens first
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  it('creates a new, empty project from the Project view', async () => {
    await page.getByTestId('project-path').fill(join(folder, 'cork-drive'))
    await page.getByTestId('project-create').click()
    await expect.poll(() => page.locator('.page-title').textContent(), { timeout: 30_000 }).toBe('cork-drive')
    await expect.poll(() => page.getByTestId('project-summary').textContent()).toContain(join(folder, 'cork-drive.certus'))
    expect(await countShown(page, 'samples')).toBe('0')
    expect(await countShown(page, 'cells')).toBe('0')
    expect(await page.getByTestId('imports-table').count()).toBe(0)
  })

  it(`imports a G-NetTrack file dropped on the drop zone: ${driveTestRows} rows, and the summary counts them`, async () => {
    await dropFile(page, driveTestName, readFileSync(driveTestPath))
    const item = importItem(page, driveTestName)
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('imported')
    expect(await item.getByTestId('import-status').textContent()).toBe('Imported')
    expect(await item.getByTestId('import-detail').textContent()).toContain('1,155 rows imported, 0 rejected')
    await expect.poll(() => countShown(page, 'samples'), { timeout: 30_000 }).toBe('1,155')
    const table = await page.getByTestId('imports-table').textContent()
    expect(table).toContain(driveTestName)
    expect(table).toContain('gnettrack')
    mkdirSync(screenshotsDir, { recursive: true })
    writeFileSync(join(screenshotsDir, 'import-flow-project.png'), await page.screenshot())
  })

  it('refuses a file of mostly bad rows with its reason, and the log lists every rejected row by file, line and field', async () => {
    await dropFile(page, 'bad-gnettrack.csv', Buffer.from(badGnettrackCsv()))
    const item = importItem(page, 'bad-gnettrack.csv')
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('refused')
    expect(await item.getByTestId('import-detail').textContent()).toContain('8 of 10 rows rejected (80.0 %), above the 5.0 % threshold')

    const rows = page.getByTestId('import-log-row')
    const entries = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ severity: tr.getAttribute('data-severity'), cells: Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '') })),
    )
    const errors = entries.filter((entry) => entry.severity === 'error')
    expect(entries.filter((entry) => entry.severity === 'refusal')).toHaveLength(1)
    expect(errors.map((entry) => [entry.cells[0], entry.cells[1], entry.cells[2]])).toEqual([
      ['bad-gnettrack.csv', '4', 'Timestamp'],
      ['bad-gnettrack.csv', '5', 'Latitude'],
      ['bad-gnettrack.csv', '6', 'Timestamp'],
      ['bad-gnettrack.csv', '7', 'Latitude'],
      ['bad-gnettrack.csv', '8', 'Timestamp'],
      ['bad-gnettrack.csv', '9', 'Latitude'],
      ['bad-gnettrack.csv', '10', 'Timestamp'],
      ['bad-gnettrack.csv', '11', 'Latitude'],
    ])
    expect(errors[0]?.cells[3]).toContain('not a G-NetTrack timestamp')
    expect(errors[1]?.cells[3]).toContain('not a number: "north"')
    // Nothing of the refused file was stored.
    expect(await countShown(page, 'samples')).toBe('1,155')
    await page.getByTestId('import-log').scrollIntoViewIfNeeded()
    writeFileSync(join(screenshotsDir, 'import-flow-log.png'), await page.screenshot())
  })

  it('a file dropped again is skipped as already imported; "Import again" replaces it', async () => {
    await dropFile(page, driveTestName, readFileSync(driveTestPath))
    const again = importItem(page, driveTestName).nth(1)
    await expect.poll(() => again.getAttribute('data-status'), { timeout: 60_000 }).toBe('skipped')
    await again.getByTestId('import-again').click()
    await expect.poll(() => again.getAttribute('data-status'), { timeout: 60_000 }).toBe('imported')
    await expect.poll(() => countShown(page, 'samples'), { timeout: 30_000 }).toBe('1,155')
    expect(await page.getByTestId('imports-table').locator('tbody tr').count()).toBe(1)
  })

  it(`shows the ${driveTestRows} points on the map: hiding them changes the map pixels`, async () => {
    await page.getByTestId('nav-map').click()
    await page.waitForFunction((count) => document.documentElement.dataset.samplesDrawn === String(count), driveTestRows, { timeout: 120_000 })
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('1,155 samples')
    const box = await page.getByTestId('map-canvas-container').boundingBox()
    expect(box).not.toBeNull()
    const region: Region = { x: Math.round(box!.x), y: Math.round(box!.y), width: Math.round(box!.width), height: Math.round(box!.height) }
    // Let the fit animation and the basemap settle before comparing pixels.
    await page.waitForTimeout(1500)
    const frame = Number(await page.evaluate(() => document.documentElement.dataset.mapRendered))
    const withSamples = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'import-flow-map.png'), withSamples)
    await page.getByTestId('layer-toggle-samples').click()
    await waitForDeckFrame(page, frame)
    await page.waitForFunction(() => document.documentElement.dataset.samplesDrawn === '0')
    await page.waitForTimeout(500)
    const withoutSamples = await page.screenshot()
    // The trace is a line of a hundred-odd distinct positions (GPS holds its fix for many rows), 3 px dots each: about 3000 pixels.
    expect(changedPixels(withSamples, withoutSamples, region)).toBeGreaterThan(1000)
    await page.getByTestId('layer-toggle-samples').click()
    await page.waitForFunction((count) => document.documentElement.dataset.samplesDrawn === String(count), driveTestRows)
  })

  it('edits the RSRP class limits in the legend: the legend follows, a disorder is refused, a reset restores them', async () => {
    const legend = page.getByTestId('legend')
    await page.getByTestId('legend-edit').click()
    await page.getByTestId('break-input-3').fill('-70')
    await expect.poll(() => legend.getAttribute('data-breaks')).toBe('-110 -100 -90 -70')
    expect(await legend.textContent()).toContain('≥ \u221270')
    await page.getByTestId('break-input-2').fill('-60')
    await expect.poll(() => page.getByTestId('breaks-error').textContent()).toContain('must be higher than the one below it')
    expect(await legend.getAttribute('data-breaks')).toBe('-110 -100 -90 -70')
    await page.getByTestId('breaks-reset').click()
    await expect.poll(() => legend.getAttribute('data-breaks')).toBe('-110 -100 -90 -80')
    await page.getByTestId('legend-edit').click()
  })

  it('makes no request outside 127.0.0.1', () => {
    expect(browserApp.requests.length).toBeGreaterThan(3)
    expect(browserApp.refused).toEqual([])
    expect(onlyLocalRequests(browserApp)).toBe(true)
  })
})
