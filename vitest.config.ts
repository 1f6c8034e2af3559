import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // One real engine for the whole run (or NEO4J_TEST_URI), started and stopped here.
          globalSetup: ['test/helpers/globalSetup.ts'],
          // Files share that one database and some assert that counts do not change, so they take turns.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
