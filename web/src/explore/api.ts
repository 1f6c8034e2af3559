/**
 * The explorer talks to the API only through the typed operations (client/operations/*.graphql)
 * and the typed client: every result here is typed from its document.
 */
import { print } from 'graphql';
import { useCallback, useEffect, useState } from 'react';
import { createClient, type GraphQLErrorEntry, type TypedDocumentNode } from '../../../client/index.js';

export const client = createClient({ url: '/graphql' });

export type Loadable<T> =
  | { state: 'idle' }
  /** `previous`: the last answer, still shown while a new one loads ("Show more" keeps the page as it is). */
  | { state: 'loading'; previous: { data: T; errors: GraphQLErrorEntry[] } | null }
  | { state: 'done'; data: T; errors: GraphQLErrorEntry[] }
  | { state: 'failed'; errors: GraphQLErrorEntry[] };

export type Operation<T> = Loadable<T> & { retry: () => void };

/** Runs an operation when `variables` is given (null: not yet), again whenever they change, or on retry. */
export function useOperation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables | null): Operation<TData> {
  const [result, setResult] = useState<Loadable<TData>>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    setResult((before) => ({ state: 'loading', previous: before.state === 'done' ? { data: before.data, errors: before.errors } : before.state === 'loading' ? before.previous : null }));
    const vars = JSON.parse(key) as TVariables;
    void client.execute(document, vars).then((response) => {
      if (!current) return;
      setResult(response.data === null ? { state: 'failed', errors: response.errors } : { state: 'done', data: response.data, errors: response.errors });
    });
    return () => {
      current = false;
    };
  }, [document, key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, retry };
}

/**
 * The IDE with this operation and its variables open. Long documents (the entity page's asks for
 * every relationship field) go in the fragment (#query=…), which no server or proxy limits; the IDE
 * reads both.
 */
export function ideHref(document: TypedDocumentNode<unknown, never>, variables: Record<string, unknown> | null): string {
  const params = new URLSearchParams({ query: print(document) });
  if (variables) params.set('variables', JSON.stringify(variables, null, 2));
  const text = params.toString();
  return text.length > 4000 ? `/graphiql/#${text}` : `/graphiql/?${text}`;
}
