/** Small pieces every view shares: links, the states of a result, citations, forms, CSV, titles, keys. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EntityKind, GraphQLErrorEntry, SourceRefFragment } from '../../../client/index.js';
import type { Operation } from './api.js';
import { csvFileName, toCsv, type Cell } from './csv.js';
import { EntityPicker, looksLikeId, resolveName, type PickerValue } from './EntityPicker.js';

/** The explorer's routes live in the hash: #/entity?id=…, #/path?from=…&to=…, … */
export function href(view: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** Text a user typed, shown back no longer than `max` characters. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;

/** The browser tab's title: "<what> — supplygraph explorer". */
export function useTitle(what: string): void {
  useEffect(() => {
    document.title = what ? `${what} — supplygraph explorer` : 'supplygraph explorer';
  }, [what]);
}

/** Calls `onEscape` when Escape is pressed anywhere (panels close with it). */
export function useEscape(onEscape: (() => void) | null): void {
  useEffect(() => {
    if (!onEscape) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [onEscape]);
}

export function EntityLink(props: { id: string; name: string }) {
  return (
    <a href={href('entity', { id: props.id })} className="sg-entity-link" title={props.id}>
      {props.name}
    </a>
  );
}

/** A result's errors, each with its code; `retry` runs the request again. */
export function Errors(props: { errors: GraphQLErrorEntry[]; retry?: () => void; partial?: boolean }) {
  if (props.errors.length === 0) return null;
  return (
    <div className={props.partial ? 'sg-error sg-warning' : 'sg-error'} role="alert" data-testid="error">
      {props.partial ? <p>Part of the answer is missing:</p> : null}
      {props.errors.map((e, i) => (
        <p key={i}>
          <code className="sg-error-code">{e.extensions?.code ?? 'ERROR'}</code> {clip(e.message, 400)}
        </p>
      ))}
      {props.retry ? (
        <button type="button" className="sg-retry" onClick={props.retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * One result in exactly one of its states: a hint before anything is asked, loading, the error
 * (with retry, never next to "nothing found": an empty answer that comes with an error is the
 * error), nothing found, or the data (with a warning when part of it failed). While a new answer
 * loads over an old one ("Show more"), the old one stays on the page, so nothing jumps.
 */
export function Result<T>(props: { result: Operation<T>; hint?: ReactNode; isEmpty?: (data: T) => boolean; empty?: ReactNode; children: (data: T) => ReactNode }) {
  const { result } = props;
  const wrap = (state: string, content: ReactNode) => (
    <div className="sg-result" data-state={state} aria-busy={state === 'loading' || state === 'refreshing'}>
      {content}
    </div>
  );
  switch (result.state) {
    case 'idle':
      return props.hint ? wrap('idle', <div className="sg-hint">{props.hint}</div>) : null;
    case 'loading':
      if (result.previous) {
        return wrap(
          'refreshing',
          <>
            <p className="sg-loading sg-refreshing" role="status">
              Loading…
            </p>
            {props.children(result.previous.data)}
          </>,
        );
      }
      return wrap(
        'loading',
        <p className="sg-loading" role="status">
          Loading…
        </p>,
      );
    case 'failed':
      return wrap('error', <Errors errors={result.errors} retry={result.retry} />);
    case 'done': {
      const empty = props.isEmpty?.(result.data) ?? false;
      if (empty && result.errors.length) return wrap('error', <Errors errors={result.errors} retry={result.retry} />);
      if (empty) return wrap('empty', <p className="sg-empty">{props.empty ?? 'Nothing found.'}</p>);
      return wrap(
        'done',
        <>
          <Errors errors={result.errors} retry={result.retry} partial />
          {props.children(result.data)}
        </>,
      );
    }
  }
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

/** A button that saves rows as a CSV file (the data of the chart or table next to it). */
export function CsvButton(props: { title: string; header: string[]; rows: Cell[][] }) {
  return (
    <button
      type="button"
      className="sg-csv"
      onClick={() => {
        const url = URL.createObjectURL(new Blob([toCsv(props.header, props.rows)], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = csvFileName(props.title);
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
    >
      Download CSV
    </button>
  );
}

/** "Open in the IDE": the view's own operation and variables, ready to edit and run. */
export function IdeLink(props: { href: string }) {
  return (
    <a className="sg-ide-link" href={props.href} target="_blank" rel="noreferrer">
      Open in the IDE
    </a>
  );
}

export interface FieldSpec {
  name: string;
  label: string;
  value: string;
  placeholder?: string;
  /** An entity field: search-as-you-type, names resolved to ids on submit. */
  entity?: { kinds?: EntityKind[]; what: string };
}

/**
 * A form of fields; submitting navigates to the view with them as parameters. Entity fields take
 * a name or an id: a name not picked from the list is looked up (an exact match first), so
 * "China" becomes country:CN; a name that matches nothing is reported at its field.
 */
export function QueryForm(props: { view: string; fields: FieldSpec[]; submit: string }) {
  const values = useRef(new Map<string, PickerValue>());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [resolving, setResolving] = useState(false);
  return (
    <form
      className="sg-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void (async () => {
          const params: Record<string, string> = {};
          const problems: Record<string, string> = {};
          setResolving(true);
          for (const field of props.fields) {
            const raw = data.get(field.name);
            const text = typeof raw === 'string' ? raw.trim() : '';
            if (!field.entity || text === '') {
              params[field.name] = text;
              continue;
            }
            const picked = values.current.get(field.name);
            if (picked?.id && picked.text.trim() === text) params[field.name] = picked.id;
            else if (looksLikeId(text)) params[field.name] = text;
            else {
              const found = await resolveName(text, field.entity.kinds).catch(() => null);
              if (found) params[field.name] = found.id;
              else problems[field.name] = `No ${field.entity.what} matches “${clip(text, 40)}”.`;
            }
          }
          setResolving(false);
          setErrors(problems);
          if (Object.keys(problems).length === 0) window.location.hash = href(props.view, params);
        })();
      }}
    >
      {props.fields.map((f) =>
        f.entity ? (
          <EntityPicker
            key={f.name}
            name={f.name}
            label={f.label}
            value={f.value}
            kinds={f.entity.kinds}
            placeholder={f.placeholder}
            error={errors[f.name] ?? null}
            onChange={(v) => values.current.set(f.name, v)}
          />
        ) : (
          <div key={f.name} className="sg-picker">
            <label htmlFor={`field-${f.name}`}>{f.label}</label>
            <input id={`field-${f.name}`} name={f.name} defaultValue={f.value} placeholder={f.placeholder} key={f.value} maxLength={200} />
          </div>
        ),
      )}
      <button type="submit" disabled={resolving}>
        {resolving ? 'Looking up…' : props.submit}
      </button>
    </form>
  );
}

/** Suggestions shown before anything is asked: links that fill the form. */
export function Hint(props: { children: ReactNode; examples?: [string, string][] }) {
  return (
    <>
      <p>{props.children}</p>
      {props.examples?.length ? (
        <ul className="sg-examples">
          {props.examples.map(([label, to]) => (
            <li key={to}>
              <a href={to}>{label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
