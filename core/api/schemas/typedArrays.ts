import { z } from 'zod'

/** Column buffers: large numeric results travel as typed arrays, never as arrays of objects. */
export const float64ArraySchema = z.instanceof(Float64Array)
export const float32ArraySchema = z.instanceof(Float32Array)
export const int32ArraySchema = z.instanceof(Int32Array)
export const uint8ArraySchema = z.instanceof(Uint8Array)
