/** The sample fields a generic drive-test file can fill, named as in SampleRecord (units in the names). */
export const driveTestFields = [
  'time', 'lon', 'lat', 'altitudeM', 'cellIdentity', 'pci', 'rsrpDbm', 'rsrqDb', 'sinrDb', 'cqi',
  'dlMbps', 'ulMbps', 'technology', 'rssiDbm', 'pathLossDb', 'speedKmh',
] as const
export type DriveTestField = (typeof driveTestFields)[number]

/** The radio measurements: finding one of them besides a position makes a file look like a drive test. */
export const radioMetricFields: readonly DriveTestField[] = ['rsrpDbm', 'rsrqDb', 'sinrDb', 'cqi', 'dlMbps', 'ulMbps', 'rssiDbm', 'pathLossDb']

/**
 * Header names per field, matched after normaliseHeader (case, spaces, underscores, hyphens, dots,
 * slashes and a bracketed unit do not matter: `SS-RSRP`, `ss_rsrp` and `SS RSRP (dBm)` are one name).
 * English as the common tools write them (TEMS, Nemo, G-NetTrack, NetMonster, QualiPoc exports) and
 * Chinese as domestic tools do. Units assumed when the header states none: dBm, dB, Mbit/s, m, km/h.
 */
export const driveTestSynonyms: Record<DriveTestField, readonly string[]> = {
  time: ['time', 'timestamp', 'datetime', 'date time', 'utc', 'utc time', 'local time', '时间', '采样时间', '时间戳', '测试时间'],
  lon: ['lon', 'lng', 'long', 'longitude', 'gps longitude', 'gps lon', '经度'],
  lat: ['lat', 'latitude', 'gps latitude', 'gps lat', '纬度'],
  altitudeM: ['alt', 'altitude', 'height', 'elevation', 'gps altitude', 'relative altitude', 'height agl', 'altitude agl', 'altitude amsl', '高度', '海拔', '飞行高度', '相对高度'],
  cellIdentity: [
    'cell', 'cell id', 'cellid', 'cell identity', 'cell identification', 'eci', 'nci', 'ecgi', 'ncgi', 'cgi', 'serving cell', 'serving cell id',
    '小区', '小区ID', '小区标识', '服务小区', '服务小区ID',
  ],
  pci: ['pci', 'physical cell id', 'physical cell identity', 'serving pci', 'nr pci', '物理小区标识', '物理小区ID', '服务小区PCI'],
  rsrpDbm: ['rsrp', 'ss-rsrp', 'ss_rsrp', 'nr ss-rsrp', 'serving rsrp', '参考信号接收功率', '服务小区RSRP'],
  rsrqDb: ['rsrq', 'ss-rsrq', 'ss_rsrq', 'nr ss-rsrq', 'serving rsrq', '参考信号接收质量', '服务小区RSRQ'],
  sinrDb: ['sinr', 'ss-sinr', 'ss_sinr', 'nr ss-sinr', 'snr', 'rs snr', 'rs sinr', '信噪比', '信干噪比', '服务小区SINR'],
  cqi: ['cqi', 'wideband cqi', '信道质量指示'],
  dlMbps: ['dl', 'dl throughput', 'dl bitrate', 'dl rate', 'downlink', 'downlink throughput', 'dl speed', 'download', 'download speed', '下行速率', '下行吞吐量', '下行吞吐率'],
  ulMbps: ['ul', 'ul throughput', 'ul bitrate', 'ul rate', 'uplink', 'uplink throughput', 'ul speed', 'upload', 'upload speed', '上行速率', '上行吞吐量', '上行吞吐率'],
  technology: ['network', 'rat', 'technology', 'network type', 'network mode', 'network tech', 'serving rat', '制式', '网络类型', '网络制式'],
  rssiDbm: ['rssi', 'carrier rssi', '接收信号强度'],
  pathLossDb: ['pathloss', 'path loss', 'pl', '路损', '路径损耗'],
  speedKmh: ['speed', 'velocity', 'gps speed', '速度', '车速'],
}

/** A header split into its normalised name and the unit it states, if any. */
export interface HeaderName {
  name: string
  /** The unit as written (`kbps`, `Mbit/s`, `m/s`…), trimmed; undefined when the header states none. */
  unit: string | undefined
}

const throughputSuffix = /^(.+?)(kbps|mbps|gbps|bps)$/

/**
 * Normalises a header for synonym matching: NFKC (full-width `（Mbps）` becomes `(Mbps)`), a trailing
 * bracketed unit taken apart, lower case, and spaces, underscores, hyphens, dots and slashes dropped;
 * a throughput unit glued to the name (`dl_kbps`, `DL Mbps`) is taken apart too.
 */
export function normaliseHeader(header: string): HeaderName {
  let text = header.replace(/^\uFEFF/, '').normalize('NFKC').trim()
  let unit: string | undefined
  const bracketed = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/.exec(text)
  if (bracketed !== null && (bracketed[1] as string).length > 0) {
    text = bracketed[1] as string
    unit = (bracketed[2] as string).trim() || undefined
  }
  let name = text.toLowerCase().replace(/[\s_\-./]+/g, '')
  const suffix = unit === undefined ? throughputSuffix.exec(name) : null
  if (suffix !== null) {
    name = suffix[1] as string
    unit = suffix[2]
  }
  return { name, unit }
}

const bitRateUnits: Record<string, number> = { bps: 1e-6, kbps: 1e-3, mbps: 1, gbps: 1e3 }

/**
 * Factor from a stated unit to the field's unit (Mbit/s, km/h, m), or undefined when the unit is not
 * one we know for that field. Bit rates: bps, kbps, Mbps, Gbps, kbit/s…; an upper-case B means bytes
 * (kB/s, MB/s, ×8). Speeds: km/h, m/s, mph, kn. Altitudes: m, ft. No unit means the field's own.
 */
export function unitScale(field: DriveTestField, unit: string | undefined): number | undefined {
  if (unit === undefined) return 1
  const u = unit.replace(/\s+/g, '')
  if (field === 'dlMbps' || field === 'ulMbps') {
    const m = /^([kKmMgG]?)(bps|bit\/s|bits\/s|b\/s|B\/s|Bps|byte\/s|bytes\/s)$/.exec(u)
    if (m === null) return undefined
    const bytes = m[2] === 'B/s' || m[2] === 'Bps' || (m[2] as string).startsWith('byte')
    const prefix = (m[1] as string).toLowerCase()
    return (bitRateUnits[`${prefix}bps`] as number) * (bytes ? 8 : 1)
  }
  const lower = u.toLowerCase()
  if (field === 'speedKmh') return ({ 'km/h': 1, kmh: 1, kph: 1, 'm/s': 3.6, mps: 3.6, mph: 1.609344, kn: 1.852, knots: 1.852, kt: 1.852 } as Record<string, number>)[lower]
  if (field === 'altitudeM') return /^(m|metres?|meters?|米)(agl|amsl|msl)?$/.test(lower) ? 1 : /^(ft|feet)(agl|amsl|msl)?$/.test(lower) ? 0.3048 : undefined
  return 1
}

/** The altitude reference a header states (`height_agl`, `Altitude (m AMSL)`, 海拔 = above sea level), or null. */
export function altitudeReference(header: string): 'AGL' | 'AMSL' | null {
  const text = header.toLowerCase()
  if (/agl|relative|相对|离地/.test(text)) return 'AGL'
  if (/amsl|msl|sea|海拔/.test(text)) return 'AMSL'
  return null
}

const fieldsByName = new Map<string, DriveTestField>()
for (const field of driveTestFields) fieldsByName.set(field.toLowerCase(), field)
for (const [alias, field] of Object.entries({
  timestamp: 'time', longitude: 'lon', lng: 'lon', latitude: 'lat', altitude: 'altitudeM', alt: 'altitudeM', height: 'altitudeM',
  cell: 'cellIdentity', cellid: 'cellIdentity', eci: 'cellIdentity', nci: 'cellIdentity', rsrp: 'rsrpDbm', rsrq: 'rsrqDb', sinr: 'sinrDb',
  snr: 'sinrDb', dl: 'dlMbps', ul: 'ulMbps', network: 'technology', rat: 'technology', rssi: 'rssiDbm', pathloss: 'pathLossDb', speed: 'speedKmh',
} satisfies Record<string, DriveTestField>)) {
  fieldsByName.set(alias, field)
}

const fieldsBySynonym = new Map<string, DriveTestField>()
for (const field of driveTestFields) for (const synonym of driveTestSynonyms[field]) fieldsBySynonym.set(normaliseHeader(synonym).name, field)

/** The field a header names by the synonym table, or undefined. */
export function driveTestFieldOfHeader(name: HeaderName): DriveTestField | undefined {
  return fieldsBySynonym.get(name.name)
}

/** The field a mapping key names: a field name (`dlMbps`) or a short alias (`dl`, `rsrp`, `cell`), any case. */
export function driveTestFieldNamed(key: string): DriveTestField | undefined {
  return fieldsByName.get(key.trim().toLowerCase().replace(/[\s_-]+/g, ''))
}
