import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { textWidth } from './chart-text';
import './charts.css';

/** Props of the frame every chart sits in. */
export interface ChartFrameProps {
  /** data-chart attribute (e.g. "ranking"): what tests and exports find the chart by. */
  readonly chartId: string;
  readonly title: string;
  /** Indicator and year (or years), shown under the title inside the SVG. */
  readonly subtitle: string;
  /** The dataset's or indicator's source, inside the SVG so an exported file says where it comes from. */
  readonly source: string;
  /** A line above the source (e.g. areas left out); the chart keeps NOTE_HEIGHT free for it. */
  readonly note?: string;
  /** What the chart shows, for screen readers (the SVG's <desc>). */
  readonly description: string;
  /** In pixels, or for the width the chart gets (a key that wraps into more rows). */
  readonly height: number | ((width: number) => number);
  /** Slot for export buttons and controls. */
  readonly actions?: ReactNode;
  /** Renders the marks for the given width; y positions start below the title block (HEADER_HEIGHT). */
  readonly children: (width: number) => ReactNode;
  readonly onKeyDown?: (event: KeyboardEvent<SVGSVGElement>) => void;
  readonly onMouseLeave?: () => void;
  /** Text for keyboard users, announced as the focused item changes. */
  readonly liveText?: string;
  readonly testId?: string;
}

/** Room taken by title and subtitle at the top of every chart SVG. */
export const HEADER_HEIGHT = 40;
/** Room taken by the source line at the bottom. */
export const FOOTER_HEIGHT = 18;
/** Room taken by a note line above the source. */
export const NOTE_HEIGHT = 14;
/** Note and source lines at the bottom. */
const FOOTER_TEXT = { fontSize: 10, fill: '#7b8794' } as const;

/**
 * A line of text that never runs past the chart's edges: from the left margin, or centred on
 * `centre` and moved inward as far as it needs; a text wider than the room, by the estimate of
 * chart-text.ts, is drawn narrower (SVG textLength), so it stays whole in exported files too.
 */
export function FittedText(props: {
  readonly text: string;
  readonly y: number;
  readonly width: number;
  readonly className: string;
  readonly fontSize: number;
  readonly fill: string;
  readonly centre?: number;
}) {
  const room = props.width - 16;
  const estimated = textWidth(props.text.length, props.fontSize);
  const tooWide = estimated > room;
  const x =
    props.centre === undefined
      ? 8
      : tooWide
        ? props.width / 2
        : Math.max(8 + estimated / 2, Math.min(props.centre, props.width - 8 - estimated / 2));
  return (
    <text
      className={props.className}
      x={x}
      y={props.y}
      fontSize={props.fontSize}
      fill={props.fill}
      textAnchor={props.centre === undefined ? undefined : 'middle'}
      textLength={tooWide ? room : undefined}
      lengthAdjust={tooWide ? 'spacingAndGlyphs' : undefined}
    >
      {props.text}
    </text>
  );
}

/** Tracks an element's width (ResizeObserver), so charts render in real pixels and text stays legible. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The shared frame: a <figure data-chart> with a caption and an actions slot, and an SVG that
 * carries its own title, description, subtitle and source, so an exported SVG is self-describing.
 */
export function ChartFrame(props: ChartFrameProps) {
  const [ref, width] = useWidth(640);
  const { chartId, title, subtitle, source, description } = props;
  const height = typeof props.height === 'function' ? props.height(width) : props.height;
  const titleId = `chart-${chartId}-title`;
  const descId = `chart-${chartId}-desc`;
  return (
    <figure className="chart" data-chart={chartId} data-testid={props.testId}>
      <figcaption className="chart-caption">
        {/* the visible title is the SVG's own (one title on screen, and in an exported file) */}
        <span className="chart-caption-title visually-hidden">{title}</span>
        {props.actions && <span className="chart-actions">{props.actions}</span>}
      </figcaption>
      <div className="chart-body" ref={ref}>
        <svg
          xmlns="http://www.w3.org/2000/svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descId}
          tabIndex={props.onKeyDown ? 0 : undefined}
          onKeyDown={props.onKeyDown}
          onMouseLeave={props.onMouseLeave}
          fontFamily="system-ui, sans-serif"
        >
          <title id={titleId}>{`${title}: ${subtitle}`}</title>
          <desc id={descId}>{description}</desc>
          <rect className="chart-background" width={width} height={height} fill="#fff" />
          <text className="chart-svg-title" x={8} y={16} fontSize={13} fontWeight={600} fill="#1f2933">
            {title}
          </text>
          <FittedText
            className="chart-svg-subtitle"
            text={subtitle}
            y={32}
            width={width}
            fontSize={11}
            fill="#52606d"
          />
          {props.children(width)}
          {props.note && (
            <FittedText
              className="chart-svg-note"
              text={props.note}
              y={height - 5 - NOTE_HEIGHT}
              width={width}
              {...FOOTER_TEXT}
            />
          )}
          {source && (
            <FittedText
              className="chart-svg-source"
              text={source}
              y={height - 5}
              width={width}
              {...FOOTER_TEXT}
            />
          )}
        </svg>
      </div>
      {props.liveText !== undefined && (
        <p className="visually-hidden" aria-live="polite">
          {props.liveText}
        </p>
      )}
    </figure>
  );
}

/** Decimals a tick step needs (0 for 5, 10; 1 for 0.5; 2 for 0.25). */
export function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

/** Horizontal grid lines with their values at the left edge (ranking, time series). */
export function YGrid(props: {
  readonly ticks: readonly number[];
  readonly y: (value: number) => number;
  readonly left: number;
  readonly right: number;
  readonly decimals: number;
  readonly locale: Locale;
  readonly className: string;
}) {
  const { ticks, y, left, right, decimals, locale, className } = props;
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick} className={className}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="#e4e7eb" />
          <text x={left - 4} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={10} fill="#52606d">
            {formatNumber(tick, decimals, locale)}
          </text>
        </g>
      ))}
    </>
  );
}
