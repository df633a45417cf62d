import type { Importer } from '../importer.js'
import { gnettrackImporter } from './gnettrackImporter.js'

/** Every importer Certus has; detection picks among them (chooseImporter.ts). */
export const importers: readonly Importer[] = [gnettrackImporter]
