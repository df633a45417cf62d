import { request } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame } from '../../core/api/wireCodec.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { startHttpServer, type RunningHttpServer } from '../../core/server/httpServer.js'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

const send = (port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(options.body)
  })

describe('web-mode HTTP server', () => {
  let host: CoreHost
  let server: RunningHttpServer
  const staticDir = mkdtempSync(join(tmpdir(), 'certus-static-'))

  beforeAll(async () => {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Certus</title>')
    host = await createCoreHost({ mode: 'web', version: '1.0.0' })
    server = await startHttpServer({ host, port: 0, staticDir })
  })
  afterAll(async () => {
    await server.close()
    await host.close()
  })

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves the UI with a strict Content-Security-Policy', async () => {
    const answer = await send(server.port, '/')
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toContain('<title>Certus</title>')
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'")
    expect(answer.headers['content-security-policy']).toContain("connect-src 'self'")
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const answer = await send(server.port, '/', { headers: { host: 'evil.example:80' } })
    expect(answer.status).toBe(403)
  })

  it('refuses a call from a foreign Origin (cross-site request)', async () => {
    const answer = await send(server.port, '/api/call/app.info', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-certus-frame' },
      body: encodeFrame({}),
    })
    expect(answer.status).toBe(403)
  })

  it('answers a same-origin call', async () => {
    const answer = await send(server.port, '/api/call/app.info', {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${server.port}` },
      body: encodeFrame({}),
    })
    expect(answer.status).toBe(200)
    expect(decodeFrame(new Uint8Array(answer.body))).toEqual({ result: { name: 'Certus', version: '1.0.0', mode: 'web', projectPath: null } })
  })

  it('answers a body that is not a frame with bad-input, not a crash', async () => {
    const answer = await send(server.port, '/api/call/app.info', { method: 'POST', body: new Uint8Array([0xff, 0xff, 0xff, 0x7f, 1]) })
    expect(answer.status).toBe(400)
    expect(decodeFrame(new Uint8Array(answer.body))).toMatchObject({ error: { code: 'bad-input' } })
  })

  it('does not serve files outside the UI folder', async () => {
    const answer = await send(server.port, '/%2e%2e/%2e%2e/etc/passwd')
    expect(answer.status).toBe(404)
  })
})
