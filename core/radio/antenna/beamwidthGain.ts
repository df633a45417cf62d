/**
 * Peak gain in dBi of a beam with the given half-power widths (degrees): G ≈ 32 400 / (φ3dB · θ3dB),
 * the practical form of Kraus's directivity approximation D ≈ 41 253 / (φ3dB · θ3dB) times a typical
 * efficiency of 0.785. A planning value for a beam known only by its widths (e.g. a cell sheet without
 * a gain column), not a vendor pattern: 15° × 10° gives 23.3 dBi. For the array model's own gain see
 * planarArray.ts (element + array factor), which does not use this.
 */
export function beamwidthGainDbi(hBeamwidthDeg: number, vBeamwidthDeg: number): number {
  return 10 * Math.log10(32_400 / (hBeamwidthDeg * vBeamwidthDeg))
}
