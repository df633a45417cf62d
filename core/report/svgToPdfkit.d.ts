// svg-to-pdfkit 0.1.8 ships no types: the part of its API the report uses (README, "Usage").
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    /** Viewport in PDF points; defaults to the page. */
    width?: number
    height?: number
    preserveAspectRatio?: string
    /** Treat SVG user units as points instead of CSS pixels (1 px = 0.75 pt). */
    assumePt?: boolean
    /** The pdfkit font name for an SVG font-family (register the fonts first). */
    fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: { fauxBold: boolean; fauxItalic: boolean }) => string
    warningCallback?: (message: string) => void
    precision?: number
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void
  export default SVGtoPDF
}
