// TR 36.777 Table B-3, shadow-fading σ of aerial UTs in the aerial regime (radio-models.md §3.4), dB; hUT in m.

/** RMa-AV LOS σ, dB: 4.2·exp(−0.0046·hUT) (TR 36.777 Table B-3). */
export function rmaAvLosShadowFadingSigmaDb(utHeightM: number): number {
  return 4.2 * Math.exp(-0.0046 * utHeightM)
}

/** UMa-AV LOS σ, dB: 4.64·exp(−0.0066·hUT) (TR 36.777 Table B-3). */
export function umaAvLosShadowFadingSigmaDb(utHeightM: number): number {
  return 4.64 * Math.exp(-0.0066 * utHeightM)
}

/** UMi-AV LOS σ, dB: max(5·exp(−0.01·hUT), 2) (TR 36.777 Table B-3). */
export function umiAvLosShadowFadingSigmaDb(utHeightM: number): number {
  return Math.max(5 * Math.exp(-0.01 * utHeightM), 2)
}

/** NLOS σ of aerial UTs, dB (TR 36.777 Table B-3): RMa-AV 6, UMa-AV 6, UMi-AV 8. */
export const aerialNlosShadowFadingSigmaDb = { 'rma-av': 6, 'uma-av': 6, 'umi-av': 8 } as const
