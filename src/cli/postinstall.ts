/**
 * `npm install`'s last step: builds what the first `npm start` would otherwise build before it can
 * start the engine — the local Neo4j engine (Maven) and the IDE and explorer bundles (Vite), side
 * by side — so that `npm start` on a fresh clone goes straight to starting the engine. Built by
 * `npm start`, they competed for the 2 cores with the engine's start and the first data load.
 *
 * Never fails the install: a build that cannot run here (no Java or Maven, Maven Central out of
 * reach) is reported, and `npm start` tries it again and says what to do. The engine is not built
 * when NEO4J_URI names the user's own Neo4j; `npm install --ignore-scripts` skips all of it.
 */
import { EngineError, ensureEngineBuilt } from '../db/localEngine.js';
import { ensureWebBuilt } from '../startup/webBuild.js';

const say = (message: string) => process.stderr.write(`supplygraph install: ${message}\n`);

async function buildEngine(): Promise<void> {
  if (process.env.NEO4J_URI) {
    say('NEO4J_URI is set: the local engine is not built (`npm run engine:build` builds it).');
    return;
  }
  try {
    await ensureEngineBuilt(say);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    say(`${error.message}\nThe install is complete without it; \`npm start\` builds the engine when it can.`);
  }
}

try {
  await Promise.all([buildEngine(), ensureWebBuilt(say)]);
} catch (error) {
  say(`a build failed: ${error instanceof Error ? error.message : String(error)}. \`npm start\` tries again.`);
}
