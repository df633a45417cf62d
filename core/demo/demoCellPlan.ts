import type { NewCell } from '../db/cellsTable.js'
import type { SeededRandom } from './seededRandom.js'
import { buildSsbBeams } from './demoSsbBeams.js'
import { demoSpec } from './demoSpec.js'
import { nrArfcnToFrequencyMhz } from '../radio/nrArfcn.js'
import { demoInterSiteDistanceM, type DemoSitePlan } from './demoSiteLayout.js'

/**
 * The one n78 carrier every demo cell uses: 100 MHz TDD at 30 kHz SCS (273 PRB, TS 38.101-1
 * Table 5.3.2-1), 49 dBm total transmit power (about 80 W, i.e. 13.9 dBm per RE over 3276
 * subcarriers), a 65° × 10° sector envelope and the DDDSU frame common on n78 (typical planning values).
 */
export const demoCarrier = {
  ...demoSpec.carrier,
  // NR-ARFCN 630000 is 3450 MHz, the middle of a 3400–3500 MHz n78 block (TS 38.104 §5.4.2.1).
  fcMhz: nrArfcnToFrequencyMhz(demoSpec.carrier.arfcn),
}

export const sectorsPerSite = 3

/**
 * Three sectors per site at 0/120/240° plus the site's rotation and a few degrees per sector.
 * PCIs follow the usual mod-3 plan: pci = 3 · siteIndex + sector, so co-sited cells differ in
 * PCI mod 3 (different PSS, TS 38.211 §7.4.2.2) and all 90 are unique within 0…1007.
 */
export function planDemoCells(sites: readonly DemoSitePlan[], random: SeededRandom): NewCell[] {
  const cells: NewCell[] = []
  sites.forEach((plan, siteIndex) => {
    for (let sector = 0; sector < sectorsPerSite; sector++) {
      const azimuthDeg = normaliseDeg(Math.round(sector * 120 + plan.rotationDeg + random.uniform(-5, 5)))
      const { mechanicalTiltDeg, electricalTiltDeg } = planTilts(plan.heightM, random)
      cells.push({
        name: `${plan.site.name}_${sector + 1}`,
        site: plan.site.name,
        lon: plan.site.lon,
        lat: plan.site.lat,
        heightM: plan.heightM,
        azimuthDeg,
        mechanicalTiltDeg,
        electricalTiltDeg,
        pci: sectorsPerSite * siteIndex + sector,
        arfcn: demoCarrier.arfcn,
        band: demoCarrier.band,
        fcMhz: demoCarrier.fcMhz,
        bandwidthMhz: demoCarrier.bandwidthMhz,
        scsKhz: demoCarrier.scsKhz,
        txPowerDbm: demoCarrier.txPowerDbm,
        hBeamwidthDeg: demoCarrier.hBeamwidthDeg,
        vBeamwidthDeg: demoCarrier.vBeamwidthDeg,
        tddPattern: demoCarrier.tddPattern,
        beams: buildSsbBeams(electricalTiltDeg, demoCarrier.vBeamwidthDeg),
      })
    }
  })
  return cells
}

/**
 * Whole-degree tilts whose sum points the main beam at about 0.6 ISD plus a quarter of the vertical
 * beamwidth, a common rule of thumb for interference-limited urban grids. Mechanical tilt is 0–4°
 * and electrical 2–8°, the ranges of typical remote-tilt panels.
 */
function planTilts(heightM: number, random: SeededRandom): { mechanicalTiltDeg: number; electricalTiltDeg: number } {
  const totalTiltDeg = (Math.atan(heightM / (0.6 * demoInterSiteDistanceM)) * 180) / Math.PI + demoCarrier.vBeamwidthDeg / 4
  const mechanicalTiltDeg = random.integer(0, 4)
  const electricalTiltDeg = Math.min(8, Math.max(2, Math.round(totalTiltDeg + random.uniform(-1, 1) - mechanicalTiltDeg)))
  return { mechanicalTiltDeg, electricalTiltDeg }
}

function normaliseDeg(angleDeg: number): number {
  return ((angleDeg % 360) + 360) % 360
}
