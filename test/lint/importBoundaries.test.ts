import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/cliProcess.js'

const eslint = new ESLint({ cwd: repoRoot })

/** Lints a snippet as if it lived at `filePath`; returns the boundary violations. */
const violations = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${filePath}` })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries (style.md: dependencies point one way)', () => {
  it.each([
    ['core/db/x.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['core/host/x.ts', "import { ref } from 'vue'\nexport const a = ref\n"],
    ['core/api/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n"],
    ['core/api/x.ts', "import { openProjectDb } from '../db/openProjectDb.js'\nexport const a = openProjectDb\n"],
    ['core/geo/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n"],
    ['renderer/src/x.ts', "import { openProjectDb } from '../../core/db/openProjectDb.js'\nexport const a = openProjectDb\n"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n"],
    ['electron/main/x.ts', "import { openProjectDb } from '../../core/db/openProjectDb.js'\nexport const a = openProjectDb\n"],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).not.toEqual([])
  })

  it.each([
    ['core/host/x.ts', "import { openProjectDb } from '../db/openProjectDb.js'\nexport const a = openProjectDb\n"],
    ['renderer/src/x.ts', "import { createClient } from '../../core/api/client.js'\nexport const a = createClient\n"],
    ['electron/main/x.ts', "import { requireMethod } from '../../core/api/validate.js'\nexport const a = requireMethod\n"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([])
  })
})
