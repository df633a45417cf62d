import { config } from 'zod'

// zod probes for `new Function` to compile faster parsers. The UI's CSP forbids eval ('unsafe-eval' is
// not granted), so in the renderer the probe would be reported as a CSP violation. jitless skips it
// everywhere the API's schemas are built, so every runtime validates the same way.
config({ jitless: true })
