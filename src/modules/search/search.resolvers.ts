import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { KIND_ENUM } from '../entity/entity.model.js';
import { checkFirst } from '../relationship/relationship.resolvers.js';
import type { EntityKind } from '../../model/kinds.js';
import { MAX_SEARCH_TEXT } from './lucene.js';

export const MAX_SEARCH_RESULTS = 50;
const LABEL_BY_ENUM = Object.fromEntries(Object.entries(KIND_ENUM).map(([label, value]) => [value, label as EntityKind]));

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, { text, kinds, first }, ctx) => {
      if (text.length > MAX_SEARCH_TEXT) {
        throw new BadUserInputError(`"text" is longer than ${MAX_SEARCH_TEXT} characters; search for a few words.`, 'text');
      }
      const size = first ?? 10;
      checkFirst(size, 'first', MAX_SEARCH_RESULTS);
      return ctx.repositories.search.search({ text, kinds: kinds?.map((k) => LABEL_BY_ENUM[k]!), first: size }).then((hits) => ctx.rows.spend(hits));
    },
  },
};
