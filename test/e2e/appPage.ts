import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './chromium.js'

export interface AppPage {
  browser: Browser
  context: BrowserContext
  page: Page
  origin: string
  /** Every URL the page asked for. */
  requests: string[]
  /** The ones that went elsewhere than the app's origin (blocked). */
  refused: string[]
}

const isLocal = (origin: string, url: string): boolean => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')

/**
 * Debian Chromium at 1280×800 on the app served at `url`, with every request recorded and any request
 * outside the app's own origin blocked and listed: the app must never make one.
 */
export async function openAppPage(url: string): Promise<AppPage> {
  const origin = new URL(url).origin
  const requests: string[] = []
  const refused: string[] = []
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  await context.route('**/*', async (route) => {
    const requested = route.request().url()
    requests.push(requested)
    if (isLocal(origin, requested)) await route.continue()
    else {
      refused.push(requested)
      await route.abort('blockedbyclient')
    }
  })
  return { browser, context, page: await context.newPage(), origin, requests, refused }
}

/** True when every recorded request stayed on the app's origin (or was data:/blob:). */
export function onlyLocalRequests(app: AppPage): boolean {
  return app.refused.length === 0 && app.requests.every((url) => isLocal(app.origin, url))
}

/** Waits until deck.gl has finished a frame after `after` (the renderer counts frames in data-map-rendered). */
export async function waitForDeckFrame(page: Page, after: number): Promise<number> {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.mapRendered ?? 0) > n, after, { timeout: 120_000 })
  return Number(await page.evaluate(() => document.documentElement.dataset.mapRendered))
}
