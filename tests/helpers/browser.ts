import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasBrowser = existsSync(chromiumPath)

/** Says loudly, once per file, that a browser test did not run. */
export const warnIfNoBrowser = (what: string): void => {
  if (!hasBrowser)
    console.warn(
      `\n*** ${what} did NOT run: no Chromium at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n`,
    )
}

/** Headless, in Chinese, with no background traffic (this machine has no internet and refuses those connections). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  })
