import { useCallback, useContext, useId, useMemo, useState } from 'react';
import { formatNumber } from '../../i18n/format-number';
import { localize } from '../../i18n/locale';
import { selectExclusionReasons } from '../../state/select-exclusions';
import { selectChange, selectMapClasses } from '../../state/select-map-classes';
import { chartMessage } from '../charts/chart-messages';
import { differenceUnit } from '../panels/detail-model';
import { selectIndicator, selectLevel } from '../../state/selectors';
import { AppStoreContext, useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { FlagLegend } from '../handlungsbedarf/FlagLegend';
import { buildLegendModel } from './legend-model';
import { LegendMatrix } from './LegendMatrix';
import { swatchBackground } from './missing-style';
import './legend.css';
import { lazyAfterMainContent } from '../app/first-paint';

// The classification controls (folded under the legend) load after the first paint.
const ClassificationControls = lazyAfterMainContent(() =>
  import('./ClassificationControls').then((module) => ({ default: module.ClassificationControls })),
);

/** Narrow screens start with the legend folded, so it does not cover the map. */
function startsOpen(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 720px)').matches;
}

/** A map narrower than this (CSS px) gets the legend folded, e.g. the Bilanzierung beside its list. */
const NARROW_MAP_PX = 560;

/**
 * Whether the map area around the legend is narrower than NARROW_MAP_PX (a hidden map measures 0:
 * not narrow), and the ref callback for the legend's element. Only a change of that answer renders
 * the legend again: the element and the width in state made two more renders of the legend (and
 * two more style and layout passes of the page) right after the dataset arrived, before the first
 * map was drawn.
 */
function useNarrowParent(): [boolean, (element: HTMLElement | null) => (() => void) | undefined] {
  const [narrow, setNarrow] = useState(false);
  const ref = useCallback((element: HTMLElement | null) => {
    const parent = element?.parentElement;
    if (!parent || typeof ResizeObserver !== 'function') return undefined;
    // Observing reports the current size at once, then every change.
    const observer = new ResizeObserver(() => {
      const width = parent.clientWidth;
      setNarrow(width > 0 && width < NARROW_MAP_PX);
    });
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);
  return [narrow, ref];
}

/**
 * The map legend, floating over the map: indicator, unit, year and level; one row per class with
 * its colour, range and number of areas (a button: highlights the class's areas on the map); rows
 * for no data, suppressed and excluded areas; the classification controls below.
 */
export function Legend() {
  const store = useContext(AppStoreContext)!;
  const classes = useAppStore(selectMapClasses);
  const indicator = useAppStore(selectIndicator);
  const level = useAppStore(selectLevel);
  const years = useAppStore((state) => state.dataset?.data.years);
  const locale = useAppStore((state) => state.locale);
  const highlighted = useAppStore((state) => state.highlightedClass);
  const exclusionReasons = useAppStore(selectExclusionReasons);
  // The Bilanzierung paints the change between two years (its own classes, see selectMapClasses).
  const change = useAppStore((state) => (state.view === 'change' ? selectChange(state) : null));
  const [narrowMap, sectionRef] = useNarrowParent();
  const [wideScreen] = useState(startsOpen);
  // Folded on narrow screens and narrow maps, until the reader opens or folds it themselves.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? (wideScreen && !narrowMap);
  const id = useId();

  const spec = indicator?.spec;
  const model = useMemo(
    () => (classes && spec ? buildLegendModel(classes, spec.decimals, locale) : null),
    [classes, spec, locale],
  );
  if (!classes || !spec || !model) return null;

  const unit = change
    ? differenceUnit(localize(spec.unit, locale), message(locale, 'percentagePoints'))
    : localize(spec.unit, locale);
  // A year compared with itself is no change (the map has no classes): no "2020–2020".
  const year = change
    ? change.fromYear === change.toYear
      ? chartMessage(locale, 'changeTitle')
      : `${chartMessage(locale, 'changeTitle')} ${change.fromYear}–${change.toYear}`
    : years?.[classes.yearIndex];
  const count = (n: number) => formatNumber(n, 0, locale);
  const toggle = (index: number) =>
    store.getState().setHighlightedClass(highlighted === index ? null : index);

  return (
    <section ref={sectionRef} className="legend" data-testid="legend" aria-labelledby={`${id}-title`}>
      <div className="legend-header">
        <h2 className="legend-title" id={`${id}-title`}>
          {localize(spec.shortLabel ?? spec.label, locale)}
          {unit && <span className="legend-unit"> ({unit})</span>}
        </h2>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          title={message(locale, open ? 'legendHide' : 'legendShow')}
          aria-label={message(locale, open ? 'legendHide' : 'legendShow')}
          onClick={() => setChosen(!open)}
        >
          <span aria-hidden="true">{open ? '−' : '+'}</span>
        </button>
      </div>
      <p className="legend-subtitle">
        {year} · {level ? localize(level.label, locale) : ''}
      </p>
      <div id={`${id}-body`} hidden={!open}>
        {model.matrix && (
          <LegendMatrix
            matrix={model.matrix}
            cells={model.classes}
            highlighted={highlighted}
            locale={locale}
            onToggle={toggle}
          />
        )}
        <ul className="legend-rows" aria-label={message(locale, 'legend')}>
          {!model.matrix &&
            model.classes.map((row) => (
              <li key={row.index}>
                <button
                  type="button"
                  className="legend-row legend-class"
                  data-testid={`legend-class-${row.index}`}
                  aria-pressed={highlighted === row.index}
                  onClick={() => toggle(row.index)}
                >
                  <span className="legend-swatch" style={{ background: row.color }} aria-hidden="true" />
                  <span className="legend-range">{row.label}</span>
                  <span
                    className="legend-count"
                    data-testid={`legend-count-${row.index}`}
                    aria-label={message(locale, 'legendCountLabel').replace('{n}', count(row.count))}
                  >
                    {count(row.count)}
                  </span>
                </button>
              </li>
            ))}
          {model.missing.map((row) => (
            <li
              key={row.kind}
              className="legend-row legend-missing"
              data-testid={`legend-missing-${row.kind}`}
            >
              <span
                className="legend-swatch"
                style={{ background: swatchBackground(row.style) }}
                aria-hidden="true"
              />
              <span className="legend-range">{row.label}</span>
              <span
                className="legend-count"
                aria-label={message(locale, 'legendCountLabel').replace('{n}', count(row.count))}
              >
                {count(row.count)}
              </span>
            </li>
          ))}
          {exclusionReasons.length > 0 && (
            <li className="legend-reasons" data-testid="legend-excluded-reasons">
              {exclusionReasons.map((item, index) => (
                <span key={index}>
                  {message(locale, 'legendExcludedBecause')
                    .replace('{reason}', localize(item.reason, locale))
                    .replace('{n}', count(item.count))}
                </span>
              ))}
            </li>
          )}
        </ul>
        {/* Without classes (e.g. a change before its first base year) there is nothing to centre or click. */}
        {model.classes.length > 0 && model.centreNote && <p className="legend-note">{model.centreNote}</p>}
        {model.classes.length > 0 && <p className="legend-note">{message(locale, 'legendHighlightHint')}</p>}
        <FlagLegend />
        {/* Fixed classes come from the manifest: nothing to choose. */}
        {!classes.fixed && <ClassificationControls />}
      </div>
    </section>
  );
}
