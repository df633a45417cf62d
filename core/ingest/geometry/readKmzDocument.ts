import { unzipSync } from 'fflate'
import { FileRefusal } from '../importer.js'
import { decodeText } from './decodeText.js'

/**
 * The KML document inside a KMZ (a zip archive): `doc.kml` at the root by convention, else the first
 * `.kml` entry, which is what Google Earth loads. Only `.kml` entries are inflated (images and models
 * are left packed). Refuses a file that is not a zip or holds no KML.
 */
export function readKmzDocument(bytes: Uint8Array, fileName: string): string {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.kml') })
  } catch (error) {
    throw new FileRefusal(`${fileName}: not a readable KMZ (zip) archive: ${(error as Error).message}`)
  }
  const names = Object.keys(entries)
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names[0]
  if (main === undefined) throw new FileRefusal(`${fileName}: the KMZ archive holds no .kml document`)
  return decodeText(entries[main] as Uint8Array)
}

