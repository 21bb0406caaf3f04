import { useContext, useId } from 'react';
import type { ClassificationMethod } from '../../manifest/schema';
import {
  CHANGE_METHODS,
  selectChange,
  selectChangeClassification,
  selectClassifiedRange,
  selectEffectiveClassification,
  selectMapClasses,
  selectMapValues,
} from '../../state/select-map-classes';
import { selectIndicator } from '../../state/selectors';
import { AppStoreContext, useAppStore } from '../../state/use-app-store';
import { message, type MessageKey } from '../app/messages';
import { BreaksEditor } from './BreaksEditor';
import { shownClassCount } from './legend-model';
import { divergingCentreOf, setDivergingCentre } from './diverging-centre';
import { initialManualBreaks } from './manual-start';
import { PALETTES, paletteColors, paletteKindOf } from './palette';

const METHODS: readonly (readonly [ClassificationMethod, MessageKey])[] = [
  ['quantile', 'methodQuantile'],
  ['equal-interval', 'methodEqualInterval'],
  ['natural-breaks', 'methodNaturalBreaks'],
  ['std-dev', 'methodStdDev'],
  ['manual', 'methodManual'],
];
const CLASS_COUNTS = [3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Classification choices for the shown indicator: method, number of classes, breaks per year or
 * fixed over all years, colour scheme (of the indicator's kind, colour-blind-safe ones marked),
 * centre of a diverging scheme, and the manual breaks editor. Everything goes to the store; map and
 * legend follow. In the Bilanzierung they classify its changes: method (no typed breaks), number of
 * classes and diverging scheme, the same choice as the map's.
 */
export function ClassificationControls() {
  const store = useContext(AppStoreContext)!;
  const changeView = useAppStore((state) => state.view === 'change' && selectChange(state) !== null);
  const indicatorClassification = useAppStore(selectEffectiveClassification);
  const changeClassification = useAppStore(selectChangeClassification);
  const effective = changeView ? changeClassification : indicatorClassification;
  const classes = useAppStore(selectMapClasses);
  const range = useAppStore(selectClassifiedRange);
  const indicator = useAppStore(selectIndicator);
  const locale = useAppStore((state) => state.locale);
  const playing = useAppStore((state) => state.playing);
  const centre = useAppStore(divergingCentreOf);
  const id = useId();
  if (!effective || !classes || !indicator) return null;

  const spec = indicator.spec;
  const { setClassification, setPalette } = store.getState();
  const kind = changeView ? 'diverging' : paletteKindOf(spec);
  const methods = changeView ? METHODS.filter(([method]) => CHANGE_METHODS.includes(method)) : METHODS;
  const fixedCount = effective.method === 'std-dev' || effective.method === 'manual';
  const classCount = Math.min(9, Math.max(3, effective.classes));
  const shownCount = shownClassCount(classes);

  // Manual breaks set the class count too (inner breaks + 1): the address writes both, and a link
  // whose `k` disagrees with its breaks is refused as invalid (url-state.ts).
  const applyManual = (breaks: readonly number[]) =>
    setClassification({ method: 'manual', breaks, classes: breaks.length + 1 });
  const chooseMethod = (method: ClassificationMethod) => {
    if (method === 'manual')
      applyManual(
        initialManualBreaks(
          classes,
          range,
          spec.decimals,
          locale,
          selectMapValues(store.getState()) ?? undefined,
        ),
      );
    else setClassification({ method, breaks: null });
  };

  const innerBreaks =
    effective.method === 'manual'
      ? (effective.breaks ?? classes.breaks.slice(0, -1))
      : classes.breaks.slice(0, -1);

  return (
    <>
      {playing && (
        // Outside the folded section: the reason the legend stops changing between years.
        <p className="legend-note legend-playing" id={`${id}-playing`} data-testid="classify-playing-note">
          {message(locale, 'classifyPlayingNote')}
        </p>
      )}
      <details className="classify" data-testid="classify">
        <summary>{message(locale, 'classification')}</summary>
        <div className="classify-fields">
          <label>
            <span>{message(locale, 'classifyMethod')}</span>
            <select
              data-testid="classify-method"
              value={effective.method}
              onChange={(event) => chooseMethod(event.target.value as ClassificationMethod)}
            >
              {methods.map(([method, key]) => (
                <option key={method} value={method}>
                  {message(locale, key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{message(locale, 'classifyClasses')}</span>
            <select
              data-testid="classify-classes"
              value={fixedCount ? shownCount : classCount}
              disabled={fixedCount}
              aria-describedby={fixedCount ? `${id}-count-note` : undefined}
              onChange={(event) => setClassification({ classes: Number(event.target.value) })}
            >
              {fixedCount && !CLASS_COUNTS.includes(shownCount as (typeof CLASS_COUNTS)[number]) && (
                <option value={shownCount}>{shownCount}</option>
              )}
              {CLASS_COUNTS.map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </label>
          {!changeView && (
            <label>
              <span>{message(locale, 'classifyScope')}</span>
              <select
                data-testid="classify-scope"
                value={effective.scope ?? 'per-year'}
                disabled={playing}
                aria-describedby={playing ? `${id}-playing` : undefined}
                onChange={(event) =>
                  setClassification({ scope: event.target.value as 'per-year' | 'all-years' })
                }
              >
                <option value="per-year">{message(locale, 'scopePerYear')}</option>
                <option value="all-years">{message(locale, 'scopeAllYears')}</option>
              </select>
            </label>
          )}
        </div>
        {changeView && (
          <p className="legend-note" data-testid="classify-change-note">
            {message(locale, 'classifyChangeNote')}
          </p>
        )}
        {effective.method === 'std-dev' && (
          <p className="legend-note" id={`${id}-count-note`}>
            {message(locale, 'classifyStdDevClasses')}
          </p>
        )}
        {effective.method === 'manual' && range && (
          <BreaksEditor
            key={`${indicator.spec.id}:${innerBreaks.join(';')}`}
            breaks={innerBreaks}
            minimum={range.minimum}
            maximum={range.maximum}
            decimals={spec.decimals}
            locale={locale}
            onApply={applyManual}
          />
        )}
        {classes.diverging && !changeView && (
          <fieldset className="classify-centre" data-testid="classify-centre">
            <legend>{message(locale, 'divergingCentre')}</legend>
            {(['zero', 'city'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-centre`}
                  value={value}
                  checked={centre === value}
                  onChange={() => setDivergingCentre(store, value)}
                />
                {message(locale, value === 'zero' ? 'centreZero' : 'centreCity')}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="palette-select" data-testid="palette-select">
          <legend>
            {message(locale, 'palette')} (
            {message(locale, kind === 'diverging' ? 'paletteDiverging' : 'paletteSequential')})
          </legend>
          {PALETTES.filter((palette) => palette.kind === kind).map((palette) => (
            <label key={palette.name} className="palette-option">
              <input
                type="radio"
                name={`${id}-palette`}
                value={palette.name}
                data-testid={`palette-${palette.name}`}
                checked={classes.palette === palette.name}
                onChange={() => setPalette(palette.name)}
              />
              <span className="palette-ramp" aria-hidden="true">
                {paletteColors(palette.name, 5).map((color) => (
                  <span key={color} style={{ background: color }} />
                ))}
              </span>
              <span className="palette-name">{palette.name}</span>
              <span
                className={palette.colorBlindSafe ? 'palette-safe' : 'palette-unsafe'}
                title={message(
                  locale,
                  palette.colorBlindSafe ? 'paletteColorBlindSafe' : 'paletteNotColorBlindSafe',
                )}
              >
                <span aria-hidden="true">{palette.colorBlindSafe ? '✓' : '!'}</span>
                <span className="visually-hidden">
                  {message(
                    locale,
                    palette.colorBlindSafe ? 'paletteColorBlindSafe' : 'paletteNotColorBlindSafe',
                  )}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </details>
    </>
  );
}
