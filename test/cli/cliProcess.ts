import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the real `certus` executable as a user would, in its own process. */
export function runCertus(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [`${repoRoot}bin/certus.mjs`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
