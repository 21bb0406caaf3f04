import { selectFlags } from '../../state/select-handlungsbedarf';
import { areaIndexOf, selectLevel, selectYearIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { tooltipFlag } from './tooltip-flag';

/**
 * The tooltip's Handlungsbedarf lines for the hovered area (tooltip-flag.ts): read from the store,
 * so the map component needs to pass nothing but the area. Nothing without rules switched on.
 */
export function TooltipFlag({ areaId }: { readonly areaId: string }) {
  const view = useAppStore(selectFlags);
  const level = useAppStore(selectLevel);
  const yearIndex = useAppStore(selectYearIndex);
  const locale = useAppStore((state) => state.locale);
  if (!view) return null;
  const flag = tooltipFlag(view.flags, yearIndex, areaIndexOf(level, areaId), locale);
  if (!flag) return null;
  return (
    <div
      className={`map-tooltip-flag map-tooltip-flag-${flag.state}`}
      data-testid="map-tooltip-flag"
      data-flag={flag.state}
    >
      {flag.lines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </div>
  );
}
