import type { NewCell } from '../db/cellsTable.js'
import type { DemoNetwork, DemoSample } from './demoNetwork.js'
import type { LocalFrame } from './localFrame.js'
import { generateDemoAppKqis } from './demoAppKqis.js'
import { planDemoCells } from './demoCellPlan.js'
import { buildDriveLoop, sampleDriveLoop } from './demoDriveRoute.js'
import { buildHighPatrol, buildLowPatrol, buildTaskArea } from './demoFlightPlans.js'
import { generateDemoKpis } from './demoKpiSeries.js'
import { createDemoRadioScene } from './demoRadioScene.js'
import { demoOrigin, isInsideDemoBounds } from './demoRegion.js'
import { demoSpec } from './demoSpec.js'
import { layoutDemoSites } from './demoSiteLayout.js'
import { createLocalFrame } from './localFrame.js'
import { roundTo } from './roundTo.js'
import { createSeededRandom, type SeededRandom } from './seededRandom.js'

export type { DemoNetwork, DemoSample } from './demoNetwork.js'

/** The seed of the demo project the app opens on first start. */
export const defaultDemoSeed = demoSpec.seed

/** The drive starts at a fixed time (10:00 China Standard Time), so that output depends on the seed only. */
const driveStartMs = Date.parse(demoSpec.driveTest.startUtc)

/** Drive-test UE antenna height above ground (TR 38.901 hUT default for outdoor UEs: 1.5 m). */
const driveTestUeHeightM = demoSpec.driveTest.ueHeightM

/** Independent PRNG streams, one per part, so changing how one part draws leaves the others unchanged. */
const streams = { sites: 1, cells: 2, drive: 3, shadowing: 4, measurement: 5, flights: 6, appTests: 7, kpis: 8 } as const

/**
 * A synthetic 5G n78 network around Futian, Shenzhen: 30 three-sector sites (90 cells, 8 SSB beams
 * each), a 1 Hz drive-test loop of about two thousand samples predicted from that network, two drone
 * patrols at 60 m and 120 m above ground and one task area; with the app KQIs of two phones driven
 * along (ping, web pages, video) and hourly KPI counters of every cell, shaped by the spec's
 * experience story (data/demo/README.md). Pure and deterministic: the same seed gives identical
 * output. No real network data is used.
 */
export function generateDemoNetwork(options: { seed?: number } = {}): DemoNetwork {
  const seed = options.seed ?? defaultDemoSeed
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, not ${String(seed)}`)
  const random = (stream: number): SeededRandom => createSeededRandom(seed, stream)
  const frame = createLocalFrame(demoOrigin.lon, demoOrigin.lat)

  const sitePlans = layoutDemoSites(random(streams.sites), frame)
  const cells = planDemoCells(sitePlans, random(streams.cells))
  const flights = random(streams.flights)
  const samples = driveTestSamples(cells, frame, seed)
  // Drawn last, each from its own stream: the radio part above is the same with or without them.
  const kpis = generateDemoKpis(cells, demoSpec.kpi, demoSpec.stories.overloadedCells, random(streams.kpis))
  const kqis = generateDemoAppKqis(
    { samples, cells, appTests: demoSpec.appTests, stories: demoSpec.stories, prbUtilPctAt: kpis.prbUtilPctAt },
    random(streams.appTests),
  )
  const network: DemoNetwork = {
    name: demoSpec.name,
    seed,
    sites: sitePlans.map((plan) => plan.site),
    cells,
    samples,
    routes: [buildLowPatrol(flights, frame), buildHighPatrol(flights, frame)],
    areas: [buildTaskArea(flights, frame)],
    kqis,
    kpis: kpis.records,
  }
  assertOnLand(network)
  return network
}

/** The layout keeps every position inside the land box by construction; a point outside is a bug. */
function assertOnLand(network: DemoNetwork): void {
  const points = [
    ...network.sites.map((s) => [s.lon, s.lat, s.name] as const),
    ...network.samples.map((s) => [s.lon, s.lat, `drive sample at ${String(s.timeMs)}`] as const),
    ...network.routes.flatMap((r) => r.points.map(([lon, lat]) => [lon, lat, r.name] as const)),
    ...network.areas.flatMap((a) => a.ring.map(([lon, lat]) => [lon, lat, a.name] as const)),
  ]
  for (const [lon, lat, what] of points) {
    if (!isInsideDemoBounds(lon, lat)) throw new Error(`bug: demo ${what} at ${lon}, ${lat} lies outside the land box of the demo region`)
  }
}

function driveTestSamples(cells: readonly NewCell[], frame: LocalFrame, seed: number): DemoSample[] {
  const driveRandom = createSeededRandom(seed, streams.drive)
  const positions = sampleDriveLoop(buildDriveLoop(driveRandom), driveRandom, { startMs: driveStartMs })
  const scene = createDemoRadioScene(cells, frame, createSeededRandom(seed, streams.shadowing))
  const jitter = createSeededRandom(seed, streams.measurement)
  return positions.map(({ timeMs, eastM, northM }) => {
    const [lon, lat] = frame.toLonLat(eastM, northM)
    const position = { timeMs, lon: roundTo(lon, 6), lat: roundTo(lat, 6), altitudeM: driveTestUeHeightM, altitudeRef: 'AGL' as const }
    const measured = scene(eastM, northM, driveTestUeHeightM, jitter)
    if (measured === null) {
      return { ...position, cellName: null, pci: null, rsrpDbm: null, rsrqDb: null, sinrDb: null, cqi: null, dlMbps: null, ulMbps: null }
    }
    const serving = cells[measured.servingCellIndex] as NewCell
    return {
      ...position,
      cellName: serving.name,
      pci: serving.pci,
      rsrpDbm: roundTo(measured.rsrpDbm, 1),
      rsrqDb: roundTo(measured.rsrqDb, 1),
      sinrDb: roundTo(measured.sinrDb, 1),
      cqi: measured.cqi,
      dlMbps: roundTo(measured.dlMbps, 1),
      ulMbps: roundTo(measured.ulMbps, 1),
    }
  })
}
