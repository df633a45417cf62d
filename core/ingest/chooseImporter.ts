import type { FileProbe, ImportOptions, Importer } from './importer.js'
import { importers } from './importers/registry.js'

/**
 * Scores up to this are token claims of generic importers ("a table, so perhaps mine"): they let
 * `--kind` or a mapping's kind reach the kind's generic importer, but never decide a file alone.
 */
export const tokenScore = 0.05

/**
 * The importer for a file: the most confident detector among those of the asked kind. With a mapping,
 * or with `--kind` and no specific format recognised, the kind's generic importer takes the file.
 */
export function chooseImporter(probe: FileProbe, options: ImportOptions, candidates: readonly Importer[] = importers): Importer | undefined {
  const kind = options.kind ?? options.mapping?.kind
  const eligible = candidates.filter((i) => kind === undefined || i.kind === kind)
  let best: Importer | undefined
  let bestScore = kind === undefined ? tokenScore : 0
  for (const importer of eligible) {
    const score = importer.detect(probe)
    if (score > bestScore) {
      best = importer
      bestScore = score
    }
  }
  return best
}
