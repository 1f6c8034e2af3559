/**
 * How the built IDE (/graphiql/) and explorer (/explore/) are served. Vite names every script,
 * stylesheet and worker after a hash of its content (assets/explore-C68BT6TT.js), so those files
 * never change under their name: browsers keep them a year without asking again. The pages that
 * name them (index.html, explore.html) are revalidated on every load, so a new build is picked up
 * at once. The build writes a Brotli and a gzip copy of each file (web/compress.ts), served to
 * browsers that accept them.
 */
import path from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';

const HASHED = `${path.sep}assets${path.sep}`;

export const WEB_ASSET_OPTIONS = {
  preCompressed: true,
  cacheControl: false,
  setHeaders(reply, filePath) {
    reply.header('cache-control', filePath.includes(HASHED) ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
} satisfies Partial<FastifyStaticOptions>;
