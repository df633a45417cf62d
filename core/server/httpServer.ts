import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError, type ApiErrorCode } from '../api/apiError.js'
import { decodeFrame, encodeFrame, frameContentType } from '../api/wireCodec.js'
import type { CoreHost } from '../host/coreHost.js'
import { contentSecurityPolicy } from '../api/contentSecurityPolicy.js'
import { readStaticFile } from './staticFiles.js'

export interface HttpServerOptions {
  host: CoreHost
  /** 0 picks a free port. */
  port: number
  /** Folder of the built renderer; without it only the API is served. */
  staticDir?: string
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
}

export interface RunningHttpServer {
  url: string
  port: number
  close(): Promise<void>
}

const statusOf: Record<ApiErrorCode, number> = {
  'bad-input': 400,
  'unknown-method': 404,
  'not-found': 404,
  'no-project': 409,
  cancelled: 409,
  forbidden: 403,
  internal: 500,
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}

/**
 * Web mode: the API and the UI on 127.0.0.1 only. Requests whose Host or Origin is not this server
 * are refused, so a web page elsewhere cannot reach the API through DNS rebinding or a cross-site POST.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024 * 1024
  const eventStreams = new Set<ServerResponse>()
  let port = options.port

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, ApiError.from(error))
      else response.destroy()
    })
  })

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const hosts = allowedHosts()
    if (!hosts.has(request.headers.host ?? '')) return sendError(response, new ApiError('forbidden', 'foreign Host header refused'))
    const origin = request.headers.origin
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendError(response, new ApiError('forbidden', 'foreign Origin refused'))
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    if (url.pathname.startsWith('/api/call/')) {
      if (request.method !== 'POST') return sendError(response, new ApiError('bad-input', 'API calls use POST'))
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length))
      const body = await readBody(request, maxBodyBytes)
      let params: unknown
      try {
        params = decodeFrame(body)
      } catch (error) {
        return sendError(response, new ApiError('bad-input', `${method}: request body is not a Certus API frame (${(error as Error).message})`))
      }
      try {
        const result = await options.host.handle(method, params)
        return sendFrame(response, 200, { result })
      } catch (error) {
        return sendError(response, ApiError.from(error))
      }
    }
    if (url.pathname === '/api/events') return openEventStream(response)
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, new ApiError('bad-input', 'only GET is served here'))
    const file = options.staticDir === undefined ? undefined : await readStaticFile(options.staticDir, url.pathname)
    if (file === undefined) return sendError(response, new ApiError('not-found', `${url.pathname} not found`))
    response.writeHead(200, { ...securityHeaders, 'content-type': file.type, 'cache-control': 'no-cache', 'content-length': file.body.length })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  const openEventStream = (response: ServerResponse): void => {
    response.writeHead(200, { ...securityHeaders, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
    response.write(': certus events\n\n')
    eventStreams.add(response)
    response.on('close', () => eventStreams.delete(response))
  }

  const unsubscribe = options.host.onEvent((event) => {
    const message = `data: ${JSON.stringify(event)}\n\n`
    for (const stream of eventStreams) stream.write(message)
  })
  // Comments keep idle streams open through proxies and let clients notice a dead server.
  const keepAlive = setInterval(() => {
    for (const stream of eventStreams) stream.write(': keep-alive\n\n')
  }, 15_000)
  keepAlive.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      clearInterval(keepAlive)
      unsubscribe()
      for (const stream of eventStreams) stream.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}

function sendFrame(response: ServerResponse, status: number, body: unknown): void {
  const frame = encodeFrame(body)
  response.writeHead(status, { ...securityHeaders, 'content-type': frameContentType, 'content-length': frame.byteLength })
  response.end(frame)
}

function sendError(response: ServerResponse, error: ApiError): void {
  sendFrame(response, statusOf[error.code], { error: error.toPayload() })
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new ApiError('bad-input', `request body exceeds ${maxBytes} bytes`)
    chunks.push(chunk)
  }
  return size === 0 ? encodeFrame({}) : Buffer.concat(chunks)
}
