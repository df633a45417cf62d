import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The report's font files: Noto Sans SC (Latin, GB 2312 and symbols), SIL Open Font License 1.1 (data/fonts/OFL.txt). */
export interface ReportFontFiles {
  regular: string
  bold: string
}

/**
 * data/fonts of the source tree, found from this module like the CLI finds the package root. The
 * Electron bundle moves this module, so the app passes its own folder (the fonts shipped as resources).
 */
export function defaultFontDirectory(): string {
  return fileURLToPath(new URL('../../data/fonts/', import.meta.url))
}

/**
 * The regular and bold font files in `directory` (default {@link defaultFontDirectory}); throws an
 * error naming the missing file, since a report without its font would lose every Chinese glyph.
 */
export function reportFontFiles(directory: string = defaultFontDirectory()): ReportFontFiles {
  const files = { regular: join(directory, 'NotoSansSC-Regular.ttf'), bold: join(directory, 'NotoSansSC-Bold.ttf') }
  for (const path of Object.values(files)) {
    if (!existsSync(path)) throw new Error(`report font ${path} is missing: the report embeds Noto Sans SC from data/fonts (font directory ${directory})`)
  }
  return files
}
