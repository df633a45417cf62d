import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'
import { onlyLocalRequests, waitForDeckFrame } from './appPage.js'
import { distinctColours } from './pixels.js'
import { openWebModeSession, type WebModeSession } from './webModeSession.js'

const screenshotsDir = join(repoRoot, 'test-results')

/** Waits until the ECharts chart `testid` has finished a render (useChart counts them in data-chart-rendered). */
async function waitForChart(page: Page, testid: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId(testid).getAttribute('data-chart-rendered'), { timeout: 60_000 })
    .toMatch(/^[1-9]\d*$/)
}

/** How many colours the chart's canvas shows: an empty chart shows the background and a few grid greys. */
async function chartColours(page: Page, testid: string): Promise<number> {
  const shot = await page.getByTestId(testid).screenshot()
  const box = await page.getByTestId(testid).boundingBox()
  if (box === null) throw new Error(`${testid} has no box`)
  return distinctColours(shot, { x: 0, y: 0, width: Math.floor(box.width), height: Math.floor(box.height) })
}

const mapView = (page: Page) =>
  page.getByTestId('problem-map-canvas').evaluate((element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string | undefined>)

describe('the Experience view in web mode: KQI dashboard, TopN problems on the map, a trained model, in Chinese', () => {
  let session: WebModeSession
  let page: Page

  beforeAll(async () => {
    session = await openWebModeSession('#/experience')
    ;({ page } = session)
    mkdirSync(screenshotsDir, { recursive: true })
  })

  afterAll(() => session?.close())

  it("shows the demo's dlMbps dashboard: statistics with units, the histogram with the threshold, the series", async () => {
    await expect.poll(() => page.getByTestId('kqi-dashboard').getAttribute('data-kqi'), { timeout: 60_000 }).toBe('dlMbps')
    expect(await page.getByTestId('kqi-dlMbps').getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId('kqi-dlMbps').textContent()).toMatch(/dlMbps\s*Mbit\/s[\s\S]*2,0\d\d values/)
    for (const stat of ['mean', 'p5', 'p50', 'p95']) expect(await page.getByTestId(`kqi-stat-${stat}`).textContent(), stat).toMatch(/\d\s*Mbit\/s/)
    expect(await page.getByTestId('kqi-stat-bad').textContent()).toMatch(/\d+(\.\d)?%[\s\S]*below 10 Mbit\/s/)
    // The demo's rates fall between tens and hundreds of Mbit/s: the median sits well above the 5th percentile.
    const number = async (testid: string) => Number(((await page.getByTestId(testid).locator('.stat__value').textContent()) ?? '').replace(/[^\d.]/g, ''))
    expect(await number('kqi-stat-p50')).toBeGreaterThan(await number('kqi-stat-p5'))
    await waitForChart(page, 'kqi-histogram')
    await waitForChart(page, 'kqi-series')
    await page.waitForTimeout(500)
    expect(await chartColours(page, 'kqi-histogram')).toBeGreaterThan(8)
    expect(await page.getByTestId('kqi-histogram').locator('canvas').count()).toBeGreaterThan(0)
    // The demo's app KQIs (data/demo/README.md) are listed beside the drive-test rates, the RTT among them.
    expect(await page.getByTestId('kqi-rttMs').textContent()).toMatch(/rttMs\s*ms/)
    for (const kqi of ['pageLoadTimeS', 'throughputMbps']) expect(await page.getByTestId(`kqi-${kqi}`).count(), kqi).toBe(1)
    writeFileSync(join(screenshotsDir, 'experience-dashboard.png'), await page.screenshot())
  })

  it("switching to latency-first changes the top row: the demo's congested-backhaul site, demarcated transport", async () => {
    await page.getByTestId('experience-tab-problems').click()
    const rows = page.getByTestId('problem-row')
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(2)
    expect(await page.getByTestId('problem-table').getAttribute('data-priority')).toBe('rate')
    // At the default thresholds the problems come from the app KQIs: overloaded cells first, radio.
    const rateTop = (await rows.first().getAttribute('data-key')) ?? ''
    expect(rateTop).toMatch(/^cell:FT\d{3}_\d$/)
    expect(await rows.first().textContent()).toMatch(/Radio/)
    await page.getByTestId('problem-priority-latency').click()
    await expect.poll(() => page.getByTestId('problem-table').getAttribute('data-priority'), { timeout: 60_000 }).toBe('latency')
    const latencyTop = (await rows.first().getAttribute('data-key')) ?? ''
    expect(latencyTop).toMatch(/^cell:FT022_\d$/)
    expect(latencyTop).not.toBe(rateTop)
    expect(await rows.first().textContent()).toMatch(/Transport/)
    await page.getByTestId('problem-priority-rate').click()
    await expect.poll(() => page.getByTestId('problem-table').getAttribute('data-priority'), { timeout: 60_000 }).toBe('rate')
  })

  it('ranks the problems under a raised rate threshold, and the priority switch moves the rankings shown side by side', async () => {
    await page.getByTestId('experience-tab-problems').click()
    expect(new URL(page.url()).hash).toBe('#/experience/problems')
    // 2,018 drive-test samples and the app tests' RTT and throughput KQIs.
    await expect.poll(() => page.getByTestId('problem-summary').textContent(), { timeout: 60_000 }).toMatch(/cells and \d+ areas scored from 2,9\d\d measurements/)
    // The demo's radio is good: at the default 10 Mbit/s no drive-test sample falls short, at 100 Mbit/s the weakest do.
    await page.getByTestId('problem-threshold-rateThresholdMbps').fill('100')
    await page.getByTestId('problem-apply').click()
    const rows = page.getByTestId('problem-row')
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(2)
    expect(await page.getByTestId('problem-table').getAttribute('data-priority')).toBe('rate')
    expect(await rows.first().textContent()).toMatch(/^1\s*Cell\s*FT\d{3}_\d[\s\S]*(Radio|Transport|Core|Server|Terminal|Unknown)/)
    for (const priority of ['rate', 'stall', 'latency']) {
      expect(await page.getByTestId(`problem-ranking-${priority}`).getByTestId('problem-ranking-entry').count(), priority).toBeGreaterThan(0)
    }
    expect(await page.getByTestId('problem-ranking-rate').getAttribute('class')).toMatch(/--on/)

    await page.getByTestId('problem-priority-stall').click()
    await expect.poll(() => page.getByTestId('problem-table').getAttribute('data-priority'), { timeout: 60_000 }).toBe('stall')
    expect(await page.getByTestId('problem-ranking-stall').getAttribute('class')).toMatch(/--on/)
    expect(await page.getByTestId('problem-ranking-rate').getAttribute('class')).not.toMatch(/--on/)
    // The table lists the stall ranking's cells, in its order.
    const stallRanking = await page.getByTestId('problem-ranking-stall').getByTestId('problem-ranking-entry').allTextContents()
    const tableCells = await rows.evaluateAll((all) => all.map((row) => (row.getAttribute('data-key') ?? '').replace(/^cell:/, '')))
    expect(tableCells).toEqual(stallRanking.map((name) => name.trim()).slice(0, tableCells.length))
    await page.getByTestId('problem-priority-rate').click()
    await expect.poll(() => page.getByTestId('problem-table').getAttribute('data-priority'), { timeout: 60_000 }).toBe('rate')
  })

  it('selecting the top problem flies the map to it and shows its demarcation with the evidence', async () => {
    await expect.poll(async () => (await mapView(page)).centre, { timeout: 60_000 }).toMatch(/^\d/)
    const before = await mapView(page)
    const top = page.getByTestId('problem-row').first()
    expect(await top.getAttribute('data-linkable')).toBe('true')
    const key = (await top.getAttribute('data-key')) ?? ''
    const lon = Number(await top.getAttribute('data-lon'))
    const lat = Number(await top.getAttribute('data-lat'))
    await top.click()
    await expect.poll(async () => (await mapView(page)).flownTo, { timeout: 30_000 }).toBe(key)
    const after = await mapView(page)
    expect(after.centre).not.toBe(before.centre)
    const [centreLon, centreLat] = (after.centre ?? '').split(',').map(Number)
    // The map came to rest on the cell (abs. 1e-4°, about 10 m), closer in than the project view.
    expect(Math.abs((centreLon ?? 0) - lon)).toBeLessThan(1e-4)
    expect(Math.abs((centreLat ?? 0) - lat)).toBeLessThan(1e-4)
    expect(Number(after.zoom)).toBeGreaterThan(Number(before.zoom))
    expect(Number(after.markers)).toBeGreaterThan(2)

    expect(await top.getAttribute('aria-selected')).toBe('true')
    expect(await page.getByTestId('demarcation-place').getAttribute('data-key')).toBe(key)
    expect(await page.getByTestId('demarcation-bar').locator('[data-cause]').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('demarcation-legend').textContent()).toMatch(/Radio[\s\S]*Transport[\s\S]*Core[\s\S]*Server[\s\S]*Terminal[\s\S]*Unknown/)
    const evidence = await page.getByTestId('demarcation-evidence').allTextContents()
    expect(evidence.length).toBeGreaterThan(0)
    expect(evidence.join(' ')).toMatch(/\d+ of \d+/)
    await page.waitForTimeout(700)
    const shot = await page.screenshot()
    writeFileSync(join(screenshotsDir, 'experience-problems.png'), shot)
    copyFileSync(join(screenshotsDir, 'experience-problems.png'), join(screenshotsDir, 'experience.png'))
  })

  it('trains a model for dlMbps in a few epochs: better than the baseline, with its accuracy, importance and explained examples', async () => {
    await page.getByTestId('experience-tab-models').click()
    await expect.poll(() => page.getByTestId('model-list').textContent(), { timeout: 60_000 }).toMatch(/No model stored/)
    await expect.poll(() => page.getByTestId('model-train-run').textContent()).toMatch(/Train a model for dlMbps/)
    await page.getByTestId('model-advanced').locator('summary').click()
    await page.getByTestId('model-epochs').fill('30')
    await page.getByTestId('model-train-run').click()
    await expect.poll(() => page.getByTestId('model-train-status').getAttribute('data-status'), { timeout: 150_000 }).toBe('done')
    await expect.poll(() => page.getByTestId('model-detail').getAttribute('data-kqi'), { timeout: 30_000 }).toBe('dlMbps')
    expect(await page.getByTestId('model-row').count()).toBe(1)

    const r2 = page.getByTestId('model-metric-r2')
    expect(await r2.getAttribute('data-better')).toBe('true')
    expect(Number(await r2.getAttribute('data-value'))).toBeGreaterThan(Number(await r2.getAttribute('data-baseline')))
    expect(Number(await r2.getAttribute('data-value'))).toBeGreaterThan(0.3)
    const mae = page.getByTestId('model-metric-mae')
    expect(await mae.getAttribute('data-better')).toBe('true')
    expect(await mae.textContent()).toMatch(/Mbit\/s[\s\S]*baseline \d[\d,.]* Mbit\/s/)
    expect(await page.getByTestId('model-verdict').textContent()).toBe('Better than the baseline')
    expect(await page.getByTestId('model-metrics').getAttribute('data-better')).toBe('true')

    await waitForChart(page, 'model-accuracy')
    await waitForChart(page, 'model-importance')
    await page.waitForTimeout(500)
    expect(await chartColours(page, 'model-importance')).toBeGreaterThan(6)
    expect(await chartColours(page, 'model-accuracy')).toBeGreaterThan(8)
    expect(await page.getByTestId('model-example').count()).toBeGreaterThan(0)
    await waitForChart(page, 'model-attribution')
    expect(await page.getByTestId('model-example-sum').textContent()).toMatch(/Reference output [\d,.−-]+ Mbit\/s \+ contributions = predicted/)
    writeFileSync(join(screenshotsDir, 'experience-model.png'), await page.screenshot())
  })

  it('shows the view in Chinese', async () => {
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.getByTestId('experience-tab-dashboard').textContent()).toBe('KQI 仪表盘')
    expect(await page.getByTestId('experience-tab-problems').textContent()).toBe('问题排名')
    expect(await page.getByTestId('model-metrics').textContent()).toMatch(/留出集精度与朴素基线对比[\s\S]*平均绝对误差[\s\S]*基线/)
    expect(await page.getByTestId('model-verdict').textContent()).toBe('优于基线')
    expect(await page.getByTestId('model-train').textContent()).toMatch(/训练模型[\s\S]*高级选项/)
    await page.getByTestId('experience-tab-problems').click()
    await expect.poll(() => page.getByTestId('demarcation').textContent(), { timeout: 30_000 }).toMatch(/问题定界[\s\S]*无线[\s\S]*证据/)
    // The evidence lines themselves, written by the core in both languages (evidenceZh).
    const evidenceZh = (await page.getByTestId('demarcation-evidence').allTextContents()).join(' ')
    expect(evidenceZh).toMatch(/[\u4e00-\u9fff]/)
    expect(evidenceZh).not.toMatch(/ of \d+ with /)
    expect(await page.getByTestId('problem-table').textContent()).toMatch(/小区[\s\S]*受影响[\s\S]*主要原因/)
    await page.getByTestId('experience-tab-dashboard').click()
    await expect.poll(() => page.getByTestId('kqi-stats').textContent(), { timeout: 30_000 }).toMatch(/平均值[\s\S]*中位数[\s\S]*体验差（低于 10 Mbit\/s）/)
    await waitForChart(page, 'kqi-histogram')
    await page.waitForTimeout(500)
    writeFileSync(join(screenshotsDir, 'experience-zh.png'), await page.screenshot())
    await page.getByTestId('language-switch').selectOption('en')
  })

  it('lives beside the kept-alive Map view: after the map, the problems page flies to the problem picked again', async () => {
    await page.getByTestId('nav-map').click()
    await waitForDeckFrame(page, 0)
    await page.getByTestId('nav-experience').click()
    await page.getByTestId('experience-tab-problems').click()
    const key = await page.getByTestId('demarcation-place').getAttribute('data-key')
    expect(key).toMatch(/^cell:/)
    await expect.poll(async () => (await mapView(page)).flownTo, { timeout: 60_000 }).toBe(key)
    // The Map view kept its own map: it still draws when shown again.
    await page.getByTestId('nav-map').click()
    const frames = Number(await page.evaluate(() => document.documentElement.dataset.mapRendered ?? 0))
    await page.getByTestId('map-fit').click()
    await waitForDeckFrame(page, frames)
  })

  it('makes no request outside 127.0.0.1', () => {
    expect(session.browserApp.refused).toEqual([])
    expect(onlyLocalRequests(session.browserApp)).toBe(true)
  })
})
