import { defineConfig } from 'vitest/config';

// Browser tests (npm run test:e2e): a real server and Debian's chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
