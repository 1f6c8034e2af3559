/**
 * `npm run apikey -- <name> <role>`: makes a new API key. Prints the key (give it to its holder;
 * it is not stored) and the SUPPLYGRAPH_API_KEYS entry (its hash) for the server's configuration.
 */
import { newApiKey } from '../http/auth.js';
import { ROLES, type Role } from '../startup/config.js';

const [name, role] = process.argv.slice(2);
if (!name || !/^[\w.@-]{1,64}$/.test(name) || !(ROLES as readonly string[]).includes(role ?? '')) {
  process.stderr.write('usage: npm run apikey -- <name> <reader|editor|admin>\n');
  process.exit(2);
}
const { key, entry } = newApiKey(name, role as Role);
process.stdout.write(`key (give to ${name}; shown once):\n  ${key}\nadd to SUPPLYGRAPH_API_KEYS (comma-separated):\n  ${entry}\n`);
