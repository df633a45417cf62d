import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** One layer as GDAL's `ogrinfo -ro -al -so` describes it. */
export interface OgrLayer {
  name: string
  geometry: string
  featureCount: number
  /** The EPSG code of the layer's SRS (last ID["EPSG",n] of its WKT), or null. */
  epsg: number | null
  fields: string[]
}

/**
 * Runs Debian's `ogrinfo` (gdal-bin, installed by .ci/run) in read-only summary mode and parses its
 * layers; stderr is returned so tests can require that GDAL had nothing to complain about.
 */
export function ogrinfo(path: string): { layers: OgrLayer[]; stderr: string; driver: string } {
  const run = spawnSync('ogrinfo', ['-ro', '-al', '-so', path], { encoding: 'utf8', timeout: 60_000 })
  if (run.error) throw new Error(`ogrinfo could not run (apt-get install gdal-bin): ${run.error.message}`)
  if (run.status !== 0) throw new Error(`ogrinfo ${path} failed (${run.status}): ${run.stderr}`)
  const driver = /using driver `([^']+)'/.exec(run.stdout)?.[1] ?? ''
  const layers = run.stdout.split(/^Layer name: /m).slice(1).map((block): OgrLayer => {
    const epsgCodes = [...block.matchAll(/ID\["EPSG",(\d+)\]\]\s*$/gm)].map((m) => Number(m[1]))
    return {
      name: (block.split('\n')[0] ?? '').trim(),
      geometry: /^Geometry: (.+)$/m.exec(block)?.[1]?.trim() ?? '',
      featureCount: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1] ?? Number.NaN),
      epsg: epsgCodes.at(-1) ?? null,
      fields: [...block.matchAll(/^(\w+): (?:String|Integer|Integer64|Real|DateTime|Date)\b/gm)].map((m) => m[1] as string),
    }
  })
  return { layers, stderr: run.stderr, driver }
}

/** GDAL's GeoPackage conformance checker, shipped by Debian's python3-gdal (a dependency of gdal-bin). */
const gpkgValidator = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py'

/** Runs GDAL's validate_gpkg.py on a file; returns its complaints (empty when the file conforms). */
export function validateGeoPackage(path: string): string {
  if (!existsSync(gpkgValidator)) throw new Error(`${gpkgValidator} is missing: apt-get install gdal-bin (python3-gdal)`)
  const run = spawnSync('/usr/bin/python3', [gpkgValidator, path], { encoding: 'utf8', timeout: 60_000 })
  if (run.error) throw run.error
  return run.status === 0 ? run.stderr.trim() : `exit ${run.status}: ${run.stdout}${run.stderr}`.trim()
}
