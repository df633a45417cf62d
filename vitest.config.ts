import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (core, renderer components, API transports, database, CLI) and `e2e` (the built
 * app in Debian Chromium, the build artefacts). `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/**/*.e2e.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores and SwiftShader is slow.
          fileParallelism: false,
        },
      },
    ],
  },
})
