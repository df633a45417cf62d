import { createClient, type CertusClient } from '../api/client.js'
import { createCoreHost, type CoreHostOptions } from '../host/createCoreHost.js'
import { createInProcessTransport } from '../host/inProcessTransport.js'
import type { CliContext } from './cliContext.js'

/** Runs `work` against an in-process core: the CLI speaks the same API as the UI. */
export async function withClient<T>(ctx: CliContext, options: Partial<CoreHostOptions>, work: (client: CertusClient) => Promise<T>): Promise<T> {
  const host = await createCoreHost({ mode: 'in-process', version: ctx.version, now: ctx.now, ...options })
  const client = createClient(createInProcessTransport(host))
  try {
    return await work(client)
  } finally {
    client.close()
    await host.close()
  }
}
