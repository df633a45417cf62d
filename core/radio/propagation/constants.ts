/**
 * Speed of light used by the propagation models, m/s: 3.0e8, not the exact 299 792 458.
 *
 * Why the rounded value: it is the value recalled for TR 38.901 Table 7.4.1-1 note 1 (UNVERIFIED, no
 * spec text at hand), and the published golden vectors (ns-3's three-gpp-propagation-loss-model test
 * suite, docs/radio-models.md §1.7) assume it. It only enters the breakpoint distances (d'BP, dBP),
 * where the exact value would lower post-breakpoint path loss by about 0.005 dB (radio-models.md §6
 * trap 4); tests state a 0.01 dB tolerance, which covers either choice.
 */
export const speedOfLightMps = 3.0e8
