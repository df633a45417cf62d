import type { NewSite } from '../db/cellsTable.js'
import type { LocalFrame } from './localFrame.js'
import type { SeededRandom } from './seededRandom.js'
import { roundTo } from './roundTo.js'

/** One generated site with the planning facts its cells need. */
export interface DemoSitePlan {
  site: NewSite
  eastM: number
  northM: number
  /** Antenna height above ground shared by the site's sectors. */
  heightM: number
  /** Rotation of the whole 0/120/240° sector set, as sites are rarely built on the ideal grid. */
  rotationDeg: number
}

export const demoSiteColumns = 6
export const demoSiteRows = 5
/** Nominal inter-site distance of dense-urban n78 (a typical planning value; 38.901 UMa assumes 500 m). */
export const demoInterSiteDistanceM = 600
/** Each site moves up to this far east and north from its grid point, so spacings vary about 500–700 m. */
const positionJitterM = 50

/**
 * Sites on a hexagonal grid (rows offset by half a spacing, rows √3/2 spacing apart) centred on the
 * frame origin, each moved by a seeded jitter. Heights are uniform 25–45 m, typical of urban
 * rooftop and tower sites; ground altitude is null because the demo carries no terrain model.
 */
export function layoutDemoSites(random: SeededRandom, frame: LocalFrame): DemoSitePlan[] {
  const spacingM = demoInterSiteDistanceM
  const rowSpacingM = (spacingM * Math.sqrt(3)) / 2
  const plans: DemoSitePlan[] = []
  for (let row = 0; row < demoSiteRows; row++) {
    for (let column = 0; column < demoSiteColumns; column++) {
      const gridEastM = (column - (demoSiteColumns - 1) / 2 + (row % 2 === 0 ? -0.25 : 0.25)) * spacingM
      const gridNorthM = (row - (demoSiteRows - 1) / 2) * rowSpacingM
      const eastM = gridEastM + random.uniform(-positionJitterM, positionJitterM)
      const northM = gridNorthM + random.uniform(-positionJitterM, positionJitterM)
      const [lon, lat] = frame.toLonLat(eastM, northM)
      const name = `FT${String(plans.length + 1).padStart(3, '0')}`
      plans.push({
        site: { name, lon: roundTo(lon, 6), lat: roundTo(lat, 6), groundAltitudeM: null },
        eastM,
        northM,
        heightM: random.integer(25, 45),
        rotationDeg: random.uniform(-20, 20),
      })
    }
  }
  return plans
}
