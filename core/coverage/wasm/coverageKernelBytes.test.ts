import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileWat, generatedModuleText, wasmKernels } from '../../../scripts/buildWasmKernels.mjs'
import { coverageKernelBase64 } from './coverageKernelBytes.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('coverageKernelBytes.ts (generated)', () => {
  it('holds exactly the binary of coverageKernel.wat as it stands', async () => {
    const kernel = wasmKernels.find((k) => k.exportName === 'coverageKernelBase64')
    if (kernel === undefined) throw new Error('scripts/buildWasmKernels.mjs no longer lists the coverage kernel')
    const binary = await compileWat(`${root}${kernel.wat}`)
    const stale = 'coverageKernelBytes.ts is stale: run `node scripts/buildWasmKernels.mjs` after editing coverageKernel.wat'
    expect(coverageKernelBase64, stale).toBe(Buffer.from(binary).toString('base64'))
    expect(generatedModuleText(kernel, binary)).toContain(`export const ${kernel.exportName} =`)
  })
})
