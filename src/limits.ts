/**
 * The limits every request runs under (documented in docs/API.md): the shape of the document
 * (graphql-armor: depth, cost, aliases, tokens, directives), and the number of rows one request
 * may return across all its lists. Page sizes and hop counts are checked where their arguments are.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { QueryTooComplexError } from './errors.js';

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4000,
  maxDirectives: 10,
  /** graphql-armor's estimate: each list counts as many times as its literal `first` asks. */
  // Relationship connections put two levels (edges, relationship) between an entity and its
  // neighbours, and each level multiplies the estimate by 1.5: the same questions cost ~3.4× more.
  maxCost: 20_000_000,
  maxRowsPerRequest: 20_000,
  maxBodyBytes: 1024 * 1024,
} as const;

/** How every refusal of a document's size begins. */
export const TOO_COMPLEX_MARKER = 'The query is too complex';
/** graphql-js's message when a document has more tokens than parseOptions.maxTokens. */
export const TOO_MANY_TOKENS = /Document contains more \w+ \d+ tokens/;

/** Counts the rows a request returns; lists spend from it as they resolve. */
export class RowBudget {
  private spent = 0;
  constructor(private readonly max: number = LIMITS.maxRowsPerRequest) {}

  spend<T>(rows: T[]): T[] {
    this.spent += rows.length;
    if (this.spent > this.max) {
      // The limit itself is in the docs, not echoed to clients.
      throw new QueryTooComplexError(`${TOO_COMPLEX_MARKER}: it returns more rows than one request may. Ask for fewer items per list (first) or fewer nested lists; see docs/API.md.`);
    }
    return rows;
  }
}

/**
 * A validation rule whose refusals are QueryTooComplexErrors, so the server recognises them by
 * class: graphql-armor reports plain GraphQLErrors.
 */
function refusingAsTooComplex(rule: ValidationRule): ValidationRule {
  return (context) => {
    // graphql-armor raises its refusals as syntax errors ("Syntax Error: …"); they are not.
    const reportError = (error: GraphQLError) => context.reportError(new QueryTooComplexError(error.message.replace(/^Syntax Error: /, ''), error.nodes));
    return rule(Object.create(context, { reportError: { value: reportError } }) as ValidationContext);
  };
}

/** The validation rules that hold a document to the limits (depth, aliases, directives, cost). */
export function armorValidationRules(): ValidationRule[] {
  // Limits are not echoed to anonymous clients (exposeLimits: false); docs/API.md lists them.
  const refuse = (what: string) => ({ exposeLimits: false, errorMessage: `${TOO_COMPLEX_MARKER} (${what}). See the limits in docs/API.md.` });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ...refuse('depth') },
    maxAliases: { n: LIMITS.maxAliases, ...refuse('aliases') },
    // Tokens are limited by the parser itself (parseOptions in server.ts): armor's own token
    // check runs as a plugin, and Apollo reports plugin errors as 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...refuse('directives') },
    costLimit: { maxCost: LIMITS.maxCost, ...refuse('cost') },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Only armor's token check is a plugin, and it is off: should that change, it must be wired in.
  if (plugins.length > 0) throw new Error('graphql-armor returned plugins; add them to the Apollo server in server.ts');
  return validationRules.map(refusingAsTooComplex);
}
