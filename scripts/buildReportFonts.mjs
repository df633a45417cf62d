#!/usr/bin/env node
// Builds the fonts the SLA report embeds (data/fonts/): Noto Sans SC Regular and Bold (SIL Open Font
// License 1.1), cut down to Latin, Greek, punctuation and symbols plus the 7 445 characters of
// GB 2312, so that a report in Chinese renders on any machine without shipping 20 MB of font. pdfkit
// embeds only the glyphs a report uses.
//
// Source: Google Fonts' Noto Sans SC TTFs as packaged on npm by @expo-google-fonts/noto-sans-sc:
//   npm pack @expo-google-fonts/noto-sans-sc@0.4.3 && tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz
//   node scripts/buildReportFonts.mjs package
// Needs `pyftsubset` (Debian package fonttools). The outputs are committed; run this only to change
// the character set or the font version.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [source] = process.argv.slice(2)
if (source === undefined) {
  console.error('usage: node scripts/buildReportFonts.mjs <unpacked @expo-google-fonts/noto-sans-sc package folder>')
  process.exit(2)
}
const out = fileURLToPath(new URL('../data/fonts/', import.meta.url))

/** Code points of GB 2312 (rows 0xA1–0xF7, cells 0xA1–0xFE), decoded through GB 18030. */
function gb2312CodePoints() {
  const decoder = new TextDecoder('gb18030')
  const points = new Set()
  for (let row = 0xa1; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const text = decoder.decode(Uint8Array.of(row, cell))
      if (text.length === 1 && text !== '\ufffd') points.add(text.codePointAt(0))
    }
  }
  return points
}

const ranges = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x0391, 0x03c9], [0x2000, 0x206f], [0x2070, 0x209f], [0x20a0, 0x20bf], [0x2100, 0x214f],
  [0x2190, 0x21ff], [0x2200, 0x22ff], [0x2300, 0x23ff], [0x25a0, 0x25ff], [0x2600, 0x26ff], [0x3000, 0x303f], [0xff00, 0xffef],
]
const codePoints = gb2312CodePoints()
for (const [from, to] of ranges) for (let c = from; c <= to; c++) codePoints.add(c)
const listFile = join(mkdtempSync(join(tmpdir(), 'certus-fonts-')), 'unicodes.txt')
writeFileSync(listFile, [...codePoints].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join('\n'))

for (const [file, name] of [['400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'], ['700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf']]) {
  const run = spawnSync('pyftsubset', [join(source, file), `--unicodes-file=${listFile}`, '--no-hinting', '--layout-features=*', `--output-file=${join(out, name)}`], { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error('pyftsubset failed (Debian: apt install fonttools)')
    process.exit(1)
  }
  console.log(`${name}: ${codePoints.size} code points`)
}
copyFileSync(join(source, 'LICENSE_FONT'), join(out, 'OFL.txt'))
