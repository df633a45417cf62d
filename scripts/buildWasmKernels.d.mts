export const wasmKernels: { wat: string; module: string; exportName: string }[]
export function compileWat(watPath: string): Promise<Uint8Array>
export function generatedModuleText(kernel: { wat: string; exportName: string }, binary: Uint8Array): string
