import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './compress.ts';

// Run from the repo root: npx vite build --config web/vite.config.ts
// Output: web/dist (served by the API server at /graphiql/).
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/graphiql/',
  publicDir: false,
  plugins: [precompress()],
  // No @vitejs/plugin-react: Vite 8's built-in Oxc transform handles TSX with the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is large by nature; don't warn about it.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // Dependencies (framer-motion, headlessui, ...) ship "use client" directives; harmless in a SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  worker: { format: 'es' },
});
