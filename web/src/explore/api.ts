/**
 * The explorer talks to the API only through the typed operations (client/operations/*.graphql)
 * and the typed client: every result here is typed from its document.
 */
import { useEffect, useState } from 'react';
import { createClient, type GraphQLErrorEntry, type TypedDocumentNode } from '../../../client/index.js';

export const client = createClient({ url: '/graphql' });

export type Loadable<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; data: T; errors: GraphQLErrorEntry[] }
  | { state: 'failed'; errors: GraphQLErrorEntry[] };

/** Runs an operation when `variables` is given (null: not yet), again whenever they change. */
export function useOperation<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables | null): Loadable<TData> {
  const [result, setResult] = useState<Loadable<TData>>({ state: 'idle' });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setResult({ state: 'idle' });
      return;
    }
    let current = true;
    setResult({ state: 'loading' });
    const vars = JSON.parse(key) as TVariables;
    void client.execute(document, vars).then((response) => {
      if (!current) return;
      setResult(response.data === null ? { state: 'failed', errors: response.errors } : { state: 'done', data: response.data, errors: response.errors });
    });
    return () => {
      current = false;
    };
  }, [document, key]);
  return result;
}
