/** A stored ISO timestamp as a short local date and time in the UI language (the raw text when unreadable). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
}
