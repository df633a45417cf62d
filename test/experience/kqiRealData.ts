import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { realDataPath } from '../fixtures/realData.js'

/** The four G-NetTrack Download/Driving drives of ucc-5g-gnettrack. */
export const downloadDrives = ['B_2019.12.14_10.16.30.csv', 'B_2019.12.16_07.22.43.csv', 'B_2019.12.16_11.49.59.csv', 'B_2020.02.13_13.03.24.csv']

export const drivePath = (file: string): string => realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', file)

/** Every CSV and ping .log file of 5Gophers 1.0, walking its folders, in name order. */
export function fiveGophersFiles(dir = realDataPath('5gophers', '5Gophers-v1.0')): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? fiveGophersFiles(path) : /\.(csv|log)$/.test(name) ? [path] : []
  })
}
