import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../cli/cliProcess.js'

export interface WebModeApp {
  url: string
  /** Everything `npm start` printed before it was ready. */
  output: string
  home: string
  stop(): Promise<void>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/**
 * Starts the app exactly as `npm start` does (scripts/start.mjs), on a free port and a fresh home folder,
 * and resolves once it prints its URL. The build is done by `npm run test:e2e` before the tests run.
 */
export async function startWebModeApp(extraEnv: Record<string, string> = {}): Promise<WebModeApp> {
  const port = await freePort()
  const home = mkdtempSync(join(tmpdir(), 'certus-home-'))
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, CERTUS_PORT: String(port), CERTUS_HOME: home, CERTUS_SKIP_BUILD: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not print its URL within 120 s:\n${output}`)), 120_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Certus web mode: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code} before serving:\n${output}`))
    })
  })
  return {
    url,
    output,
    home,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
