/**
 * The first-order models behind the demo's app KQIs: a ping's round trip split by segment, the rate
 * an app gets from the cell, and a web page load. Made-up but plausible shapes for a synthetic demo,
 * not calibrated to measurements; each constant says what it stands for.
 */

import type { SeededRandom } from './seededRandom.js'

/** A ping's round trip and its segments, ms: radio (UE–gNB), transport (gNB–core), core (UPF), and the rest to the server. */
export interface RttSegmentsMs {
  ranMs: number
  transportMs: number
  coreMs: number
  internetMs: number
  totalMs: number
}

/** Radio round trip at good SINR, ms: 5G NR scheduling and HARQ on a DDDSU TDD carrier take a few slots each way. */
const ranBaseMs = 6
/** Extra radio round trip per dB of SINR below 5 dB, ms: retransmissions at the cell edge. */
const ranPerDbBelow5Ms = 1.2
/** Scheduling jitter of the radio segment: exponential with this mean, cut at ranJitterCapMs. */
const ranJitterMeanMs = 2
const ranJitterCapMs = 8
/** Spread (σ of the log) of backhaul queueing when congested. */
const queueingLogSigma = 0.4

const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x))

/**
 * One ping's segments. `queueingMedianMs` is the median queueing on a congested backhaul (log-normal,
 * σ of the log queueingLogSigma, cut at ±2.5 σ), null when the backhaul is not congested.
 */
export function pingRttMs(sinrDb: number, queueingMedianMs: number | null, random: SeededRandom): RttSegmentsMs {
  const ranMs = ranBaseMs + Math.max(0, 5 - sinrDb) * ranPerDbBelow5Ms + Math.min(ranJitterCapMs, -ranJitterMeanMs * Math.log(1 - random.next()))
  const queueingMs = queueingMedianMs === null ? 0 : queueingMedianMs * Math.exp(queueingLogSigma * clamp(random.normal(), -2.5, 2.5))
  const transportMs = random.uniform(2, 5) + queueingMs
  const coreMs = random.uniform(2, 4)
  const internetMs = random.uniform(4, 8)
  return { ranMs, transportMs, coreMs, internetMs, totalMs: ranMs + transportMs + coreMs + internetMs }
}

/**
 * The DL rate an app gets, Mbit/s: the drive test's DL rate (the link's rate with the whole carrier)
 * times the share of PRBs the other users leave idle (1 − utilisation), times `factor` (a terminal's
 * own shortfall, 1 when none), capped by what the server sends, with ±2.5 % of TCP wobble.
 */
export function appRateMbps(dlMbps: number, prbUtilPct: number, capMbps: number, factor: number, random: SeededRandom): number {
  return Math.min(capMbps, dlMbps * (1 - prbUtilPct / 100) * factor) * random.uniform(0.95, 1)
}

/** A page as the demo's browser fetches it. */
export interface DemoPage {
  page: string
  sizeBytes: number
  assetCount: number
}

/** A page load's outcome and the workload it fetched. */
export interface PageLoad {
  ttfbMs: number
  pageLoadTimeS: number
  pageSizeBytes: number
  assetCount: number
}

/** Round trips before the first byte: DNS lookup, TCP and TLS handshakes, and the request. */
const roundTripsToFirstByte = 3
/** Parallel connections per host of an HTTP/1.1 browser: assets are fetched this many at a time. */
const parallelConnections = 6
/** Share of the server's time each round of assets waits for (dynamic assets wait, cached ones do not). */
const serverTimePerRound = 0.1

/**
 * One page load: time to first byte = server time + 3 RTT; load time = TTFB + one RTT (plus a tenth
 * of the server time) per round of 6 assets + the bytes at the app's rate + 0.2–0.5 s of rendering.
 * The page's size varies by ±10 % and its asset count by ±5 from load to load (dynamic content).
 */
export function loadPage(page: DemoPage, rttMs: number, rateMbps: number, serverTimeS: number, random: SeededRandom): PageLoad {
  const pageSizeBytes = Math.round(page.sizeBytes * random.uniform(0.9, 1.1))
  const assetCount = Math.max(1, page.assetCount + random.integer(-5, 5))
  const rttS = rttMs / 1000
  const ttfbS = serverTimeS + roundTripsToFirstByte * rttS
  const rounds = Math.ceil(assetCount / parallelConnections)
  const transferS = (pageSizeBytes * 8) / (Math.max(rateMbps, 0.1) * 1e6)
  const pageLoadTimeS = ttfbS + rounds * (rttS + serverTimePerRound * serverTimeS) + transferS + random.uniform(0.2, 0.5)
  return { ttfbMs: ttfbS * 1000, pageLoadTimeS, pageSizeBytes, assetCount }
}
