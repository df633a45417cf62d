/**
 * The one Content-Security-Policy of the UI, in web mode and in the desktop window: nothing but the
 * app's own origin. maplibre needs blob: workers and inline styles; TF.js wasm needs 'wasm-unsafe-eval'.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
