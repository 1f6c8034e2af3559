import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { checkFirst } from '../../args.js';
import { kindOfEnum } from '../../model/kinds.js';
import { MAX_SEARCH_TEXT } from './lucene.js';

export const MAX_SEARCH_RESULTS = 50;

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, { text, kinds, first }, ctx) => {
      if (text.length > MAX_SEARCH_TEXT) {
        throw new BadUserInputError(`"text" is longer than ${MAX_SEARCH_TEXT} characters; search for a few words.`, 'text');
      }
      const size = first ?? 10;
      checkFirst(size, 'first', MAX_SEARCH_RESULTS);
      return ctx.repositories.search.search({ text, kinds: kinds?.map(kindOfEnum), first: size }).then((hits) => ctx.rows.spend(hits));
    },
  },
};
