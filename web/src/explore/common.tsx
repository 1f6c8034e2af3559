/** Small pieces every view shares: links, errors shown with their code, citations. */
import type { ReactNode } from 'react';
import type { GraphQLErrorEntry, SourceRefFragment } from '../../../client/index.js';
import type { Loadable } from './api.js';

/** The explorer's routes live in the hash: #/entity/<id>, #/path?from=…&to=…, … */
export function href(view: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

export function EntityLink(props: { id: string; name: string }) {
  return (
    <a href={href('entity', { id: props.id })} className="sg-entity-link" title={props.id}>
      {props.name}
    </a>
  );
}

export function Errors(props: { errors: GraphQLErrorEntry[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div className="sg-error" role="alert">
      {props.errors.map((e, i) => (
        <p key={i}>
          <code className="sg-error-code">{e.extensions?.code ?? 'ERROR'}</code> {e.message}
        </p>
      ))}
    </div>
  );
}

/** Loading, errors and empty results, shown plainly; `children` renders the data. */
export function Result<T>(props: { result: Loadable<T>; empty?: (data: T) => boolean; emptyText?: string; children: (data: T) => ReactNode }) {
  const { result } = props;
  if (result.state === 'idle') return null;
  if (result.state === 'loading') return <p className="sg-loading">Loading…</p>;
  if (result.state === 'failed') return <Errors errors={result.errors} />;
  return (
    <>
      <Errors errors={result.errors} />
      {props.empty?.(result.data) ? <p className="sg-empty">{props.emptyText ?? 'Nothing found.'}</p> : props.children(result.data)}
    </>
  );
}

export function Sources(props: { sources: SourceRefFragment[] }) {
  if (props.sources.length === 0) return <p className="sg-empty">No sources.</p>;
  return (
    <ol className="sg-sources">
      {props.sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noreferrer">
            {s.title}
          </a>{' '}
          — {s.publisher}
          {s.published ? `, ${s.published}` : ''} <EntityLink id={s.id} name="(entry)" />
        </li>
      ))}
    </ol>
  );
}

/** A form of text fields; submitting navigates to the view with them as parameters. */
export function QueryForm(props: { view: string; fields: { name: string; label: string; value: string; placeholder?: string }[]; submit: string }) {
  return (
    <form
      className="sg-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        window.location.hash = href(props.view, Object.fromEntries(props.fields.map((f) => [f.name, (() => { const v = data.get(f.name); return typeof v === 'string' ? v.trim() : ''; })()])));
      }}
    >
      {props.fields.map((f) => (
        <label key={f.name}>
          {f.label} <input name={f.name} defaultValue={f.value} placeholder={f.placeholder} key={f.value} />
        </label>
      ))}
      <button type="submit">{props.submit}</button>
    </form>
  );
}

export const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;
