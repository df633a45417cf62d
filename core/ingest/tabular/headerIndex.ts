/** Column positions by header name, compared case- and space-insensitively. */
export class HeaderIndex {
  private readonly positions = new Map<string, number>()

  constructor(readonly header: readonly string[]) {
    header.forEach((name, i) => {
      const key = HeaderIndex.normalise(name)
      if (!this.positions.has(key)) this.positions.set(key, i)
    })
  }

  static normalise(name: string): string {
    return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ')
  }

  /** Position of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const name of names) {
      const i = this.positions.get(HeaderIndex.normalise(name))
      if (i !== undefined) return i
    }
    return -1
  }

  has(...names: string[]): boolean {
    return names.every((n) => this.find(n) >= 0)
  }
}
