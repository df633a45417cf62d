import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './core/api/contentSecurityPolicy.js'

const root = import.meta.dirname

/**
 * Puts the app's one Content-Security-Policy into index.html as a meta tag too, so that the page is
 * protected however it is served. `frame-ancestors` only works as a header (a meta would log a warning).
 */
const cspMeta = (): Plugin => ({
  name: 'certus-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicy
          .split('; ')
          .filter((directive) => !directive.startsWith('frame-ancestors'))
          .join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
})

/**
 * One build for three runtimes: the Electron main process (with the core host that runs in a
 * utilityProcess), the sandboxed preload, and the renderer, which web mode serves unchanged.
 */
export default defineConfig({
  main: {
    resolve: {
      // fflate's Node build declares its own `require`, which clashes with the bundle's CommonJS shim;
      // its plain-JS build has the same synchronous API (the core uses no fflate workers).
      alias: [{ find: /^fflate$/, replacement: resolve(root, 'node_modules/fflate/esm/browser.js') }],
    },
    build: {
      outDir: 'out/main',
      // better-sqlite3 is native and stays outside the bundle, and so does pdfkit, which reads its font
      // metrics (AFM files) from its own folder at run time, and TensorFlow.js, whose wasm backend loads
      // its .wasm from its own dist/ and whose native tfjs-node is optional (imported only when
      // present); everything else is bundled.
      externalizeDeps: {
        include: ['better-sqlite3', 'pdfkit', '@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-node'],
        exclude: ['zod', 'tsx', 'fflate', 'fast-xml-parser', 'echarts', 'svg-to-pdfkit'],
      },
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          coreHost: resolve(root, 'electron/host/index.ts'),
          // Worker threads of the core host, started from these files in the bundle (core/workers/workerScript.ts).
          importWorker: resolve(root, 'core/ingest/parallel/importWorker.ts'),
          coverageWorker: resolve(root, 'core/coverage/coverageWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but a few Electron modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [vue(), cspMeta()],
    // vue-i18n runs in Composition API mode only; its message compiler stays (it is CSP-safe, no eval).
    define: {
      __VUE_I18N_FULL_INSTALL__: 'true',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; minified, the map chunk parses in about half the time.
      minify: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
