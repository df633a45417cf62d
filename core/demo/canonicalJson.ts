/**
 * JSON with object keys sorted at every level and no whitespace, so equal data always gives equal
 * text whatever order its properties were built in (the idea of RFC 8785, without its number
 * re-serialisation: JavaScript's shortest round-trip number form is already stable).
 * Refuses values JSON cannot carry faithfully (NaN, ±Infinity, undefined in arrays, functions, bigints).
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$')
}

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${String(value)} has no JSON form`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${path}[${i}]`)).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`)}`).join(',')}}`
  }
  throw new Error(`${path}: a ${typeof value} has no JSON form`)
}
