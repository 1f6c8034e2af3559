/**
 * Search-as-you-type for an entity: the researcher types a name ("China"), picks from the hits
 * (name, kind, id), and the form carries the id (country:CN). An id typed or linked to is shown
 * by its name. A combobox in the WAI-ARIA sense: ↑/↓ move through the hits, Enter picks, Escape
 * closes the list.
 */
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { EntityNameDocument, SearchDocument, type EntityKind, type EntityRefFragment } from '../../../client/index.js';
import { client } from './api.js';

/** Ids look like `kind:key` (country:CN, commodity:rare-earth-magnets); names do not. */
export const looksLikeId = (text: string) => /^[a-z_]+:\S+$/.test(text);

export const SEARCH_MAX = 200;

/** The entity a name stands for: an exact match first, then the best hit; null when nothing matches. */
export async function resolveName(text: string, kinds: EntityKind[] | undefined): Promise<EntityRefFragment | null> {
  const { data } = await client.execute(SearchDocument, { text: text.slice(0, SEARCH_MAX), kinds: kinds ?? null, first: 5 });
  const hits = data?.search ?? [];
  return (hits.find((h) => h.exact) ?? hits[0])?.entity ?? null;
}

export interface PickerValue {
  text: string;
  /** The entity picked (or given by id); null while the text is only typed. */
  id: string | null;
}

type Hit = EntityRefFragment & { description?: string | null };

export function EntityPicker(props: {
  name: string;
  label: string;
  /** The id (or text) the view was opened with. */
  value: string;
  kinds?: EntityKind[];
  placeholder?: string;
  error?: string | null;
  onChange?: (value: PickerValue) => void;
  /** Called when a hit is picked (the header's search opens it at once). */
  onPick?: (entity: EntityRefFragment) => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}) {
  const { value, kinds, onChange, onPick } = props;
  const [text, setText] = useState(value);
  const [picked, setPicked] = useState<string | null>(looksLikeId(value) ? value : null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const typed = useRef(false);
  const listId = useId();
  const kindsKey = (kinds ?? []).join(',');

  // A new value from the URL replaces what is shown; an id is shown by its name once known.
  useEffect(() => {
    setText(value);
    setPicked(looksLikeId(value) ? value : null);
    setOpen(false);
    typed.current = false;
    if (!looksLikeId(value)) return;
    let current = true;
    void client.execute(EntityNameDocument, { id: value }).then(({ data }) => {
      if (current && data?.entity && !typed.current) setText(data.entity.name);
    });
    return () => {
      current = false;
    };
  }, [value]);

  useEffect(() => {
    onChange?.({ text, id: picked });
  }, [text, picked, onChange]);

  // Hits as the researcher types, 150 ms after the last key.
  useEffect(() => {
    if (!typed.current) return;
    const query = text.trim();
    if (query === '') {
      setHits([]);
      setOpen(false);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setSearching(true);
      void client.execute(SearchDocument, { text: query.slice(0, SEARCH_MAX), kinds: kindsKey ? (kindsKey.split(',') as EntityKind[]) : null, first: 8 }).then(({ data }) => {
        if (!current) return;
        setSearching(false);
        setHits(data?.search?.map((h) => h.entity) ?? []);
        setActive(-1);
        setOpen(true);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, kindsKey]);

  const pick = (hit: Hit) => {
    typed.current = false;
    setText(hit.name);
    setPicked(hit.id);
    setOpen(false);
    onPick?.(hit);
  };

  const inputId = `${listId}-input`;
  return (
    <div className={`sg-picker ${props.className ?? ''}`}>
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        ref={props.inputRef}
        name={props.name}
        value={text}
        placeholder={props.placeholder}
        maxLength={SEARCH_MAX}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          setPicked(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (!hits.length) return;
            event.preventDefault();
            setOpen(true);
            setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % hits.length : (i <= 0 ? hits.length : i) - 1));
          } else if (event.key === 'Enter' && open && active >= 0 && hits[active]) {
            event.preventDefault();
            pick(hits[active]);
          } else if (event.key === 'Escape' && open) {
            // Closes the list only, not the panel around it.
            event.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      />
      {picked && picked !== text ? <code className="sg-picked" title="the id this stands for">{picked}</code> : null}
      {searching ? <span className="sg-searching" aria-hidden="true">…</span> : null}
      {open ? (
        <ul className="sg-options" role="listbox" id={listId} aria-label={`${props.label}: matches`}>
          {hits.length === 0 ? (
            <li className="sg-option-none" role="option" aria-disabled="true" aria-selected={false}>
              No match
            </li>
          ) : (
            hits.map((hit, i) => (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'sg-option sg-option-active' : 'sg-option'}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(hit);
                }}
              >
                <span className="sg-option-name">{hit.name}</span> <span className="sg-kind">{hit.kind.toLowerCase().replace('_', ' ')}</span> <code>{hit.id}</code>
              </li>
            ))
          )}
        </ul>
      ) : null}
      {props.error ? (
        <span className="sg-field-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
