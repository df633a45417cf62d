import { demoSpec } from './demoSpec.js'

/**
 * Where the demo network lies: Futian, Shenzhen, with the site grid centred near the Futian CBD.
 * Everything generated stays inside `demoBounds`, whose southern edge (22.525° N) keeps clear of the
 * Shenzhen River and Shenzhen Bay shoreline (about 22.515° N east of 114.0° E, further south-west
 * the bay). Positions are synthetic; no real site data is used. Both come from data/demo.
 */
export const demoOrigin = demoSpec.origin

export const demoBounds = demoSpec.landBounds

export function isInsideDemoBounds(lon: number, lat: number): boolean {
  return lon >= demoBounds.minLon && lon <= demoBounds.maxLon && lat >= demoBounds.minLat && lat <= demoBounds.maxLat
}
