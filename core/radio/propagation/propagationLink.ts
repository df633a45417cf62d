/** Geometry and carrier of one BS–UT link, as every TR 38.901 / TR 36.777 path-loss formula takes it. */
export interface LinkGeometry {
  /** Carrier frequency, GHz. */
  fcGhz: number
  /** Horizontal BS–UT distance d2D, m. */
  distance2dM: number
  /** BS antenna height above ground hBS, m. */
  bsHeightM: number
  /** UT antenna height above ground hUT, m. */
  utHeightM: number
}

/** A link with the environment parameters of RMa NLOS (TR 38.901 Table 7.4.1-1); the other models ignore them. */
export interface PropagationLink extends LinkGeometry {
  /** Average building height h, m. */
  buildingHeightM: number
  /** Average street width W, m. */
  streetWidthM: number
}

/** d3D = sqrt(d2D² + (hBS − hUT)²), m: the distance every log term uses (radio-models.md §6 trap 2). */
export function distance3dM(link: LinkGeometry): number {
  // sqrt of the sum of squares rather than Math.hypot, which V8 runs several times slower; the inputs are metres, far from overflow.
  const dz = link.bsHeightM - link.utHeightM
  return Math.sqrt(link.distance2dM * link.distance2dM + dz * dz)
}
