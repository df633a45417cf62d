import { existsSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createCoreHost } from '../../host/createCoreHost.js'
import { startHttpServer } from '../../server/httpServer.js'
import { CommandFailure, UsageError, type CliContext } from '../cliContext.js'

export const defaultWebPort = 5180

/** Where the demo project lives when no project is named: CERTUS_HOME, else ~/.certus. */
export function defaultDemoProjectPath(env: CliContext['env']): string {
  return join(env.CERTUS_HOME ?? join(homedir(), '.certus'), 'demo.certus')
}

/** `certus serve`: web mode. Resolves when the server stops (SIGINT/SIGTERM or the returned signal). */
export async function serveCommand(
  ctx: CliContext,
  options: { project: string | undefined; port: string | undefined; stop?: AbortSignal },
): Promise<number> {
  const portText = options.port ?? ctx.env.CERTUS_PORT ?? String(defaultWebPort)
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`port must be a whole number from 0 to 65535, not ${JSON.stringify(portText)}`)
  const staticDir = join(ctx.packageRoot, 'out', 'renderer')
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new CommandFailure(`the UI is not built (${staticDir}/index.html is missing): run \`npm run build\` or \`npm start\``)
  }
  const projectPath = options.project === undefined ? defaultDemoProjectPath(ctx.env) : resolve(ctx.cwd, options.project)
  mkdirSync(dirname(projectPath), { recursive: true })
  const host = await createCoreHost({ mode: 'web', version: ctx.version, now: ctx.now, projectPath, demoIfMissing: options.project === undefined })
  let server
  try {
    server = await startHttpServer({ host, port, staticDir })
  } catch (error) {
    await host.close()
    const code = (error as NodeJS.ErrnoException).code
    throw new CommandFailure(
      code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is in use: set CERTUS_PORT to another port` : (error as Error).message,
    )
  }
  ctx.out(`Certus web mode: ${server.url}  (project ${projectPath})\n`)
  await new Promise<void>((resolveStop) => {
    const stop = (): void => resolveStop()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    options.stop?.addEventListener('abort', stop, { once: true })
  })
  await server.close()
  await host.close()
  return 0
}
