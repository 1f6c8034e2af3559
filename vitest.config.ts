import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (`main`) and ESM (`module`) builds. Node — `npm start`, and Apollo
// Server inside the tests — loads the CommonJS one; Vite would pick the ESM one for our sources,
// giving two copies of graphql-js whose classes (GraphQLError, GraphQLObjectType) fail each other's
// `instanceof`. Point the tests at the build Node uses.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
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
