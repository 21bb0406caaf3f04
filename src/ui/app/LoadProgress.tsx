import { useAppStore } from '../../state/use-app-store';
import { message } from './messages';
import './notes-bar.css';

/**
 * A progress bar while a dataset loads: the first one, and another one opened later (the old one stays
 * on screen meanwhile). The store's progress is below 1 exactly while a load runs.
 */
export function LoadProgress() {
  const loadState = useAppStore((state) => state.loadState);
  const progress = useAppStore((state) => state.loadProgress);
  const locale = useAppStore((state) => state.locale);
  if (loadState === 'error' || (loadState === 'ready' && progress >= 1)) return null;
  const percent = Math.round(Math.max(0, Math.min(1, progress)) * 100);
  return (
    <div
      className="load-progress"
      role="progressbar"
      aria-label={message(locale, 'loadingProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid="load-progress"
    >
      <div className="load-progress-bar" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
