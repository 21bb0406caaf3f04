import { useId, useState, type FormEvent } from 'react';
import { formatEditableNumber, formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { message } from '../app/messages';
import { checkBreaks, formatBreaks, MAX_INNER_BREAKS, MIN_INNER_BREAKS, parseBreak } from './breaks-input';

export interface BreaksEditorProps {
  /** The inner breaks in force (what the map shows). */
  readonly breaks: readonly number[];
  /** Range of the classified values: breaks must lie within it. */
  readonly minimum: number;
  readonly maximum: number;
  readonly decimals: number;
  readonly locale: Locale;
  readonly onApply: (breaks: readonly number[]) => void;
}

/**
 * Editor for manual class breaks: one text field per inner break (German "12,5" or English "12.5"),
 * add and remove, apply with the button or Enter. Invalid input shows why and which field, and the
 * map keeps the last valid breaks. Remount it (key) when the breaks change from outside.
 */
export function BreaksEditor({ breaks, minimum, maximum, decimals, locale, onApply }: BreaksEditorProps) {
  const [texts, setTexts] = useState(() => formatBreaks(breaks, decimals, locale));
  const [problem, setProblem] = useState<{ message: string; field: number | null } | null>(null);
  const id = useId();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const check = checkBreaks(texts, minimum, maximum, decimals, locale);
    if (!check.ok) {
      setProblem({ message: check.message, field: check.field });
      return;
    }
    setProblem(null);
    onApply(check.breaks);
  };

  const add = () => {
    const last = texts.length > 0 ? parseBreak(texts[texts.length - 1] as string, locale) : minimum;
    const start = Number.isFinite(last) ? last : minimum;
    setTexts([...texts, formatEditableNumber((start + maximum) / 2, decimals, locale)]);
  };

  const range = {
    min: formatNumber(minimum, decimals, locale),
    max: formatNumber(maximum, decimals, locale),
  };
  return (
    <form className="breaks-editor" data-testid="breaks-editor" onSubmit={apply} noValidate>
      <fieldset>
        <legend>{message(locale, 'breaksEditor')}</legend>
        <p className="legend-note" id={`${id}-hint`}>
          {message(locale, 'breaksHint').replace('{min}', range.min).replace('{max}', range.max)}
        </p>
        <ol className="breaks-list">
          {texts.map((text, index) => (
            <li key={index}>
              <input
                type="text"
                inputMode="decimal"
                value={text}
                data-testid={`breaks-input-${index}`}
                aria-label={message(locale, 'breaksBound').replace('{n}', String(index + 1))}
                aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
                aria-invalid={problem?.field === index || undefined}
                onChange={(event) =>
                  setTexts(texts.map((old, at) => (at === index ? event.target.value : old)))
                }
              />
              <button
                type="button"
                className="breaks-remove"
                disabled={texts.length <= MIN_INNER_BREAKS}
                aria-label={message(locale, 'breaksRemove').replace('{n}', String(index + 1))}
                title={message(locale, 'breaksRemove').replace('{n}', String(index + 1))}
                onClick={() => setTexts(texts.filter((_, at) => at !== index))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
        <div className="breaks-actions">
          <button
            type="button"
            onClick={add}
            disabled={texts.length >= MAX_INNER_BREAKS}
            data-testid="breaks-add"
          >
            {message(locale, 'breaksAdd')}
          </button>
          <button type="submit" data-testid="breaks-apply">
            {message(locale, 'breaksApply')}
          </button>
        </div>
        {problem && (
          <p className="breaks-problem" role="alert" id={`${id}-problem`} data-testid="breaks-error">
            {problem.message} {message(locale, 'breaksKept')}
          </p>
        )}
      </fieldset>
    </form>
  );
}
