import { requireInRange } from './experienceInputError.js'

/** A live video stream sent over an uplink whose throughput is known per sample. */
export interface LiveUplinkVideoInput {
  /** Uplink throughput available to the stream per sample, Mbit/s (≥ 0). */
  throughputMbps: readonly number[]
  /** Length of one throughput sample, s (default 1: a per-second trace). */
  sampleIntervalS?: number
  /** Encoder (constant) bitrate, Mbit/s. */
  encoderRateMbps: number
  /** Encoder frame rate, fps (default 30). */
  frameRateFps?: number
  /** Playout (de-jitter) buffer: the most a frame may wait in the sender queue and on the link, s (default 0.5). */
  playoutBufferS?: number
  /** T_rec, time after the next good frame until the picture is clean again (default 0.5 s). */
  recoveryTimeS?: number
  /**
   * Whether the sender drops frames that can no longer meet their deadline (SRT-style too-late drop;
   * default true). When false, every frame is sent and a backlog delays the frames after it too.
   */
  dropLateFrames?: boolean
}

/** One freeze: from the display time of its first late frame, s, and how long it lasted, s. */
export interface Freeze {
  startS: number
  durationS: number
}

/** Interruption figures of the stream over the trace. */
export interface LiveUplinkVideoResult {
  /** Total frozen time, s, and its share of the evaluated time (0…1). */
  interruptionS: number
  interruptionRatio: number
  freezeCount: number
  longestFreezeS: number
  freezes: Freeze[]
  /** Frames that missed their deadline, of all frames evaluated. */
  lateFrameCount: number
  frameCount: number
  /** Time evaluated, s: frames whose deadline falls inside the trace. */
  evaluatedDurationS: number
}

/**
 * Defaults, our choices: a 0.5 s playout buffer (live contribution uses 0.12–2 s) and T_rec = 0.5 s, the
 * mean wait for the next key frame with a 1 s GOP.
 */
export const liveUplinkVideoDefaults = Object.freeze({ sampleIntervalS: 1, frameRateFps: 30, playoutBufferS: 0.5, recoveryTimeS: 0.5, dropLateFrames: true })

const context = 'the live uplink video model'

/**
 * Freezes and interruption time of live uplink video from a throughput trace: a fluid FIFO model. Frames
 * of encoderRate/fps Mbit enter the sender queue every 1/fps s; the queue drains at the link rate of
 * each sample; a frame is late when its queueing plus transfer delay exceeds the playout buffer. A freeze
 * runs from the first late frame to the next good frame plus T_rec (the corruption duration of TS 26.114
 * §16.2.1 plus decoder recovery); overlapping freezes merge. The buffer absorbs the end of an outage:
 * frames captured in its last `playoutBufferS` still arrive in time, so an outage of D s freezes about
 * D − buffer + T_rec. The network-calculus bound of
 * sla-and-qoe-models.md §5.3 (delay ≤ Tₛ + b/R) is the same queue seen from its worst case.
 */
export function liveUplinkVideo(input: LiveUplinkVideoInput): LiveUplinkVideoResult {
  const options = validate(input)
  const traceDurationS = input.throughputMbps.length * options.sampleIntervalS
  const frameSizeMbit = input.encoderRateMbps / options.frameRateFps
  const frameCount = Math.max(0, Math.floor((traceDurationS - options.playoutBufferS) * options.frameRateFps + 1e-9) + 1)
  const late: boolean[] = []
  let linkFreeS = 0
  for (let frame = 0; frame < frameCount; frame += 1) {
    const arrivalS = frame / options.frameRateFps
    const deadlineS = arrivalS + options.playoutBufferS
    const startS = Math.max(arrivalS, linkFreeS)
    if (options.dropLateFrames && startS >= deadlineS) {
      late.push(true)
      continue
    }
    const finishS = transferFinishS(input.throughputMbps, options.sampleIntervalS, startS, frameSizeMbit, options.dropLateFrames ? deadlineS : traceDurationS)
    late.push(finishS === null || finishS > deadlineS)
    // A dropping sender aborts at the deadline; otherwise the link stays busy until the frame is through.
    linkFreeS = finishS ?? (options.dropLateFrames ? deadlineS : Infinity)
  }
  const evaluatedDurationS = frameCount / options.frameRateFps
  const freezes = freezesFromLateFrames(late, options.frameRateFps, options.recoveryTimeS, evaluatedDurationS)
  const interruptionS = freezes.reduce((sum, freeze) => sum + freeze.durationS, 0)
  return {
    interruptionS,
    interruptionRatio: evaluatedDurationS === 0 ? 0 : interruptionS / evaluatedDurationS,
    freezeCount: freezes.length,
    longestFreezeS: freezes.reduce((longest, freeze) => Math.max(longest, freeze.durationS), 0),
    freezes,
    lateFrameCount: late.filter(Boolean).length,
    frameCount,
    evaluatedDurationS,
  }
}

/**
 * When `sizeMbit` sent from `startS` over the piecewise-constant trace is through, or null when it is
 * not through by `limitS` (the trace is taken as 0 Mbit/s beyond its end).
 */
function transferFinishS(throughputMbps: readonly number[], sampleIntervalS: number, startS: number, sizeMbit: number, limitS: number): number | null {
  let timeS = startS
  let remainingMbit = sizeMbit
  while (timeS < limitS) {
    const index = Math.floor(timeS / sampleIntervalS + 1e-12)
    const rateMbps = throughputMbps[index]
    if (rateMbps === undefined) return null
    const sampleEndS = Math.min((index + 1) * sampleIntervalS, limitS)
    const capacityMbit = rateMbps * (sampleEndS - timeS)
    if (rateMbps > 0 && capacityMbit >= remainingMbit) return timeS + remainingMbit / rateMbps
    remainingMbit -= capacityMbit
    timeS = sampleEndS
  }
  return null
}

/** Runs of late frames → freezes from the first late frame to the next good frame + T_rec, merged. */
function freezesFromLateFrames(late: readonly boolean[], frameRateFps: number, recoveryTimeS: number, endS: number): Freeze[] {
  const intervals: [number, number][] = []
  let runStart: number | null = null
  late.forEach((isLate, frame) => {
    if (isLate && runStart === null) runStart = frame
    if (!isLate && runStart !== null) {
      intervals.push([runStart / frameRateFps, Math.min(endS, frame / frameRateFps + recoveryTimeS)])
      runStart = null
    }
  })
  if (runStart !== null) intervals.push([runStart / frameRateFps, endS])
  const merged: [number, number][] = []
  for (const [startS, stopS] of intervals) {
    const last = merged[merged.length - 1]
    if (last !== undefined && startS <= last[1]) last[1] = Math.max(last[1], stopS)
    else merged.push([startS, stopS])
  }
  return merged.map(([startS, stopS]) => ({ startS, durationS: stopS - startS }))
}

function validate(input: LiveUplinkVideoInput): Required<Omit<LiveUplinkVideoInput, 'throughputMbps' | 'encoderRateMbps'>> {
  const d = liveUplinkVideoDefaults
  input.throughputMbps.forEach((value, index) => requireInRange(`throughputMbps[${index}]`, value, { minimum: 0, maximum: 1e6, unit: 'Mbit/s' }, context))
  requireInRange('encoderRateMbps', input.encoderRateMbps, { minimum: 0.01, maximum: 1e4, unit: 'Mbit/s' }, context)
  return {
    sampleIntervalS: requireInRange('sampleIntervalS', input.sampleIntervalS ?? d.sampleIntervalS, { minimum: 0.001, maximum: 3600, unit: 's' }, context),
    frameRateFps: requireInRange('frameRateFps', input.frameRateFps ?? d.frameRateFps, { minimum: 1, maximum: 240, unit: 'fps' }, context),
    playoutBufferS: requireInRange('playoutBufferS', input.playoutBufferS ?? d.playoutBufferS, { minimum: 0.001, maximum: 60, unit: 's' }, context),
    recoveryTimeS: requireInRange('recoveryTimeS', input.recoveryTimeS ?? d.recoveryTimeS, { minimum: 0, maximum: 60, unit: 's' }, context),
    dropLateFrames: input.dropLateFrames ?? d.dropLateFrames,
  }
}
