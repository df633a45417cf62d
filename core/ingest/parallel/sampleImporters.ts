import type { SampleImporter } from '../importer.js'
import { genericDriveTestImporter } from '../importers/genericDriveTestImporter.js'
import { gnettrackImporter } from '../importers/gnettrackImporter.js'
import { nemoImporter } from '../importers/nemoImporter.js'

/** The importers a parsing worker can run, by format (only these load in the worker, so it starts quickly). */
export const sampleImporters: ReadonlyMap<string, SampleImporter> = new Map(
  [genericDriveTestImporter, gnettrackImporter, nemoImporter].map((importer) => [importer.format, importer]),
)
