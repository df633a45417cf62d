import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium, headless, WebGL on SwiftShader; no background traffic (stack-notes.md §2). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CERTUS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  })
}
