import { cpus, totalmem, type as osType, release } from 'node:os'

/** The machine a benchmark ran on, committed with its results. */
export function describeMachine(): Record<string, string | number> {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
  }
}
