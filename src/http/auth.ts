/**
 * Who is asking: API keys sent as `Authorization: Bearer <key>`, checked against the SHA-256
 * hashes in configuration. Roles are ordered: reader < editor < admin.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyEntry, Role } from '../startup/config.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

export interface Viewer {
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key, and the configuration entry that admits it. */
export function newApiKey(name: string, role: Role): { key: string; entry: string } {
  const key = `sgk_${randomBytes(24).toString('base64url')}`;
  return { key, entry: `${name}:${role}:${hashKey(key)}` };
}

export class Authenticator {
  private readonly byHash: Map<string, ApiKeyEntry>;

  constructor(keys: ApiKeyEntry[], readonly readsRequireAuth: boolean) {
    this.byHash = new Map(keys.map((k) => [k.hash, k]));
  }

  /**
   * The viewer for an Authorization header: null when there is none; an error when there is one
   * that does not name a configured key (a wrong key is never treated as anonymous).
   */
  viewerFor(authorization: string | undefined): Viewer | null | UnauthenticatedError {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S{1,512})$/i.exec(authorization.trim());
    if (!match) return new UnauthenticatedError('The Authorization header must be "Bearer <api key>".');
    // Looking up by digest: the key itself is never compared, so timing says nothing about it.
    const entry = this.byHash.get(hashKey(match[1]!));
    return entry ? { name: entry.name, role: entry.role } : new UnauthenticatedError('That API key is not valid.');
  }
}

/** Throws unless the viewer has at least `role`. */
export function requireRole(viewer: Viewer | null, role: Role, action: string): Viewer {
  if (!viewer) throw new UnauthenticatedError(`${action} needs an API key: send "Authorization: Bearer <key>".`);
  if (RANK[viewer.role] < RANK[role]) throw new ForbiddenError(`${action} needs the ${role} role; this key has ${viewer.role}.`);
  return viewer;
}
