import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { checkFirst } from '../../args.js';
import { ENTITY_KINDS, kindOfEnum } from '../../model/kinds.js';
import { fieldNodesUnder, selectionOf } from '../tree/tree.js';
import { MAX_SEARCH_TEXT } from './lucene.js';

export const MAX_SEARCH_RESULTS = 50;

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, { text, kinds, first }, ctx, info) => {
      if (text.length > MAX_SEARCH_TEXT) {
        throw new BadUserInputError(`"text" is longer than ${MAX_SEARCH_TEXT} characters; search for a few words.`, 'text');
      }
      const size = first ?? 10;
      checkFirst(size, 'first', MAX_SEARCH_RESULTS);
      const asked = kinds?.map(kindOfEnum);
      // The hits' entities and everything selected below them: one statement (modules/tree).
      const selection = selectionOf(info, fieldNodesUnder(info, 'SearchResult', info.fieldNodes, 'entity'), asked && asked.length > 0 ? asked : ENTITY_KINDS);
      return ctx.repositories.search.search({ text, kinds: asked, first: size, selection }).then((hits) => ctx.rows.spend(hits));
    },
  },
};
