/**
 * The file layouts of the 5Gophers 1.0 dataset (Narayanan et al., WWW 2020), told apart by header.
 * The publisher documents none of them ("headers should be self-explanatory"); columns and units
 * here follow the headers and the dataset README in shared/data/real/5gophers.
 */
export interface FiveGophersLayout {
  /** Recorded in every KQI row's context as `layout`. */
  id: string
  /** Columns that must all be present; the most specific fully present signature wins. */
  signature: readonly string[]
  /** Test tool: iperf (TCP throughput), ping (ICMP RTT), web (page loads), download (large files). */
  app: string
}

export const fiveGophersLayouts: readonly FiveGophersLayout[] = [
  { id: 'throughput', signature: ['carrier', 'server_location', 'run_num', 'seq_num', 'throughput_mbps'], app: 'iperf' },
  { id: 'rtt', signature: ['rtt_ms', 'carrier', 'server_location'], app: 'ping' },
  { id: 'car-driving', signature: ['seq_num', 'num_tcp_conn', '*_throughput_mbps'], app: 'iperf' },
  { id: 'walking', signature: ['seq_num', 'anonymized_mCid', 'radio_type', 'throughput_mbps', 'nrStatus'], app: 'iperf' },
  { id: 'ue-panel-los', signature: ['location', 'radio_type', 'run_num', 'seq_num', 'throughput_mbps', 'rtt_in_ms'], app: 'iperf' },
  { id: 'ping-trace', signature: ['network_type', 'ue_location', 'target_server', 'probe_num', 'rtt_in_ms'], app: 'ping' },
  { id: 'ue-panel-nlos', signature: ['seq_num', 'obstruction_type', 'throughput_mbps'], app: 'iperf' },
  { id: 'ue-panel-orientation', signature: ['seq_num', 'orientation_angle_in_degrees', 'throughput_mbps'], app: 'iperf' },
  { id: 'ue-panel-distance', signature: ['seq_num', 'distance_in_meters', 'throughput_mbps'], app: 'iperf' },
  { id: 'web-landing-pages', signature: ['record_id', 'page_name', 'radio_type', 'page_load_time_in_sec', 'page_size_in_bytes'], app: 'web' },
  { id: 'web-protocols', signature: ['record_id', 'protocol', 'ssl_tls_flag', 'page_name', 'page_load_time_in_sec'], app: 'web' },
  { id: 'cdn-download', signature: ['record_id', 'content_server', 'content_server_type', 'time_to_download_in_sec', 'throughput_in_mbps'], app: 'download' },
  { id: 'http-https-download', signature: ['record_id', 'protocol', 'file_size_in_bytes', 'time_to_download_in_seconds'], app: 'download' },
]

/** A column holding a KQI: its name (unit as suffix) and unit. `*_throughput_mbps` is one column per carrier. */
export interface KqiColumnSpec {
  kqi: string
  unit: string
}

/**
 * KQI columns by header. The dataset spells one idea several ways (README: `throughput_mbps` vs
 * `throughput_in_mbps`, `rtt_ms` vs `rtt_in_ms`, `time_to_download_in_sec` vs `_in_seconds`).
 * `page_load_time_in_sec` is declared seconds but holds milliseconds: see the importer.
 */
export const kqiColumns: Readonly<Record<string, KqiColumnSpec>> = {
  throughput_mbps: { kqi: 'throughputMbps', unit: 'Mbit/s' },
  throughput_in_mbps: { kqi: 'throughputMbps', unit: 'Mbit/s' },
  rtt_ms: { kqi: 'rttMs', unit: 'ms' },
  rtt_in_ms: { kqi: 'rttMs', unit: 'ms' },
  page_load_time_in_sec: { kqi: 'pageLoadTimeS', unit: 's' },
  page_size_in_bytes: { kqi: 'pageSizeBytes', unit: 'B' },
  number_of_assets: { kqi: 'assetCount', unit: 'count' },
  time_to_download_in_sec: { kqi: 'downloadTimeS', unit: 's' },
  time_to_download_in_seconds: { kqi: 'downloadTimeS', unit: 's' },
  file_size_in_bytes: { kqi: 'fileSizeBytes', unit: 'B' },
}

/** `Sprint_throughput_mbps` → carrier `SPRINT`, upper case as the throughput file writes carriers. */
export const perCarrierThroughput = /^(.+)_throughput_mbps$/i

/** Per-run index columns; seq_num steps about 1 s in the throughput files. No file has absolute times. */
export const seqColumns = ['seq_num', 'probe_num', 'record_id'] as const

/** Context keys renamed from the published header (everything else keeps its published name). */
export const contextRenames: Readonly<Record<string, string>> = { run_num: 'run' }

/** The layout of a header, or undefined: of the layouts whose signature is fully present, the longest. */
export function matchFiveGophersLayout(header: readonly string[]): FiveGophersLayout | undefined {
  const names = new Set(header.map((h) => h.replace(/^\uFEFF/, '').trim()))
  const present = (column: string): boolean =>
    column === '*_throughput_mbps' ? header.filter((h) => perCarrierThroughput.test(h.trim())).length >= 2 : names.has(column)
  let best: FiveGophersLayout | undefined
  for (const layout of fiveGophersLayouts) {
    if (layout.signature.every(present) && (best === undefined || layout.signature.length > best.signature.length)) best = layout
  }
  return best
}

/**
 * Protocol labels in one spelling (README: `HTTP1.1`/`HTTPs1.1` in one file, `HTTP/1.1`, `http/2.0`,
 * `http/2.0+quic/46` in another): upper case, a slash before the version.
 */
export function canonicalProtocol(text: string): string {
  return text.trim().toUpperCase().replace(/^(HTTPS?)(\d)/, '$1/$2')
}
