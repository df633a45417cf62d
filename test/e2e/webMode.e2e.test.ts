import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'
import { onlyLocalRequests, openAppPage, waitForDeckFrame, type AppPage } from './appPage.js'
import { changedPixels, distinctColours, type Region } from './pixels.js'
import { startWebModeApp, type WebModeApp } from './webModeServer.js'
import { findElectronRuntime } from '../../scripts/electronRuntime.mjs'

const screenshotsDir = join(repoRoot, 'test-results')

describe('web mode (npm start without Electron) in Debian Chromium', () => {
  const electron = findElectronRuntime(repoRoot, process.env)
  let app: WebModeApp
  let browser: Browser
  let browserApp: AppPage
  let page: Page
  let mapRegion: Region

  beforeAll(async () => {
    // Where Electron is installed, ask for web mode explicitly; here it is absent and start.mjs must notice.
    app = await startWebModeApp(electron.ok ? { CERTUS_WEB: '1' } : {})
    browserApp = await openAppPage(app.url)
    ;({ browser, page } = browserApp)
    await page.goto(`${app.url}#/map`)
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('says in one line why it serves web mode rather than a desktop window', () => {
    const reason = electron.ok ? /CERTUS_WEB=1 asks for web mode/ : /Electron .* runtime was not downloaded/
    expect(app.output).toMatch(/^Certus: no desktop window because .+; serving the same UI in web mode instead\.$/m)
    expect(app.output).toMatch(reason)
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('draws the demo network: basemap, cells and drive-test samples', async () => {
    await waitForDeckFrame(page, 0)
    await page.waitForFunction(() => Number(document.documentElement.dataset.samplesDrawn ?? 0) > 0, undefined, { timeout: 60_000 })
    const box = await page.getByTestId('map-canvas-container').boundingBox()
    expect(box).not.toBeNull()
    mapRegion = { x: Math.round(box!.x), y: Math.round(box!.y), width: Math.round(box!.width), height: Math.round(box!.height) }
    expect(mapRegion.width).toBeGreaterThan(400)
    const shot = await page.screenshot()
    mkdirSync(screenshotsDir, { recursive: true })
    writeFileSync(join(screenshotsDir, 'web-mode-map-en.png'), shot)
    expect(distinctColours(shot, mapRegion)).toBeGreaterThan(12)
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/RSRP/)
  })

  it('the demo layers are really drawn: hiding them changes the map pixels', async () => {
    const frame = Number(await page.evaluate(() => document.documentElement.dataset.mapRendered))
    const withLayers = await page.screenshot()
    await page.getByTestId('layer-toggle-samples').click()
    await page.getByTestId('layer-toggle-cells').click()
    const next = await waitForDeckFrame(page, frame)
    await page.waitForTimeout(500)
    const withoutLayers = await page.screenshot()
    // Thousands of drive-test points and ninety wedges cover far more than 1500 pixels at 1280×800.
    expect(changedPixels(withLayers, withoutLayers, mapRegion)).toBeGreaterThan(1500)
    await page.getByTestId('layer-toggle-samples').click()
    await page.getByTestId('layer-toggle-cells').click()
    await waitForDeckFrame(page, next)
  })

  it('switching the language to Chinese changes the labels', async () => {
    await expect.poll(() => page.getByTestId('nav-map').textContent()).toMatch(/Map/)
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.getByTestId('nav-map').textContent()).toMatch(/地图/)
    await expect.poll(() => page.getByTestId('nav-project').textContent()).toMatch(/项目/)
    await page.waitForTimeout(1000)
    writeFileSync(join(screenshotsDir, 'web-mode-map-zh.png'), await page.screenshot())
    await page.getByTestId('language-switch').selectOption('en')
    await expect.poll(() => page.getByTestId('nav-map').textContent()).toMatch(/Map/)
  })

  it('shows the project summary of the demo project', async () => {
    await page.getByTestId('nav-project').click()
    await expect.poll(() => page.getByTestId('project-summary').textContent(), { timeout: 30_000 }).toMatch(/90|8\d|9\d/)
  })

  it('makes no request outside 127.0.0.1', () => {
    expect(browserApp.requests.length).toBeGreaterThan(3)
    expect(browserApp.refused).toEqual([])
    expect(onlyLocalRequests(browserApp)).toBe(true)
  })
})
