import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createClient, type CertusClient } from '../core/api/client.js'
import { createHttpTransport } from '../core/api/httpTransport.js'
import { encodeFrame } from '../core/api/wireCodec.js'
import { insertImport } from '../core/db/importsTable.js'
import { openProjectDb } from '../core/db/openProjectDb.js'
import { createSampleWriter } from '../core/db/samplesTable.js'
import { createCoreHost } from '../core/host/createCoreHost.js'
import { createInProcessTransport } from '../core/host/inProcessTransport.js'
import { startHttpServer } from '../core/server/httpServer.js'
import { describeMachine } from './machine.js'

/**
 * How fast a large drive-test layer reaches the UI: `samples.layer` for N samples over the in-process
 * and the HTTP transport, and the size of a binary frame against the same points as JSON objects
 * (what the API would cost without column buffers).
 */
const sampleCount = Number(process.env.BENCH_SAMPLES ?? 1_000_000)
const repeats = 5

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

async function timeLayer(client: CertusClient): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    const layer = await client.call('samples.layer', { metric: 'rsrpDbm' })
    times.push(performance.now() - start)
    if (layer.count !== sampleCount) throw new Error(`expected ${sampleCount} samples, got ${layer.count}`)
  }
  return median(times)
}

const dir = mkdtempSync(join(tmpdir(), 'certus-bench-api-'))
const path = join(dir, 'bench.certus')
const db = openProjectDb(path)
const writeStart = performance.now()
db.transaction(() => {
  const importId = insertImport(db, { fileName: 'bench', sha256: '0'.repeat(64), kind: 'drivetest', rows: sampleCount, rejected: 0, importedAt: new Date() })
  const write = createSampleWriter(db, importId)
  for (let i = 0; i < sampleCount; i++) {
    write({
      timeMs: i * 1000, lon: 114 + (i % 1000) * 1e-4, lat: 22.5 + Math.floor(i / 1000) * 1e-4, altitudeM: 1.5, altitudeRef: 'AGL',
      cellId: null, pci: i % 1008, rsrpDbm: -60 - (i % 60), rsrqDb: -10, sinrDb: 10, cqi: 9, dlMbps: 300, ulMbps: 50,
    })
  }
  write.flush()
})()
const writeMs = performance.now() - writeStart
db.close()

const host = await createCoreHost({ mode: 'in-process', version: 'bench', projectPath: path })
const server = await startHttpServer({ host, port: 0 })
const inProcess = createClient(createInProcessTransport(host))
const http = createClient(createHttpTransport({ baseUrl: server.url }))

const inProcessMs = await timeLayer(inProcess)
const httpMs = await timeLayer(http)
const layer = await inProcess.call('samples.layer', { metric: 'rsrpDbm' })
const frameStart = performance.now()
const frameBytes = encodeFrame(layer).byteLength
const frameMs = performance.now() - frameStart
const objects = Array.from({ length: layer.count }, (_, i) => ({
  lon: layer.positions[2 * i], lat: layer.positions[2 * i + 1], altitudeM: layer.altitudesM[i], value: layer.values[i],
}))
const jsonStart = performance.now()
const jsonBytes = Buffer.byteLength(JSON.stringify(objects))
const jsonMs = performance.now() - jsonStart

inProcess.close()
http.close()
await server.close()
await host.close()
rmSync(dir, { recursive: true, force: true })

const results = {
  benchmark: 'api',
  date: new Date().toISOString(),
  machine: describeMachine(),
  samples: sampleCount,
  writeSamplesPerSecond: Math.round(sampleCount / (writeMs / 1000)),
  samplesLayerMs: { inProcess: Math.round(inProcessMs), http: Math.round(httpMs) },
  encoding: { frameBytes, frameMs: Math.round(frameMs), jsonObjectsBytes: jsonBytes, jsonObjectsMs: Math.round(jsonMs) },
}
console.table({
  'samples.layer in-process (ms)': results.samplesLayerMs.inProcess,
  'samples.layer HTTP (ms)': results.samplesLayerMs.http,
  'binary frame (MB)': +(frameBytes / 1e6).toFixed(1),
  'JSON objects (MB)': +(jsonBytes / 1e6).toFixed(1),
  'frame encode (ms)': results.encoding.frameMs,
  'JSON stringify (ms)': results.encoding.jsonObjectsMs,
})
const resultsDir = join(import.meta.dirname, 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'api.json'), `${JSON.stringify(results, null, 2)}\n`)
