import { defineConfig } from 'vitest/config'

// The slow tier: big files and long fuzzing runs (`npm run test:slow`, part of `npm test`).
export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    testTimeout: 120_000,
  },
})
