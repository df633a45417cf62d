import type { NewCell } from '../db/cellsTable.js'
import type { KqiRecord } from '../db/kpiKqiTables.js'
import { appRateMbps, loadPage, pingRttMs } from './demoAppModels.js'
import type { DemoSample } from './demoNetwork.js'
import type { DemoSpec } from './demoSpec.js'
import { roundTo } from './roundTo.js'
import type { SeededRandom } from './seededRandom.js'

/** What the app tests run on: the drive's samples, the cells, the script, the story and the cells' load. */
export interface DemoAppTestInputs {
  samples: readonly DemoSample[]
  cells: readonly NewCell[]
  appTests: DemoSpec['appTests']
  stories: DemoSpec['stories']
  /** The cell's PRB utilisation at a time, % (the KPI series); undefined where the series does not reach. */
  prbUtilPctAt: (cell: string, timeMs: number) => number | undefined
}

/** Server time before the first byte when the content server is well, s. */
const normalServerTimeS: readonly [number, number] = [0.05, 0.2]

/** PRB utilisation assumed where the KPI series does not reach, %: a typical daytime load. */
export const defaultPrbUtilPct = 30

interface Window {
  fromMs: number
  toMs: number
}

const windowOf = (w: { fromUtc: string; toUtc: string }): Window => ({ fromMs: Date.parse(w.fromUtc), toMs: Date.parse(w.toUtc) })
const within = (w: Window, timeMs: number): boolean => timeMs >= w.fromMs && timeMs < w.toMs

/** One tick of the drive where the phone has service: the sample's time, serving cell and radio. */
interface Served {
  timeMs: number
  cell: string
  site: string | undefined
  sinrDb: number
  dlMbps: number
}

/**
 * The app KQIs of the drive (see data/demo/README.md): every phone of `appTests.devices` pings
 * `pingServer` every `pingIntervalS` (rttMs with its segments rttRanMs, rttTransportMs, rttCoreMs as
 * sibling records), loads a page of `pages` from `contentServer` every `pageIntervalS`
 * (pageLoadTimeS, ttfbMs, with pageSizeBytes and assetCount as workload siblings) and streams video,
 * logging the throughput of each `videoChunkS` chunk (throughputMbps; both phones on the same tick).
 * Siblings share their seq and context, as an importer writes a published record's values. Each row
 * names the drive sample's serving cell and time; a second without service runs no test. The stories
 * (stories.*) shape the values: backhaul queueing on one site, a slow content server for a while, a
 * phone model's rate collapsing on some sites' cells, and overloaded cells through their PRB utilisation.
 */
export function generateDemoAppKqis(inputs: DemoAppTestInputs, random: SeededRandom): KqiRecord[] {
  const { samples, appTests, stories } = inputs
  const siteOf = new Map(inputs.cells.map((c) => [c.name, c.site]))
  const congestion = windowOf(stories.backhaulCongestion)
  const slowServer = windowOf(stories.slowServer)
  const records: KqiRecord[] = []
  let seq = 0
  const nextPing = appTests.devices.map(() => random.integer(0, appTests.pingIntervalS[1] - 1))
  const nextPage = appTests.devices.map(() => random.integer(0, appTests.pageIntervalS[1] - 1))

  /** The rate a phone's app gets now from the content server, Mbit/s. */
  const rateMbps = (device: string, at: Served): number => {
    const bugged = device === stories.deviceBug.device && at.site !== undefined && stories.deviceBug.sites.includes(at.site)
    const factor = bugged ? random.uniform(...stories.deviceBug.rateFactor) : 1
    const utilPct = inputs.prbUtilPctAt(at.cell, at.timeMs) ?? defaultPrbUtilPct
    const rate = appRateMbps(at.dlMbps, utilPct, appTests.contentServerCapMbps, factor, random)
    return within(slowServer, at.timeMs) ? Math.min(rate, random.uniform(...stories.slowServer.throughputMbps)) : rate
  }
  const queueingMs = (at: Served): number | null =>
    at.site === stories.backhaulCongestion.site && within(congestion, at.timeMs) ? stories.backhaulCongestion.queueingMedianMs : null
  const push = (at: Served, app: string, context: KqiRecord['context'], values: readonly [kqi: string, value: number, unit: string][]): void => {
    seq++
    for (const [kqi, value, unit] of values) records.push({ timeMs: at.timeMs, seq, app, kqi, value, unit, cell: at.cell, context })
  }

  samples.forEach((sample, tick) => {
    const at: Served | null =
      sample.timeMs === null || sample.cellName === null || sample.sinrDb === null || sample.dlMbps === null
        ? null
        : { timeMs: sample.timeMs, cell: sample.cellName, site: siteOf.get(sample.cellName), sinrDb: sample.sinrDb, dlMbps: sample.dlMbps }
    appTests.devices.forEach((device, d) => {
      // Schedules advance with or without service, so that a gap never shifts the tests after it.
      const pingDue = tick >= (nextPing[d] as number)
      if (pingDue) nextPing[d] = tick + random.integer(...appTests.pingIntervalS)
      const pageDue = tick >= (nextPage[d] as number)
      if (pageDue) nextPage[d] = tick + random.integer(...appTests.pageIntervalS)
      if (at === null) return
      if (pingDue) {
        const rtt = pingRttMs(at.sinrDb, queueingMs(at), random)
        push(at, 'ping', { device, server: appTests.pingServer }, [
          ['rttMs', roundTo(rtt.totalMs, 1), 'ms'],
          ['rttRanMs', roundTo(rtt.ranMs, 1), 'ms'],
          ['rttTransportMs', roundTo(rtt.transportMs, 1), 'ms'],
          ['rttCoreMs', roundTo(rtt.coreMs, 1), 'ms'],
        ])
      }
      if (pageDue) {
        const page = appTests.pages[random.integer(0, appTests.pages.length - 1)] as DemoSpec['appTests']['pages'][number]
        const serverTimeS = random.uniform(...(within(slowServer, at.timeMs) ? stories.slowServer.serverTimeS : normalServerTimeS))
        const rtt = pingRttMs(at.sinrDb, queueingMs(at), random)
        const load = loadPage(page, rtt.totalMs, rateMbps(device, at), serverTimeS, random)
        push(at, 'web', { device, server: appTests.contentServer, page: page.page }, [
          ['pageLoadTimeS', roundTo(load.pageLoadTimeS, 2), 's'],
          ['ttfbMs', Math.round(load.ttfbMs), 'ms'],
          ['pageSizeBytes', load.pageSizeBytes, 'B'],
          ['assetCount', load.assetCount, 'count'],
        ])
      }
      if (tick % appTests.videoChunkS === 0) {
        push(at, 'video', { device, server: appTests.contentServer }, [['throughputMbps', roundTo(rateMbps(device, at), 1), 'Mbit/s']])
      }
    })
  })
  return records
}
