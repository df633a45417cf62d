#!/usr/bin/env node
// `npm run bench -- <name>`: runs one benchmark (or all) and writes its results to bench/results/.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const benchDir = fileURLToPath(new URL('.', import.meta.url))
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !available.includes(name))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`)
  process.exit(2)
}
for (const name of asked.length > 0 ? asked : available) {
  console.log(`\n== ${name}`)
  // --expose-gc lets a benchmark settle memory between runs; tsx runs the TypeScript as the CLI does.
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${benchDir}${name}.bench.ts`], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
