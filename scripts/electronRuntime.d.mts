export type ElectronRuntime = { ok: true; binary: string; version: string } | { ok: false; reason: string }
export function findElectronRuntime(root: string, env: Record<string, string | undefined>): ElectronRuntime
