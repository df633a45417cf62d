/** Modulation schemes of the NR data channels up to 256QAM (TS 38.214 Tables 5.2.2.1-2/-3). */
export type Modulation = 'qpsk' | '16qam' | '64qam' | '256qam'

/** Modulation order Q_m in bits per modulation symbol (TS 38.214 §5.1.3.1; TS 38.306 §4.1.2). */
export const modulationOrder: Readonly<Record<Modulation, number>> = Object.freeze({ qpsk: 2, '16qam': 4, '64qam': 6, '256qam': 8 })

/** The modulation names, lowest order first. */
export const modulations: readonly Modulation[] = Object.freeze(['qpsk', '16qam', '64qam', '256qam'])

/** True when `name` is one of {@link modulations}. */
export function isModulation(name: string): name is Modulation {
  return (modulations as readonly string[]).includes(name)
}
