import { describe, expect, it } from 'vitest'
import type { KqiRecord } from '../db/kpiKqiTables.js'
import { demoSpec } from './demoSpec.js'
import { generateDemoNetwork } from './generateDemoNetwork.js'

const network = generateDemoNetwork()
const { kqis, samples } = network
const { appTests, stories } = demoSpec
const sampleAt = new Map(samples.map((s) => [s.timeMs, s]))
const siteOf = new Map(network.cells.map((c) => [c.name, c.site]))
const within = (w: { fromUtc: string; toUtc: string }, timeMs: number): boolean => timeMs >= Date.parse(w.fromUtc) && timeMs < Date.parse(w.toUtc)
const deviceOf = (r: KqiRecord): unknown => r.context.device
const of = (kqi: string): KqiRecord[] => kqis.filter((r) => r.kqi === kqi)

/** Whether a KQI row falls in any story: the congested site, the slow server, the buggy phone's sites, the overloaded cells. */
function inStory(r: KqiRecord): boolean {
  const site = siteOf.get(r.cell as string)
  return (
    (site === stories.backhaulCongestion.site && within(stories.backhaulCongestion, r.timeMs as number)) ||
    within(stories.slowServer, r.timeMs as number) ||
    (deviceOf(r) === stories.deviceBug.device && stories.deviceBug.sites.includes(site as string)) ||
    (stories.overloadedCells.cells.includes(r.cell as string) && within(stories.overloadedCells, r.timeMs as number))
  )
}

describe('generateDemoAppKqis: the app tests beside the drive', () => {
  it('names on every row the serving cell of the drive sample logged at the same second', () => {
    expect(kqis.length).toBeGreaterThan(3000)
    for (const r of kqis) expect(r.cell).toBe(sampleAt.get(r.timeMs as number)?.cellName)
  })

  it('runs the script on both phones: pings 5–10 s apart, pages 12–20 s apart, a video chunk every 10 s on the same tick', () => {
    for (const device of appTests.devices) {
      const gapsS = (kqi: string): number[] => {
        const times = of(kqi).filter((r) => deviceOf(r) === device).map((r) => r.timeMs as number)
        return times.slice(1).map((t, i) => (t - (times[i] as number)) / 1000)
      }
      expect(Math.min(...gapsS('rttMs'))).toBeGreaterThanOrEqual(5)
      expect(Math.max(...gapsS('rttMs'))).toBeLessThanOrEqual(10)
      expect(Math.min(...gapsS('pageLoadTimeS'))).toBeGreaterThanOrEqual(12)
      expect(Math.max(...gapsS('pageLoadTimeS'))).toBeLessThanOrEqual(20)
      expect(new Set(gapsS('throughputMbps'))).toEqual(new Set([10]))
    }
    const chunkTimes = (device: string): number[] => of('throughputMbps').filter((r) => deviceOf(r) === device).map((r) => r.timeMs as number)
    expect(chunkTimes(appTests.devices[0]!)).toEqual(chunkTimes(appTests.devices[1]!))
  })

  it('writes each test as one record: siblings share seq, app, time and context, and the RTT exceeds the sum of its segments (the rest lies beyond the core)', () => {
    const bySeq = new Map<number, KqiRecord[]>()
    for (const r of kqis) bySeq.set(r.seq as number, [...(bySeq.get(r.seq as number) ?? []), r])
    const shapes = new Set<string>()
    for (const group of bySeq.values()) {
      shapes.add(`${group[0]!.app}:${group.map((r) => r.kqi).join(',')}`)
      for (const r of group) expect([r.app, r.timeMs, r.context]).toEqual([group[0]!.app, group[0]!.timeMs, group[0]!.context])
      if (group[0]!.app !== 'ping') continue
      const [total, ...segments] = group.map((r) => r.value)
      expect(total! - segments.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    }
    expect(shapes).toEqual(
      new Set(['ping:rttMs,rttRanMs,rttTransportMs,rttCoreMs', 'web:pageLoadTimeS,ttfbMs,pageSizeBytes,assetCount', 'video:throughputMbps']),
    )
    expect(new Set(kqis.map((r) => r.unit))).toEqual(new Set(['ms', 's', 'B', 'count', 'Mbit/s']))
  })

  it('is fine outside the stories: no RTT above 100 ms, no video chunk below 10 Mbit/s, no first byte after 800 ms', () => {
    const calm = kqis.filter((r) => !inStory(r))
    expect(calm.length).toBeGreaterThan(kqis.length / 2)
    for (const r of calm) {
      if (r.kqi === 'rttMs') expect(r.value).toBeLessThanOrEqual(100)
      if (r.kqi === 'throughputMbps') expect(r.value).toBeGreaterThanOrEqual(10)
      if (r.kqi === 'ttfbMs') expect(r.value).toBeLessThanOrEqual(800)
    }
  })

  it('tells the stories: backhaul queueing on one site, a slow server for a while, one phone model failing on two sites', () => {
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
    const congested = of('rttTransportMs').filter((r) => siteOf.get(r.cell as string) === stories.backhaulCongestion.site)
    expect(congested.length).toBeGreaterThan(20)
    expect(median(congested.map((r) => r.value))).toBeGreaterThan(80)
    const slowTtfb = of('ttfbMs').filter((r) => within(stories.slowServer, r.timeMs as number))
    expect(slowTtfb.length).toBeGreaterThan(10)
    for (const r of slowTtfb) expect(r.value).toBeGreaterThan(stories.slowServer.serverTimeS[0] * 1000)
    const onBugSites = of('throughputMbps').filter((r) => stories.deviceBug.sites.includes(siteOf.get(r.cell as string) as string))
    const chunks = (device: string): Map<number, number> => new Map(onBugSites.filter((r) => deviceOf(r) === device).map((r) => [r.timeMs as number, r.value]))
    const buggy = chunks(stories.deviceBug.device)
    const other = chunks(appTests.devices.find((d) => d !== stories.deviceBug.device)!)
    expect(buggy.size).toBeGreaterThan(5)
    // At most rateFactor's 8 % of the drive's DL rate at that second, and below the other phone's; below 10 Mbit/s mostly.
    for (const [timeMs, mbps] of buggy) {
      expect(mbps).toBeLessThanOrEqual(0.08 * (sampleAt.get(timeMs)?.dlMbps as number) + 0.05)
      expect(mbps).toBeLessThan(other.get(timeMs) as number)
    }
    expect([...buggy.values()].filter((mbps) => mbps < 10).length).toBeGreaterThan(buggy.size / 2)
    expect(Math.min(...other.values())).toBeGreaterThanOrEqual(10)
  })
})
