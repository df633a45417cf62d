import { describe, expect, it } from 'vitest'
import { reportFormatOf } from './reportFormat.js'

describe('reportFormatOf', () => {
  it('reads the format from the extension, any case', () => {
    expect(reportFormatOf('/tmp/a.pdf')).toBe('pdf')
    expect(reportFormatOf('/tmp/a.HTML')).toBe('html')
    expect(reportFormatOf('/tmp/a.htm')).toBe('html')
  })

  it('refuses any other extension, naming the path', () => {
    expect(() => reportFormatOf('/tmp/a.docx')).toThrow('out must end in .pdf or .html (the report\'s format), not "/tmp/a.docx"')
  })
})
