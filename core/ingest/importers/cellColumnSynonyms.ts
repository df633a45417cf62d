/**
 * Header synonyms of a generic cell (engineering-parameter) sheet, English and Chinese as operators'
 * and vendors' planning exports write them. Matching ignores case, `_`/`-`/space differences and a
 * trailing `(unit)`; a user mapping (`options.mapping.columns`, keyed by these field names) wins.
 */
export const cellColumnSynonyms = {
  site: ['site', 'site name', 'sitename', 'site id', 'siteid', 'enodeb name', 'gnodeb name', 'enb name', 'gnb name', 'nodeb name',
    '站点', '站点名', '站点名称', '基站', '基站名', '基站名称', '站名'],
  cell: ['cell', 'cell name', 'cellname', 'sector', 'sector name', '小区', '小区名', '小区名称', '扇区', '扇区名称'],
  cellIdentity: ['eci', 'nci', 'cell identity', 'cell id', 'cellid', 'ci', 'eutran cell id', 'nr cell id', 'ecgi', 'ncgi', 'cgi',
    '小区标识', '小区id', '小区号', 'eci/nci'],
  mcc: ['mcc', '移动国家码'],
  mnc: ['mnc', '移动网络码'],
  technology: ['technology', 'rat', 'radio', 'system', 'network type', 'tech', '制式', '网络制式', '网络类型'],
  lon: ['lon', 'lng', 'long', 'longitude', '经度', '基站经度', '小区经度'],
  lat: ['lat', 'latitude', '纬度', '基站纬度', '小区纬度'],
  azimuthDeg: ['azimuth', 'azimuth deg', 'azi', 'bearing', 'direction', '方位角', '方向角', '天线方位角'],
  mechanicalTiltDeg: ['mechanical tilt', 'mechanical downtilt', 'mech tilt', 'mtilt', 'm tilt', '机械下倾角', '机械下倾', '机械倾角'],
  electricalTiltDeg: ['electrical tilt', 'electrical downtilt', 'elec tilt', 'etilt', 'e tilt', '电子下倾角', '电子下倾', '电下倾', '电下倾角', '电子倾角'],
  heightM: ['height', 'antenna height', 'height m', 'ant height', '天线挂高', '挂高', '天线高度', '站高'],
  pci: ['pci', 'physical cell id', '物理小区标识', '物理小区id'],
  arfcn: ['arfcn', 'earfcn', 'nr arfcn', 'nrarfcn', 'ssb arfcn', 'dl arfcn', 'dl earfcn', 'ssb frequency', 'channel', '频点', '下行频点', 'ssb频点', '中心频点'],
  band: ['band', 'frequency band', 'freq band', 'operating band', '频段', '工作频段'],
  bandwidthMhz: ['bandwidth', 'bw', 'channel bandwidth', 'dl bandwidth', '带宽', '小区带宽', '信道带宽'],
  scsKhz: ['scs', 'subcarrier spacing', '子载波间隔'],
  fcMhz: ['frequency', 'centre frequency', 'center frequency', 'dl frequency', 'fc', '中心频率', '下行频率'],
  txPowerDbm: ['power', 'tx power', 'transmit power', 'max power', 'max tx power', 'cell power', '发射功率', '功率', '最大发射功率', '小区功率'],
  hBeamwidthDeg: ['horizontal beamwidth', 'h beamwidth', 'hbw', 'horizontal hpbw', '水平波瓣宽度', '水平波束宽度', '水平半功率角'],
  vBeamwidthDeg: ['vertical beamwidth', 'v beamwidth', 'vbw', 'vertical hpbw', '垂直波瓣宽度', '垂直波束宽度', '垂直半功率角'],
  tddPattern: ['tdd pattern', 'frame structure', 'slot configuration', 'tdd config', '帧结构', '时隙配比', '子帧配比'],
  beamCount: ['beam count', 'beams', 'number of beams', 'ssb beams', 'ssb beam count', '波束数', '波束个数', 'ssb波束数'],
  beamAzimuthOffsetsDeg: ['beam azimuth offsets', 'beam azimuth offset', 'beam azimuths', 'beam offsets', 'ssb beam azimuths',
    '波束方位角偏置', '波束水平偏置', '波束方位偏置'],
  // Elevation is positive upward (TR 38.901 §7.1); downtilt columns are not taken as elevation.
  beamElevationsDeg: ['beam elevation', 'beam elevations', '波束仰角'],
  beamHBeamwidthDeg: ['beam horizontal beamwidth', 'beam h beamwidth', 'beam hbw', '波束水平宽度', '波束水平波宽'],
  beamVBeamwidthDeg: ['beam vertical beamwidth', 'beam v beamwidth', 'beam vbw', '波束垂直宽度', '波束垂直波宽'],
  beamGainDbi: ['beam gain', 'beam gain dbi', '波束增益'],
} as const satisfies Record<string, readonly string[]>

export type CellField = keyof typeof cellColumnSynonyms
