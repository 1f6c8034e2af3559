/**
 * The limits every request runs under (documented in docs/API.md): the shape of the document
 * (graphql-armor: depth, aliases, tokens, directives), the worst case of its answer with its
 * variables (src/http/cost.ts), checked before anything runs, and the rows it may return across all its
 * lists, counted as they resolve. Page sizes and hop counts are checked where their arguments are.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { RequestCost } from './cost.js';
import { QueryTooComplexError } from '../errors.js';

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4000,
  maxDirectives: 10,
  /** Rows one request may return: its worst case (src/http/cost.ts) before it runs, its rows as they resolve. */
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
 * The refusal of a request whose worst case (src/http/cost.ts) is over the row budget, naming the
 * `first` to lower. The budget itself is in the docs, not echoed; the request's own numbers are.
 */
export function worstCaseRefusal(cost: RequestCost): QueryTooComplexError {
  const rows = cost.rows.toLocaleString('en-US');
  const heaviest = cost.heaviest;
  if (!heaviest) {
    return new QueryTooComplexError(`${TOO_COMPLEX_MARKER}: at worst it returns ${rows} rows, more than one request may. Ask for fewer nested lists; see the limits in docs/API.md.`, undefined, { worstCaseRows: cost.rows, http: { status: 400 } });
  }
  const field = heaviest.path.join('.');
  const given = heaviest.variable ? `${heaviest.value}, from $${heaviest.variable}` : String(heaviest.value);
  return new QueryTooComplexError(
    `${TOO_COMPLEX_MARKER}: with every list full it returns ${rows} rows, more than one request may. Lower "${heaviest.argument}" on ${field} (${given}) or on the lists inside it; see the limits in docs/API.md.`,
    undefined,
    { argument: heaviest.argument, field, worstCaseRows: cost.rows, http: { status: 400 } },
  );
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

/** The validation rules that hold a document to the limits (depth, aliases, directives). */
export function armorValidationRules(): ValidationRule[] {
  // Limits are not echoed to anonymous clients (exposeLimits: false); docs/API.md lists them.
  const refuse = (what: string) => ({ exposeLimits: false, errorMessage: `${TOO_COMPLEX_MARKER} (${what}). See the limits in docs/API.md.` });
  const { plugins, validationRules } = new ApolloArmor({
    // Depth counts fields: a fragment spread or an inline fragment is no level of the answer
    // (the typed operations build EntityDetails from fragments, docs/CLIENTS.md).
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ...refuse('depth') },
    maxAliases: { n: LIMITS.maxAliases, ...refuse('aliases') },
    // Tokens are limited by the parser itself (parseOptions in server.ts): armor's own token
    // check runs as a plugin, and Apollo reports plugin errors as 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...refuse('directives') },
    // graphql-armor's cost counts only a literal `first` (one given as a variable counts 1): the
    // worst case is worked out with the request's variables instead (src/http/cost.ts, server.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Only armor's token check is a plugin, and it is off: should that change, it must be wired in.
  if (plugins.length > 0) throw new Error('graphql-armor returned plugins; add them to the Apollo server in server.ts');
  return validationRules.map(refusingAsTooComplex);
}
