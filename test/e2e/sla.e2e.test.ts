import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'
import { onlyLocalRequests } from './appPage.js'
import { openWebModeSession, type WebModeSession } from './webModeSession.js'

const screenshotsDir = join(repoRoot, 'test-results')

const targetValue = (page: Page, id: string) => page.locator(`[data-testid="sla-target"][data-target="${id}"] [data-testid="sla-target-value"]`)

describe('the SLA planner in web mode: drone 4K scenario from SLA to targets, feasibility, exports and report', () => {
  let session: WebModeSession
  let page: Page
  let ulThroughputBefore = ''

  beforeAll(async () => {
    session = await openWebModeSession('#/sla')
    ;({ page } = session)
    mkdirSync(screenshotsDir, { recursive: true })
  })

  afterAll(() => session?.close())

  it('lists the catalogue and shows drone-4k-backhaul with its terms, evidence tags and targets with their basis', async () => {
    await expect.poll(() => page.getByTestId('sla-scenario-drone-4k-backhaul').isVisible(), { timeout: 60_000 }).toBe(true)
    expect(await page.getByTestId('sla-scenarios').locator('button').count()).toBeGreaterThan(10)
    await page.getByTestId('sla-scenario-drone-4k-backhaul').click()
    await expect.poll(() => page.getByTestId('sla-scenario-id').textContent()).toBe('drone-4k-backhaul')
    // The four SLA promises of the Guangdong drone terms, and the assumptions with a V/S/U tag each.
    await expect.poll(() => page.getByTestId('sla-terms-sla').locator('[data-testid="sla-term"]').count()).toBe(4)
    const bitrateRow = page.locator('[data-testid="sla-term"][data-term="video-bitrate"]')
    expect(await bitrateRow.textContent()).toMatch(/20\s*Mbit\/s[\s\S]*V/)
    expect(await page.getByTestId('sla-terms-assumption').getByTestId('sla-tag').allTextContents()).toEqual(expect.arrayContaining(['V', 'S', 'U']))

    const ul = page.locator('[data-testid="sla-target"][data-target="ul-throughput"]')
    await expect.poll(() => ul.count(), { timeout: 30_000 }).toBe(1)
    for (const id of ['latency', 'reliability', 'coverage-probability', 'ul-sinr', 'rsrp']) {
      expect(await page.locator(`[data-testid="sla-target"][data-target="${id}"]`).count(), id).toBe(1)
    }
    ulThroughputBefore = (await targetValue(page, 'ul-throughput').textContent()) ?? ''
    expect(ulThroughputBefore).toMatch(/≥ \d/)
    expect(await ul.textContent()).toMatch(/Mbit\/s/)
    await page.getByTestId('sla-basis-toggle-ul-throughput').click()
    const basis = page.getByTestId('sla-basis-ul-throughput').locator('li')
    expect(await basis.count()).toBeGreaterThan(1)
    // The chain starts from the codec's 20 Mbit/s.
    expect((await basis.allTextContents()).join(' ')).toMatch(/20/)
  })

  it('clones the scenario, refuses a bad value, raises the video bit rate, saves it in the project, and the targets follow', async () => {
    await page.getByTestId('sla-clone').click()
    expect(await page.getByTestId('sla-scenario-id').textContent()).toBe('drone-4k-backhaul-copy')
    expect(await page.getByTestId('sla-draft-badge').isVisible()).toBe(true)
    const input = page.getByTestId('sla-term-input-video-bitrate')
    await input.fill('fast')
    await expect.poll(() => page.getByTestId('sla-term-problem-video-bitrate').isVisible()).toBe(true)
    expect(await page.getByTestId('sla-save').isDisabled()).toBe(true)
    await input.fill('40')
    await expect.poll(() => page.getByTestId('sla-term-problem-video-bitrate').count()).toBe(0)
    // The targets are derived again with the change before it is saved.
    await expect.poll(() => targetValue(page, 'ul-throughput').textContent(), { timeout: 30_000 }).not.toBe(ulThroughputBefore)
    const raised = await targetValue(page, 'ul-throughput').textContent()

    await page.getByTestId('sla-save').click()
    await expect.poll(() => page.getByTestId('sla-save-status').textContent(), { timeout: 30_000 }).toMatch(/Saved as drone-4k-backhaul-copy/)
    expect(await page.getByTestId('sla-saved-badge').isVisible()).toBe(true)
    const listed = page.getByTestId('sla-scenario-drone-4k-backhaul-copy')
    expect(await listed.getAttribute('data-saved')).toBe('true')
    expect(await listed.textContent()).toMatch(/Saved in project/)
    expect(await page.getByTestId('sla-detail').textContent()).toMatch(/cloned from drone-4k-backhaul/)
    // Read back from the project: the term holds 40 and the targets are those of the edit.
    expect(await page.locator('[data-testid="sla-term"][data-term="video-bitrate"]').textContent()).toMatch(/40\s*Mbit\/s/)
    await expect.poll(() => targetValue(page, 'ul-throughput').textContent()).toBe(raised)
    expect(Number((raised ?? '').replace(/[^\d.]/g, ''))).toBeGreaterThan(Number(ulThroughputBefore.replace(/[^\d.]/g, '')))
  })

  it('runs feasibility on "Drone patrol 120 m" at 120 m (50 m spacing): the verdict, the per-altitude row and the segments', async () => {
    expect(await page.getByTestId('sla-check-altitudes').inputValue()).toBe('60, 120')
    await page.getByTestId('sla-check-target').selectOption('route:Drone patrol 120 m')
    await page.getByTestId('sla-check-altitudes').fill('120')
    await page.getByTestId('sla-check-spacing').fill('50')
    await page.getByTestId('sla-check-run').click()
    await expect.poll(() => page.getByTestId('sla-check-status').getAttribute('data-status'), { timeout: 150_000 }).toBe('done')
    const result = page.getByTestId('sla-result')
    expect(await result.getAttribute('data-verdict')).toMatch(/^(pass|fail)$/)
    expect(await page.getByTestId('sla-verdict').textContent()).toMatch(/^(Pass|Fail)$/)
    expect(await page.getByTestId('sla-result-coverage').textContent()).toMatch(/\d+(\.\d)? %/)
    expect(await page.getByTestId('sla-result-interruption').textContent()).toMatch(/s\/h/)
    const altitudes = page.getByTestId('sla-result-altitude')
    expect(await altitudes.count()).toBe(1)
    expect(await altitudes.first().getAttribute('data-altitude')).toBe('120')
    expect(await page.getByTestId('sla-result-targets').locator('tbody tr').count()).toBeGreaterThan(2)
    // Segments: the strip of the route at 120 m, and the worst ones listed (or none falls short).
    expect(await page.getByTestId('sla-strips').locator('rect').count()).toBeGreaterThan(3)
    const worst = await page.getByTestId('sla-segment').count()
    if (worst === 0) expect(await page.getByTestId('sla-no-worst').isVisible()).toBe(true)
    else expect(await page.getByTestId('sla-segment').first().textContent()).toMatch(/120 m[\s\S]*\d+–\d+ m/)
    await result.scrollIntoViewIfNeeded()
    writeFileSync(join(screenshotsDir, 'sla-feasibility.png'), await page.screenshot())
  })

  it('exports the targets as GSMA NG.116 GST JSON: a download, and the JSON shown', async () => {
    const download = page.waitForEvent('download')
    await page.getByTestId('sla-export-gst').click()
    const file = await download
    expect(file.suggestedFilename()).toBe('drone-4k-backhaul-copy-gst.json')
    const path = await file.path()
    const gst = JSON.parse(readFileSync(path, 'utf8')) as unknown
    expect(typeof gst).toBe('object')
    await expect.poll(() => page.getByTestId('sla-export-json').getAttribute('data-format')).toBe('gst')
    const shown = await page.getByTestId('sla-export-json').locator('pre').textContent()
    expect(JSON.parse(shown ?? '')).toEqual(gst)
  })

  it('writes the report next to the project file on the server', async () => {
    const out = await page.getByTestId('sla-report-out').inputValue()
    expect(out).toBe(join(session.app.home, 'drone-4k-backhaul-copy-report-zh.pdf'))
    await page.getByTestId('sla-report-write').click()
    await expect.poll(() => page.getByTestId('sla-report-status').getAttribute('data-status'), { timeout: 170_000 }).toBe('done')
    expect(existsSync(out)).toBe(true)
    expect(statSync(out).size).toBeGreaterThan(1000)
    expect(await page.getByTestId('sla-report-status').textContent()).toMatch(/Written/)
  })

  it('shows the verdict on the main map on demand', async () => {
    await page.getByTestId('sla-show-on-map').click()
    await expect.poll(() => page.getByTestId('map-sla-verdicts').isVisible(), { timeout: 60_000 }).toBe(true)
    await page.waitForFunction(() => /^drone-4k-backhaul-copy:120:\d+$/.test(document.documentElement.dataset.feasibilityDrawn ?? ''), undefined, { timeout: 120_000 })
    await page.waitForTimeout(700)
    writeFileSync(join(screenshotsDir, 'sla-verdict-map.png'), await page.screenshot())
    await page.goto(`${session.app.url}#/sla`)
    await expect.poll(() => page.getByTestId('sla-result').isVisible()).toBe(true)
  })

  it('shows the SLA planner in Chinese', async () => {
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.getByTestId('sla-targets').textContent()).toMatch(/网络指标/)
    expect(await page.getByTestId('sla-scenarios').textContent()).toMatch(/场景[\s\S]*已存入项目/)
    expect(await page.getByTestId('sla-detail').textContent()).toMatch(/复制并编辑[\s\S]*SLA 条款[\s\S]*可信度/)
    expect(await page.getByTestId('sla-verdict').textContent()).toMatch(/^(达标|不达标)$/)
    expect(await page.getByTestId('sla-check-panel').textContent()).toMatch(/可行性检查/)
    await page.getByTestId('sla-targets').scrollIntoViewIfNeeded()
    writeFileSync(join(screenshotsDir, 'sla-zh.png'), await page.screenshot())
    await page.getByTestId('language-switch').selectOption('en')
  })

  it('makes no request outside 127.0.0.1', () => {
    expect(session.browserApp.refused).toEqual([])
    expect(onlyLocalRequests(session.browserApp)).toBe(true)
  })
})
