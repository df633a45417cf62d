/**
 * Offers `json` as a file download in the browser (web mode and desktop alike): a Blob behind a
 * temporary link with a `download` name, released once clicked. Returns the text that was offered.
 */
export function downloadJson(json: unknown, fileName: string, doc: Document = document): string {
  const text = `${JSON.stringify(json, null, 2)}\n`
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  doc.body.append(link)
  link.click()
  link.remove()
  // The click has handed the Blob to the browser's download; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return text
}
