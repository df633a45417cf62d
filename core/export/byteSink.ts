import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { Zip, ZipDeflate } from 'fflate'

/** Where an exporter's bytes go, in order. */
export interface ByteSink {
  write(bytes: Uint8Array): void
  /** Flushes and closes; the bytes are on disk when it returns. */
  close(): void
}

/** A file opened for writing (created or truncated). */
export function fileSink(path: string): ByteSink {
  const fd = openSync(path, 'w')
  return {
    write(bytes) {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    },
    close() {
      // On disk before the caller renames it into place: a crash never leaves a renamed partial file.
      fsyncSync(fd)
      closeSync(fd)
    },
  }
}

/**
 * A zip archive of one deflated entry written as the bytes arrive (KMZ: `doc.kml`), so that the
 * document is never held whole in memory.
 */
export function zipEntrySink(target: ByteSink, entryName: string): ByteSink {
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    target.write(chunk)
  })
  const entry = new ZipDeflate(entryName, { level: 6 })
  zip.add(entry)
  return {
    write: (bytes) => entry.push(bytes),
    close() {
      entry.push(new Uint8Array(0), true)
      zip.end()
      target.close()
    },
  }
}

/** Text into a sink as UTF-8, in chunks of about a megabyte. */
export class TextWriter {
  private parts: string[] = []
  private length = 0
  private readonly encoder = new TextEncoder()

  constructor(private readonly sink: ByteSink) {}

  write(text: string): void {
    this.parts.push(text)
    this.length += text.length
    if (this.length >= 1 << 20) this.flush()
  }

  flush(): void {
    if (this.parts.length === 0) return
    this.sink.write(this.encoder.encode(this.parts.join('')))
    this.parts = []
    this.length = 0
  }

  close(): void {
    this.flush()
    this.sink.close()
  }
}
