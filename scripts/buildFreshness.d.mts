export const buildInputs: string[]
export function isBuildStale(root: string): boolean
