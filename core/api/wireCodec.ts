/**
 * Binary framing for API payloads that may hold typed arrays (drive-test points, coverage grids).
 * JSON carries the structure; each typed array is replaced by `{ "$typed": kind, "index": i }` and its
 * bytes follow the JSON, 8-byte aligned, so that the receiver views them without copying.
 *
 * Frame: [u32 little-endian JSON byte length][JSON][pad to 8][u32 count][count × (u32 offset, u32 byteLength)][pad to 8][buffers…]
 * Offsets are from the start of the frame. Environment-neutral: runs in Node and in the browser.
 */

const typedArrayKinds = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const

type TypedArrayKind = keyof typeof typedArrayKinds
type AnyTypedArray = InstanceType<(typeof typedArrayKinds)[TypedArrayKind]>

const kindOf = (value: unknown): TypedArrayKind | undefined => {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined
  for (const [kind, ctor] of Object.entries(typedArrayKinds)) {
    if (value instanceof ctor) return kind as TypedArrayKind
  }
  return undefined
}

const align8 = (n: number): number => (n + 7) & ~7

/** Encodes any JSON-compatible value that may contain typed arrays into one frame. */
export function encodeFrame(value: unknown): Uint8Array<ArrayBuffer> {
  const buffers: AnyTypedArray[] = []
  const json = JSON.stringify(value, (_key, v: unknown) => {
    const kind = kindOf(v)
    if (kind === undefined) return v
    buffers.push(v as AnyTypedArray)
    return { $typed: kind, index: buffers.length - 1 }
  })
  const jsonBytes = new TextEncoder().encode(json)
  const tableStart = align8(4 + jsonBytes.length)
  const dataStart = align8(tableStart + 4 + buffers.length * 8)
  let total = dataStart
  const offsets = buffers.map((b) => {
    const offset = total
    total = align8(total + b.byteLength)
    return offset
  })
  const frame = new Uint8Array(total)
  const view = new DataView(frame.buffer)
  view.setUint32(0, jsonBytes.length, true)
  frame.set(jsonBytes, 4)
  view.setUint32(tableStart, buffers.length, true)
  buffers.forEach((b, i) => {
    const offset = offsets[i] as number
    view.setUint32(tableStart + 4 + i * 8, offset, true)
    view.setUint32(tableStart + 8 + i * 8, b.byteLength, true)
    frame.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), offset)
  })
  return frame
}

/** Decodes a frame made by {@link encodeFrame}; typed arrays come back as views on one private copy of the frame. */
export function decodeFrame(bytes: Uint8Array): unknown {
  // Copy once into an aligned buffer we own, so that typed-array views are aligned and detached from the source.
  const frame = new Uint8Array(bytes.byteLength)
  frame.set(bytes)
  const view = new DataView(frame.buffer)
  if (frame.byteLength < 4) throw new Error('API frame is truncated: fewer than 4 bytes')
  const jsonLength = view.getUint32(0, true)
  if (4 + jsonLength > frame.byteLength) throw new Error('API frame is truncated: JSON length exceeds the frame')
  const json = new TextDecoder().decode(frame.subarray(4, 4 + jsonLength))
  const tableStart = align8(4 + jsonLength)
  const count = tableStart + 4 <= frame.byteLength ? view.getUint32(tableStart, true) : 0
  const spans: { offset: number; byteLength: number }[] = []
  for (let i = 0; i < count; i++) {
    const offset = view.getUint32(tableStart + 4 + i * 8, true)
    const byteLength = view.getUint32(tableStart + 8 + i * 8, true)
    if (offset + byteLength > frame.byteLength) throw new Error(`API frame is truncated: buffer ${i} exceeds the frame`)
    spans.push({ offset, byteLength })
  }
  return JSON.parse(json, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && '$typed' in v && 'index' in v) {
      const { $typed, index } = v as { $typed: string; index: number }
      const ctor = typedArrayKinds[$typed as TypedArrayKind]
      const span = spans[index]
      if (ctor === undefined || span === undefined) throw new Error(`API frame has a bad typed array reference: ${$typed}#${index}`)
      // Offsets are 8-byte aligned within the frame copy, so a view is valid for every element size.
      return new ctor(frame.buffer, span.offset, span.byteLength / ctor.BYTES_PER_ELEMENT)
    }
    return v
  })
}

/** MIME type of a frame on HTTP. */
export const frameContentType = 'application/x-certus-frame'
