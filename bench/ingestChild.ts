import { performance } from 'node:perf_hooks'
import { openProjectDb } from '../core/db/openProjectDb.js'
import { importFile } from '../core/ingest/importFile.js'

// One Certus import in its own process, so that its peak RSS is its own: prints a JSON line.
const [file, project] = process.argv.slice(2) as [string, string]
const db = openProjectDb(project)
const start = performance.now()
const outcome = await importFile(db, file, {}, { now: new Date() })
const ms = performance.now() - start
db.close()
console.log(JSON.stringify({ status: outcome.status, format: outcome.format, rows: outcome.rows, rejected: outcome.rejected, message: outcome.message, ms, maxRssKb: process.resourceUsage().maxRSS }))
