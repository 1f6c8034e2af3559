import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './compress.ts';

// The explorer: npx vite build --config web/vite.explore.config.ts (run from the repo root).
// Output: web/dist-explore (served by the API server at /explore/). Everything is bundled: no CDN.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/explore/',
  publicDir: false,
  plugins: [precompress()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist-explore',
    emptyOutDir: true,
    // Cytoscape.js and React make one ~220 kB (gzip) bundle, loaded once.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { input: fileURLToPath(new URL('./explore.html', import.meta.url)) },
  },
});
