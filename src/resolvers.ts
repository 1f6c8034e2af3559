/** All modules' resolvers, merged. Each module owns its types' resolvers; none overlap. */
import type { Resolvers } from './generated/resolvers.js';
import { connectionResolvers } from './modules/connection/connection.resolvers.js';
import { entityResolvers } from './modules/entity/entity.resolvers.js';
import { relationshipResolvers } from './modules/relationship/relationship.resolvers.js';
import { mutationResolvers } from './modules/mutation/mutation.resolvers.js';
import { researchResolvers } from './modules/research/research.resolvers.js';
import { searchResolvers } from './modules/search/search.resolvers.js';
import { concentrationRanking } from './modules/research/concentrationRanking.js';
import { supplyRiskResolvers } from './modules/research/supplyRisk.js';
import { disruptionResolvers } from './modules/research/disruption.js';

export const resolvers: Resolvers[] = [entityResolvers, relationshipResolvers, connectionResolvers, searchResolvers, researchResolvers, mutationResolvers, { Query: { concentrationRanking } }, supplyRiskResolvers, disruptionResolvers];
