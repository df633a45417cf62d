import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'
import { onlyLocalRequests, waitForDeckFrame } from './appPage.js'
import { changedPixels, distinctColours, type Region } from './pixels.js'
import { openWebModeSession, type WebModeSession } from './webModeSession.js'

const screenshotsDir = join(repoRoot, 'test-results')
const fiveAltitudesM = ['1.5', '30', '60', '120', '300']

/**
 * Waits until a deck.gl frame has shown an overlay: `coverage` names the layer as `run:altitude:metric:mode`,
 * `residuals` as `calibration:before|after` (see renderer/src/map/renderMarker.ts).
 */
async function waitForOverlayFrame(page: Page, overlay: 'coverage' | 'residuals', key: RegExp): Promise<void> {
  await page.waitForFunction(
    ([name, source]) => new RegExp(source).test(document.documentElement.dataset[name] ?? ''),
    [`${overlay}Drawn`, key.source] as const,
    { timeout: 120_000 },
  )
  // SwiftShader rasterises after deck's JS frame: give it a moment before reading pixels.
  await page.waitForTimeout(700)
}

const waitForCoverageFrame = (page: Page, key: RegExp): Promise<void> => waitForOverlayFrame(page, 'coverage', key)

describe('coverage on the map in web mode: a prediction, its layers, cancel, calibration', () => {
  let session: WebModeSession
  let page: Page
  /** The map left of the side panel: where the task area is drawn. */
  let mapRegion: Region

  beforeAll(async () => {
    session = await openWebModeSession('#/map')
    ;({ page } = session)
    await waitForDeckFrame(page, 0)
    const box = await page.getByTestId('map-canvas-container').boundingBox()
    const side = await page.getByTestId('map-side').boundingBox()
    if (box === null || side === null) throw new Error('the map or its side panel has no box')
    mapRegion = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(side.x - box.x - 40), height: Math.round(box.height) }
    mkdirSync(screenshotsDir, { recursive: true })
  })

  afterAll(() => session?.close())

  it('runs a prediction over Task area A at the five default altitudes from the panel, and lists its layers', async () => {
    await page.getByTestId('map-tab-coverage').click()
    await expect.poll(() => page.getByTestId('coverage-no-runs').isVisible()).toBe(true)
    await page.getByTestId('predict-target').selectOption('area:Task area A')
    expect(await page.getByTestId('predict-altitudes').inputValue()).toBe('1.5, 30, 60, 120, 300')
    await page.getByTestId('predict-resolution').fill('100')
    await page.getByTestId('predict-run').click()
    await expect.poll(() => page.getByTestId('predict-status').getAttribute('data-status'), { timeout: 120_000 }).toBe('done')
    const rows = page.getByTestId('coverage-run-row')
    await expect.poll(() => rows.count()).toBe(5)
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-altitude')))).toEqual(fiveAltitudesM)
    // Every row has a coverage share and a median RSRP in dBm.
    expect(await rows.first().textContent()).toMatch(/1\.5\s*\d+ %\s*−\d+/)
    expect(await page.getByTestId('coverage-altitude-value').textContent()).toMatch(/1\.5 m/)
    await expect.poll(() => page.getByTestId('coverage-legend').textContent()).toMatch(/RSRP[\s\S]*points at 1\.5 m/)
    await waitForCoverageFrame(page, /^\d+:1\.5:rsrpDbm:2d$/)
    const shot = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'coverage-rsrp-1.5m.png'), shot)
    expect(distinctColours(shot, mapRegion)).toBeGreaterThan(12)
  })

  it('changing the metric and moving the altitude slider redraw the layer (the map pixels change)', async () => {
    const rsrp = await page.screenshot()
    await page.getByTestId('coverage-metric').selectOption('dlSinrDb')
    await waitForCoverageFrame(page, /^\d+:1\.5:dlSinrDb:2d$/)
    const sinrLow = await page.screenshot()
    // 171 squares of 100 m cover thousands of pixels; at 1.5 m every one is ≥ −80 dBm, while DL SINR spans three classes.
    expect(changedPixels(rsrp, sinrLow, mapRegion)).toBeGreaterThan(800)

    await page.getByTestId('coverage-altitude').focus()
    await page.keyboard.press('End')
    await expect.poll(() => page.getByTestId('coverage-altitude-value').textContent()).toMatch(/300 m/)
    await waitForCoverageFrame(page, /^\d+:300:dlSinrDb:2d$/)
    const sinrHigh = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'coverage-dl-sinr-300m.png'), sinrHigh)
    // At 300 m the median DL SINR drops from about 14 dB to under 2 dB: most squares change class.
    expect(changedPixels(sinrLow, sinrHigh, mapRegion)).toBeGreaterThan(800)
    expect(await page.getByTestId('coverage-run-row').nth(4).getAttribute('class')).toMatch(/run-table__row--on/)
  })

  it('draws 3D columns on demand, tilting the map', async () => {
    const flat = await page.screenshot()
    await page.getByTestId('coverage-mode-3d').click()
    await expect.poll(() => page.getByTestId('map-3d').getAttribute('aria-pressed')).toBe('true')
    await waitForCoverageFrame(page, /^\d+:300:dlSinrDb:3d$/)
    await page.waitForTimeout(800) // the pitch animation takes 600 ms
    const columns = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'coverage-columns.png'), columns)
    expect(changedPixels(flat, columns, mapRegion)).toBeGreaterThan(800)
    await page.getByTestId('coverage-mode-2d').click()
    await waitForCoverageFrame(page, /^\d+:300:dlSinrDb:2d$/)
  })

  it('cancels a longer prediction half-way; it reports cancelled and stores nothing', async () => {
    await page.getByTestId('predict-resolution').fill('5')
    await page.getByTestId('predict-run').click()
    // Wait for the first tiles, so the cancel reaches a job that is really computing.
    await expect.poll(() => page.getByTestId('predict-status').textContent(), { timeout: 60_000 }).toMatch(/\d+ %/)
    await page.getByTestId('predict-cancel').click()
    await expect.poll(() => page.getByTestId('predict-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled')
    expect(await page.getByTestId('predict-status').textContent()).toMatch(/Cancelled; nothing was stored/)
    expect(await page.getByTestId('coverage-run').locator('option').count()).toBe(1)
    await expect.poll(() => page.getByTestId('predict-run').isEnabled()).toBe(true)
  })

  it('runs calibration from its panel: per-layer figures before and after, and the residual map', async () => {
    await page.getByTestId('map-tab-calibration').click()
    await expect.poll(() => page.getByTestId('calibration-none').isVisible()).toBe(true)
    expect(await page.getByTestId('calibration-by-altitude').isChecked()).toBe(true)
    const beforeRun = await page.screenshot()
    await page.getByTestId('calibration-run').click()
    await expect.poll(() => page.getByTestId('calibration-status').getAttribute('data-status'), { timeout: 120_000 }).toBe('done')
    // The demo's samples are all drive-test samples at 1.5 m: one layer.
    const rows = page.getByTestId('calibration-row')
    await expect.poll(() => rows.count()).toBeGreaterThan(0)
    expect(await rows.first().getAttribute('data-altitude')).toBe('1.5')
    expect(await rows.first().textContent()).toMatch(/1\.5 m\s*2,018/)
    // ME, RMSE and σ as "before → after": the fit takes the mean error to 0 and lowers the RMSE.
    const [layer, me, rmse, sigma] = await page.getByTestId('calibration-error-table').locator('tbody tr').first().locator('td').allTextContents()
    expect([layer, me]).toEqual(['1.5 m', expect.stringMatching(/^−?\d+(\.\d)? → 0$/)])
    const [rmseBefore, rmseAfter] = (rmse ?? '').split(' → ').map((text) => Number(text.replace('−', '-')))
    expect(rmseAfter).toBeLessThan(rmseBefore as number)
    expect(sigma).toMatch(/^\d+(\.\d)? → \d+(\.\d)?$/)
    const legend = page.getByTestId('residual-legend')
    await expect.poll(() => legend.textContent()).toMatch(/Measured − predicted · After[\s\S]*2,018 samples/)
    await waitForOverlayFrame(page, 'residuals', /^\d+:after$/)
    const after = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'calibration-residuals.png'), after)
    // Two thousand residual dots over the samples, in diverging colours.
    expect(changedPixels(beforeRun, after, mapRegion)).toBeGreaterThan(800)
    await page.getByTestId('calibration-residual-before').click()
    await expect.poll(() => legend.textContent()).toMatch(/Before/)
    await waitForOverlayFrame(page, 'residuals', /^\d+:before$/)
    // Before the fit the model is about 12 dB optimistic: the dots turn red.
    expect(changedPixels(after, await page.screenshot(), mapRegion)).toBeGreaterThan(300)
  })

  it('a prediction after the calibration applies it', async () => {
    await page.getByTestId('map-tab-coverage').click()
    expect(await page.getByTestId('predict-apply-calibration').isChecked()).toBe(true)
    await page.getByTestId('predict-resolution').fill('100')
    await page.getByTestId('predict-run').click()
    await expect.poll(() => page.getByTestId('predict-status').getAttribute('data-status'), { timeout: 120_000 }).toBe('done')
    await expect.poll(() => page.getByTestId('coverage-run').locator('option').count()).toBe(2)
    await expect.poll(() => page.getByTestId('coverage-run-calibrated').isVisible()).toBe(true)
  })

  it('predicts along a drone route and draws its points at the layer altitude in 3D', async () => {
    await page.getByTestId('predict-target').selectOption('route:Drone patrol 120 m')
    await page.getByTestId('predict-altitudes').fill('60, 120')
    await page.getByTestId('predict-resolution').fill('')
    await page.getByTestId('predict-run').click()
    await expect.poll(() => page.getByTestId('predict-status').getAttribute('data-status'), { timeout: 120_000 }).toBe('done')
    await expect.poll(() => page.getByTestId('coverage-run-row').count()).toBe(2)
    await page.getByTestId('coverage-metric').selectOption('rsrpDbm')
    // The run opens at the altitude nearest to the one on show (300 m): 120 m.
    await waitForCoverageFrame(page, /^\d+:120:rsrpDbm:2d$/)
    const onGround = await page.screenshot()
    await page.getByTestId('coverage-mode-3d').click()
    await waitForCoverageFrame(page, /^\d+:120:rsrpDbm:3d$/)
    const lifted = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'coverage-route-3d.png'), lifted)
    // Lifted 120 m in a tilted view, the route's points move on the screen.
    expect(changedPixels(onGround, lifted, mapRegion)).toBeGreaterThan(300)
    await page.getByTestId('coverage-mode-2d').click()
  })

  it('draws one wedge per SSB beam of every cell on demand', async () => {
    await page.getByTestId('map-tab-layers').click()
    // 90 cells × 8 beams in the demo.
    await expect.poll(() => page.getByTestId('layer-toggle-beams').locator('xpath=..').textContent()).toMatch(/SSB beams\s*720/)
    const frame = Number(await page.evaluate(() => document.documentElement.dataset.mapRendered))
    const without = await page.screenshot()
    await page.getByTestId('layer-toggle-beams').check()
    await waitForDeckFrame(page, frame)
    await page.waitForTimeout(700)
    const withBeams = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'coverage-beams.png'), withBeams)
    expect(changedPixels(without, withBeams, mapRegion)).toBeGreaterThan(1500)
    await page.getByTestId('layer-toggle-beams').uncheck()
    await page.getByTestId('map-tab-coverage').click()
  })

  it('shows the coverage panels in Chinese', async () => {
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.getByTestId('map-tab-coverage').textContent()).toMatch(/覆盖预测/)
    await expect.poll(() => page.getByTestId('coverage-panel').textContent()).toMatch(/覆盖图层[\s\S]*高度/)
    await page.waitForTimeout(500)
    writeFileSync(join(screenshotsDir, 'coverage-zh.png'), await page.screenshot())
    await page.getByTestId('language-switch').selectOption('en')
    await expect.poll(() => page.getByTestId('map-tab-coverage').textContent()).toMatch(/Coverage/)
  })

  it('makes no request outside 127.0.0.1', () => {
    expect(session.browserApp.refused).toEqual([])
    expect(onlyLocalRequests(session.browserApp)).toBe(true)
  })
})
