import type { TooltipContent } from './tooltip-model';
import { TooltipFlag } from './TooltipFlag';

export interface TooltipProps {
  readonly content: TooltipContent;
  /** Pointer position in px relative to the map container. */
  readonly x: number;
  readonly y: number;
  /** Container size, to keep the tooltip inside it. */
  readonly width: number;
  readonly height: number;
}

/**
 * The hover tooltip over the map: name, value with unit, class range and missing reason, and
 * whether the area has Handlungsbedarf, all as text (data from files never becomes HTML). It
 * follows the pointer and flips to stay visible.
 */
export function Tooltip({ content, x, y, width, height }: TooltipProps) {
  const flipX = x > width * 0.6;
  const flipY = y > height * 0.7;
  const style = {
    left: flipX ? undefined : x + 14,
    right: flipX ? width - x + 14 : undefined,
    top: flipY ? undefined : y + 14,
    bottom: flipY ? height - y + 14 : undefined,
  };
  return (
    <div className="map-tooltip" role="tooltip" data-testid="map-tooltip" style={style}>
      <div className="map-tooltip-title">
        <span data-testid="map-tooltip-name">{content.title}</span>
        <span className="map-tooltip-id">{content.areaId}</span>
      </div>
      {content.value !== null && (
        <div className="map-tooltip-value" data-testid="map-tooltip-value">
          {content.value}
        </div>
      )}
      {content.classText !== null && <div className="map-tooltip-class">{content.classText}</div>}
      {content.reason !== null && <div className="map-tooltip-reason">{content.reason}</div>}
      <TooltipFlag areaId={content.areaId} />
    </div>
  );
}
