import { localize, type Locale } from '../../i18n/locale';
import type { UiNote } from '../../state/store';
import { useAppStore } from '../../state/use-app-store';
import type { LoadedDataset } from '../../io/load-dataset';
import { message } from './messages';
import './notes-bar.css';

/** Fills `{name}` placeholders; values are plain text (React escapes them). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The sentence for a note, e.g. „Parameter „y=1999“ ungültig, verwende Standard 2024“. */
export function describeNote(note: UiNote, locale: Locale, dataset: LoadedDataset | null): string {
  const { name = '', value = '', fallback, reason } = note.params;
  if (reason === 'cross-origin') return fill(message(locale, 'noteCrossOrigin'), { value });
  const param = `${name}=${value}`;
  if (fallback === undefined) return fill(message(locale, 'noteInvalidParameterDefault'), { param });
  // An indicator or level reads better by its label than by its id.
  const spec =
    name === 'i'
      ? dataset?.data.manifest.indicators.find((indicator) => indicator.id === fallback)
      : name === 'l'
        ? dataset?.data.levels.find((level) => level.id === fallback)
        : undefined;
  const views: Readonly<Record<string, string>> = {
    map: message(locale, 'viewMap'),
    table: message(locale, 'viewTable'),
  };
  const shown = spec
    ? `${localize(spec.label, locale)} (${fallback})`
    : name === 'v'
      ? (views[fallback] ?? fallback)
      : fallback;
  return fill(message(locale, 'noteInvalidParameter'), { param, fallback: shown });
}

/** Notes about the view (not the data), e.g. URL parameters that could not be used; dismissable. */
export function NotesBar() {
  const notes = useAppStore((state) => state.notes);
  const locale = useAppStore((state) => state.locale);
  const dataset = useAppStore((state) => state.dataset);
  const dismissNotes = useAppStore((state) => state.dismissNotes);
  // The live region stays in the page so screen readers announce notes that appear later.
  return (
    <div
      className="notes-bar"
      role="status"
      aria-label={message(locale, 'notesLabel')}
      data-testid="notes-bar"
    >
      {notes.length > 0 && (
        <>
          <ul>
            {notes.map((note, index) => (
              <li key={index} data-testid="note">
                {describeNote(note, locale, dataset)}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="notes-dismiss" onClick={dismissNotes}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{message(locale, 'notesDismiss')}</span>
          </button>
        </>
      )}
    </div>
  );
}
