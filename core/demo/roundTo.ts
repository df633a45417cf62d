/** `value` rounded to `decimals` places; reported values carry the resolution of a measurement log, not of a double. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}
