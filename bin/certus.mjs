#!/usr/bin/env node
// The `certus` command. The core is TypeScript run directly through tsx's loader, so the CLI works
// right after `npm install` with no build step and can never run stale compiled code.
import { register } from 'tsx/esm/api'

register()
await import('../core/cli/bin.ts')
