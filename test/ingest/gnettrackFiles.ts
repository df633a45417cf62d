import { writeFileSync } from 'node:fs'

export const gnettrackHeader =
  'Timestamp,Longitude,Latitude,Speed,Operatorname,CellID,NetworkMode,RSRP,RSRQ,SNR,CQI,RSSI,DL_bitrate,UL_bitrate,State,PINGAVG,PINGMIN,PINGMAX,PINGSTDEV,PINGLOSS,CELLHEX,NODEHEX,LACHEX,RAWCELLID,NRxRSRP,NRxRSRQ'

/** One synthetic G-NetTrack row; `bad` puts a non-number in RSRP. */
export function gnettrackRow(i: number, bad = false): string {
  const t = new Date(Date.UTC(2019, 11, 14, 10) + i * 1000)
  const two = (n: number): string => String(n).padStart(2, '0')
  const stamp = `${t.getUTCFullYear()}.${two(t.getUTCMonth() + 1)}.${two(t.getUTCDate())}_${two(t.getUTCHours())}.${two(t.getUTCMinutes())}.${two(t.getUTCSeconds())}`
  const rsrp = bad ? 'strong' : String(-80 - (i % 30))
  return `${stamp},${(-8.38 - i * 1e-5).toFixed(6)},${(51.93 + i * 1e-5).toFixed(6)},30,B,12,5G,${rsrp},-11,6.0,12,-90,7000,1000,D,-,-,-,-,-,C,9E38,9CBA,11016972,-100.0,-15.0`
}

/** Writes a G-NetTrack-format file of `rows` rows, of which those with index in `badRows` are bad. */
export function writeGnettrackFile(path: string, rows: number, badRows: (i: number) => boolean = () => false): void {
  const lines = [gnettrackHeader]
  for (let i = 0; i < rows; i++) lines.push(gnettrackRow(i, badRows(i)))
  writeFileSync(path, `${lines.join('\n')}\n`)
}
