/**
 * The propagation models Certus evaluates: TR 38.901 Table 7.4.1-1 terrestrial scenarios (`uma`,
 * `umi` = UMi-Street Canyon, `rma`) and their TR 36.777 Annex B aerial-UE extensions (`-av`).
 */
export const pathLossModelNames = ['uma', 'umi', 'rma', 'uma-av', 'umi-av', 'rma-av'] as const

/** One of {@link pathLossModelNames}. */
export type PathLossModelName = (typeof pathLossModelNames)[number]

/** True when `name` is a model Certus knows. */
export function isPathLossModelName(name: string): name is PathLossModelName {
  return (pathLossModelNames as readonly string[]).includes(name)
}
