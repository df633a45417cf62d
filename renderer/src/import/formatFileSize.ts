/** A file size for the UI language in decimal units: kB below 1 MB, MB with one decimal below 10 MB, whole MB above. */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, value] = bytes < 1e6 ? (['kilobyte', bytes / 1e3] as const) : (['megabyte', bytes / 1e6] as const)
  const decimals = bytes < 1e4 || (bytes >= 1e6 && bytes < 1e7) ? 1 : 0
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: decimals }).format(value)
}
