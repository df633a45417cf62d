import { rmaBreakpointDistanceM } from './breakpointDistance.js'
import type { LinkGeometry } from './propagationLink.js'

/** Shadow-fading σ of outdoor UMa UTs, dB (TR 38.901 Table 7.4.1-1): LOS 4, NLOS 6. */
export const umaShadowFadingSigmaDb = { los: 4, nlos: 6 } as const

/**
 * Shadow-fading σ of outdoor UMi-Street Canyon UTs, dB (TR 38.901 Table 7.4.1-1): LOS 4, NLOS 7.82.
 * Not ns-3's 7 dB for every sub-6 GHz link: that belongs to the O2I model (radio-models.md §1.4).
 */
export const umiShadowFadingSigmaDb = { los: 4, nlos: 7.82 } as const

/** Shadow-fading σ of RMa, dB (TR 38.901 Table 7.4.1-1): LOS 4 up to dBP and 6 beyond, NLOS 8. */
export const rmaShadowFadingSigmaDb = { losBeforeBreakpoint: 4, losAfterBreakpoint: 6, nlos: 8 } as const

/** Shadow-fading σ of indoor (O2I) UTs, dB (TR 38.901 O2I tables as in Sionna): UMa/UMi 7, RMa 8. */
export const o2iShadowFadingSigmaDb = { uma: 7, umi: 7, rma: 8 } as const

/** RMa LOS shadow-fading σ, dB: 4 while d2D ≤ dBP, 6 beyond (TR 38.901 Table 7.4.1-1; d2D as for the PL branch). */
export function rmaLosShadowFadingSigmaDb(link: LinkGeometry): number {
  const breakpointM = rmaBreakpointDistanceM(link.bsHeightM, link.utHeightM, link.fcGhz)
  return link.distance2dM <= breakpointM ? rmaShadowFadingSigmaDb.losBeforeBreakpoint : rmaShadowFadingSigmaDb.losAfterBreakpoint
}

/**
 * Shadow-fading decorrelation distances, m (TR 38.901 Table 7.5-6 part 1, via Sionna and ns-3):
 * the distance over which the correlation of the log-normal shadowing falls to 1/e.
 */
export const shadowFadingDecorrelationM = {
  uma: { los: 37, nlos: 50, o2i: 7 },
  umi: { los: 10, nlos: 13, o2i: 7 },
  rma: { los: 37, nlos: 120, o2i: 120 },
} as const
