import { createBridgeTransport, localPathOf, type CertusBridge } from '../../../core/api/bridgeTransport.js'
import { createClient, type CertusClient } from '../../../core/api/client.js'
import { createHttpTransport } from '../../../core/api/httpTransport.js'
import type { LocalPathResolver } from './localPath.js'

function hasBridge(target: object): target is { certus: CertusBridge } {
  return 'certus' in target
}

/**
 * Connects to the core the way this window was opened: through the preload bridge (`window.certus`)
 * in the desktop app, or over HTTP to the server that served this page in web mode.
 */
export function connect(target: Window = window): CertusClient {
  const transport = hasBridge(target)
    ? createBridgeTransport(target.certus)
    : createHttpTransport({ baseUrl: target.location.origin })
  return createClient(transport)
}

/**
 * Tells where a dropped or picked file is on disk: the desktop bridge knows, so the core reads the file
 * in place; in web mode nothing does, and the file's bytes are uploaded instead.
 */
export function localPathResolver(target: Window = window): LocalPathResolver {
  const bridge = hasBridge(target) ? target.certus : undefined
  return (file) => localPathOf(bridge, file)
}
