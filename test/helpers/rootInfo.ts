/**
 * The resolve info a root field's resolver gets, without a server or a database: the document run
 * against the API's schema with a resolver that only records it. For unit tests of what reads the
 * selection (the query tree, selectsAny).
 */
import type { GraphQLResolveInfo } from 'graphql';
// The CommonJS build of graphql-js, the copy the server's schema and the query tree use (see tree.ts).
import { execute } from 'graphql/execution/execute.js';
import { parse } from 'graphql/language/parser.js';
import { buildSchema } from 'graphql/utilities/buildASTSchema.js';
import { loadTypeDefs } from '../../src/http/server.js';

const schema = buildSchema(loadTypeDefs());

/** The resolve info of the document's (first) root field, as the executor hands it to its resolver. */
export function rootInfo(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues: variables,
    fieldResolver: (_source, _args, _ctx, info) => {
      captured ??= info;
      return null;
    },
  });
  if ('then' in result) throw new Error('expected a synchronous result');
  const [error] = result.errors ?? [];
  if (error) throw new Error(error.message, { cause: error });
  if (!captured) throw new Error('no root field resolved');
  return captured;
}
