/** Transmission direction: downlink (gNB → UE) or uplink (UE → gNB). */
export type LinkDirection = 'dl' | 'ul'

export const linkDirections: readonly LinkDirection[] = Object.freeze(['dl', 'ul'])
