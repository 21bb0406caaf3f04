import { useEffect, useId, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import { selectYearIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import './panels.css';

/** One year per step while playing; with reduced motion the animation slows down rather than stops. */
export const PLAY_STEP_MS = 1200;
export const PLAY_STEP_REDUCED_MS = 2400;

const NO_YEARS: readonly number[] = [];
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia?.(REDUCED_MOTION);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.(REDUCED_MOTION).matches ?? false;
}

/**
 * The year bar: the year shown big, a slider over the dataset's years (arrow keys, Home/End) and
 * play/pause. Playing advances one year per step and stops on the last year, leaving it shown; any
 * other change of the year pauses.
 */
export function YearSlider() {
  const years = useAppStore((state) => state.dataset?.data.years ?? NO_YEARS);
  const yearIndex = useAppStore(selectYearIndex);
  const playing = useAppStore((state) => state.playing);
  const locale = useAppStore((state) => state.locale);
  const setYear = useAppStore((state) => state.setYear);
  const setPlaying = useAppStore((state) => state.setPlaying);
  const reducedMotion = useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false);
  const sliderId = useId();
  const ticksId = useId();
  /** The year the animation last moved to: a different year while playing means someone else moved it. */
  const advancedTo = useRef<number | null>(null);
  const year = years[yearIndex];
  const delay = reducedMotion ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS;

  useEffect(() => {
    if (!playing || year === undefined) {
      advancedTo.current = null;
      return;
    }
    if (advancedTo.current !== null && advancedTo.current !== year) {
      advancedTo.current = null;
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => {
      const next = years[yearIndex + 1];
      if (next === undefined) {
        setPlaying(false);
        return;
      }
      advancedTo.current = next;
      setYear(next);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [playing, year, yearIndex, years, delay, setPlaying, setYear]);

  if (year === undefined) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  const canPlay = years.length > 1;

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Play from the last year starts over, so the button never does nothing.
    if (yearIndex >= years.length - 1) setYear(first);
    advancedTo.current = null;
    setPlaying(true);
  };

  const playLabel = message(locale, playing ? 'yearPause' : 'yearPlay');
  return (
    <div className="year-bar" data-testid="year-bar" role="group" aria-label={message(locale, 'year')}>
      <button
        type="button"
        className="year-play"
        data-testid="year-play"
        data-playing={playing}
        aria-label={playLabel}
        title={playLabel}
        disabled={!canPlay}
        onClick={togglePlay}
      >
        <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
          {playing ? <path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z" /> : <path d="M4 2l10 6-10 6z" />}
        </svg>
      </button>
      <output className="year-label" data-testid="year-label" htmlFor={sliderId}>
        {year}
      </output>
      <div className="year-track">
        <label className="visually-hidden" htmlFor={sliderId}>
          {message(locale, 'yearSlider')} ({first}–{last})
        </label>
        <input
          id={sliderId}
          type="range"
          data-testid="year-slider"
          min={0}
          max={Math.max(0, years.length - 1)}
          step={1}
          value={yearIndex}
          aria-valuetext={String(year)}
          list={ticksId}
          disabled={!canPlay}
          onChange={(event) => {
            const chosen = years[Number(event.target.value)];
            if (chosen === undefined) return;
            setPlaying(false);
            setYear(chosen);
          }}
        />
        <datalist id={ticksId}>
          {years.map((candidate, index) => (
            <option key={candidate} value={index} label={String(candidate)} />
          ))}
        </datalist>
        <div className="year-ticks" aria-hidden="true">
          {years.map((candidate, index) => (
            <span
              key={candidate}
              className={candidate === year ? 'current' : undefined}
              style={{ '--at': years.length > 1 ? index / (years.length - 1) : 0.5 } as CSSProperties}
            >
              {candidate}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
