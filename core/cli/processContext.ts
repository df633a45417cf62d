import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CliContext } from './cliContext.js'

/** The CLI context of the real process: stdout, stderr, environment, working folder and clock. */
export function processCliContext(): CliContext {
  const packageRoot = fileURLToPath(new URL('../../', import.meta.url))
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    version,
    now: () => new Date(),
    packageRoot,
  }
}
