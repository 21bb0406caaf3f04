import { formatNumber } from '../../i18n/format-number';
import { localize } from '../../i18n/locale';
import { selectLevelIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { chartMessage } from '../charts/chart-messages';
import { flagMessage } from '../handlungsbedarf/messages';

/** Filters of the data table: text in area name or id, and one parent area. */
export function TableFilters({
  total,
  shown,
  hasFlags,
}: {
  total: number;
  shown: number;
  hasFlags: boolean;
}) {
  const filter = useAppStore((state) => state.analysis.tableFilter);
  const parentLevel = useAppStore((state) => state.dataset?.data.levels[selectLevelIndex(state) + 1] ?? null);
  const locale = useAppStore((state) => state.locale);
  const setAnalysis = useAppStore((state) => state.setAnalysis);
  const set = (next: Partial<typeof filter>) => setAnalysis({ tableFilter: { ...filter, ...next } });
  const parents = parentLevel
    ? parentLevel.areaIds
        .map((id, index) => ({ id, name: parentLevel.names[index] ?? id }))
        .sort((a, b) => a.name.localeCompare(b.name, locale === 'de' ? 'de-DE' : 'en-GB'))
    : [];
  return (
    <div className="table-filters analysis-controls" role="search">
      <label>
        {chartMessage(locale, 'tableFilterText')}
        <input
          type="search"
          data-testid="table-filter-text"
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      {parentLevel && (
        <label>
          {parentLevel ? localize(parentLevel.label, locale) : chartMessage(locale, 'tableFilterParent')}
          <select
            data-testid="table-filter-parent"
            value={filter.parentId ?? ''}
            onChange={(event) => set({ parentId: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{chartMessage(locale, 'tableFilterAll')}</option>
            {parents.map((parent) => (
              <option key={parent.id} value={parent.id}>
                {parent.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {hasFlags && (
        <label>
          {flagMessage(locale, 'tableColumn')}
          <select
            data-testid="table-filter-flag"
            value={filter.flag ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              set({ flag: value === 'yes' || value === 'open' || value === 'no' ? value : null });
            }}
          >
            <option value="">{chartMessage(locale, 'tableFilterAll')}</option>
            <option value="yes">{flagMessage(locale, 'flagYes')}</option>
            <option value="open">{flagMessage(locale, 'flagUndecided')}</option>
            <option value="no">{flagMessage(locale, 'flagNo')}</option>
          </select>
        </label>
      )}
      <span aria-live="polite" data-testid="table-filter-count">
        {chartMessage(locale, 'tableFilterCount', {
          n: formatNumber(shown, 0, locale),
          total: formatNumber(total, 0, locale),
        })}
      </span>
    </div>
  );
}
