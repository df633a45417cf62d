import { runCli } from './main.js'
import { processCliContext } from './processContext.js'

// Composition root of the CLI: the only place that hands the real process to the commands.
process.exitCode = await runCli(process.argv.slice(2), processCliContext())
