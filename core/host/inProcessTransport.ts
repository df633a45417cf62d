import type { CoreHost } from './coreHost.js'
import type { Transport } from '../api/transport.js'

/**
 * The API without a process boundary (CLI and tests). Values are passed through structuredClone so
 * that callers see what the other transports would give them, never the host's own objects.
 */
export function createInProcessTransport(host: CoreHost): Transport {
  return {
    async call(method, params) {
      return structuredClone(await host.handle(method, structuredClone(params)))
    },
    onEvent(listener) {
      return host.onEvent((event) => listener(structuredClone(event)))
    },
  }
}
