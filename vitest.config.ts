import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // storage tests share one PostgreSQL server; files run in parallel on their own schemas
    pool: 'forks',
    allowOnly: !process.env.CI,
  },
})
