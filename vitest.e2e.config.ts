import { defineConfig } from 'vitest/config'

// End-to-end tests: Debian's Chromium driven by playwright-core against the web host.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
