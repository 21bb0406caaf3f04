import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { selectCatalogue } from '../../state/select-detail';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { filterCatalogue } from './catalogue-model';
import { fillTemplate } from './panel-text-model';
import './panels.css';

/**
 * The left-hand panel: indicators grouped by topic, with a search box. One Tab stop for the list
 * (the current indicator); arrow keys, Home and End move between indicators; Enter or Space picks one.
 * Each indicator's description shows on hover and on focus and is its accessible description.
 */
export function IndicatorCatalogue() {
  const groups = useAppStore(selectCatalogue);
  const indicatorId = useAppStore((state) => state.indicatorId);
  const locale = useAppStore((state) => state.locale);
  const setIndicator = useAppStore((state) => state.setIndicator);
  const [query, setQuery] = useState('');
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const visible = useMemo(() => filterCatalogue(groups, query), [groups, query]);
  const visibleIds = visible.flatMap((group) => group.entries.map((entry) => entry.id));
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  // The roving Tab stop: the indicator last focused, else the current one, else the first shown.
  const tabStop =
    [focusedId, indicatorId].find((id) => id !== null && visibleIds.includes(id)) ?? visibleIds[0] ?? null;

  const focusEntry = (id: string | undefined) => {
    if (id === undefined) return;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-indicator-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).dataset.indicatorId;
    if (current === undefined) return;
    const index = visibleIds.indexOf(current);
    const target = {
      ArrowDown: visibleIds[index + 1],
      ArrowUp: index > 0 ? visibleIds[index - 1] : undefined,
      Home: visibleIds[0],
      End: visibleIds.at(-1),
    }[event.key];
    if (event.key === 'ArrowUp' && index === 0) {
      event.preventDefault();
      document.getElementById(`${baseId}-search`)?.focus();
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    focusEntry(target);
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusEntry(visibleIds[0]);
    } else if (event.key === 'Enter' && visibleIds.length > 0) {
      // Enter takes the first match, so "kinder ⏎" picks Kinderarmut without leaving the keyboard.
      event.preventDefault();
      setIndicator(visibleIds[0]!);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <div className="catalogue" data-testid="catalogue">
      <div className="catalogue-search">
        <label htmlFor={`${baseId}-search`}>{message(locale, 'catalogueSearch')}</label>
        <input
          id={`${baseId}-search`}
          type="search"
          data-testid="catalogue-search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${baseId}-search-hint ${baseId}-count`}
          aria-controls={`${baseId}-list`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
        <span id={`${baseId}-search-hint`} className="visually-hidden">
          {message(locale, 'catalogueSearchHint')}
        </span>
        <p id={`${baseId}-count`} className="catalogue-count" role="status" data-testid="catalogue-count">
          {query.trim() !== '' &&
            (visibleIds.length === 0
              ? message(locale, 'catalogueNoMatch')
              : fillTemplate(message(locale, 'catalogueMatches'), { n: visibleIds.length, total }))}
        </p>
      </div>
      <div
        className="catalogue-list"
        id={`${baseId}-list`}
        ref={listRef}
        onKeyDown={onListKey}
        onFocus={(event) => {
          const id = (event.target as HTMLElement).dataset.indicatorId;
          if (id !== undefined) setFocusedId(id);
        }}
      >
        {visible.map((group, groupIndex) => {
          const headingId = `${baseId}-topic-${groupIndex}`;
          return (
            <section key={group.topic} className="catalogue-group" aria-labelledby={headingId}>
              <h2 id={headingId}>{group.topic}</h2>
              <ul>
                {group.entries.map((entry) => {
                  const descriptionId = `${baseId}-description-${entry.id}`;
                  const current = entry.id === indicatorId;
                  return (
                    <li key={entry.id}>
                      <button
                        type="button"
                        data-testid={`indicator-${entry.id}`}
                        data-indicator-id={entry.id}
                        aria-pressed={current}
                        aria-describedby={entry.description ? descriptionId : undefined}
                        tabIndex={entry.id === tabStop ? 0 : -1}
                        onClick={() => setIndicator(entry.id)}
                      >
                        <span className="catalogue-label">{entry.label}</span>
                        {entry.unit && <span className="catalogue-unit">{entry.unit}</span>}
                      </button>
                      {entry.description && (
                        <p id={descriptionId} className="catalogue-description">
                          {entry.description}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
