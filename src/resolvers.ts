/** All modules' resolvers, merged. Each module owns its types' resolvers; none overlap. */
import type { Resolvers } from './generated/resolvers.js';
import { entityResolvers } from './modules/entity/entity.resolvers.js';

export const resolvers: Resolvers[] = [entityResolvers];
