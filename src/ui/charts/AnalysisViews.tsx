import { isCategory, numericIndicators } from '../../engine/indicator-scale';
import { localize } from '../../i18n/locale';
import { formatNumber } from '../../i18n/format-number';
import { describeStatus } from '../../i18n/status';
import {
  selectProfile,
  selectRanking,
  selectScatter,
  selectScatterAxes,
  cityLabelOf,
} from '../../state/select-charts';
import { selectIndicatorMapClasses } from '../../state/select-map-classes';
import { selectIndicator, selectLevelIndex, selectShownYear } from '../../state/selectors';
import type { AppState, ScatterColour } from '../../state/store';
import { useAppStore } from '../../state/use-app-store';
import { indicatorFormat, sourceLine } from './chart-context';
import { withUnit } from '../panels/panel-text-model';
import { ChartExports } from './ChartExports';
import { chartMessage } from './chart-messages';
import { PROFILE_MAX_AREAS, type Judgement, type ProfileCell, type TrendDirection } from './profile-model';
import { ProfileChart } from './ProfileChart';
import { RankingChart } from './RankingChart';
import { ScatterChart } from './ScatterChart';
import './charts.css';

const NO_COLOURS: readonly string[] = [];

/** Ranking of all areas of the level for the shown indicator and year. */
export function RankingView() {
  const model = useAppStore(selectRanking);
  const indicator = useAppStore(selectIndicator);
  const dataset = useAppStore((state) => state.dataset);
  const mapClasses = useAppStore(selectIndicatorMapClasses);
  const selectedId = useAppStore((state) => state.selectedId);
  const comparisonIds = useAppStore((state) => state.comparisonIds);
  const year = useAppStore(selectShownYear);
  const locale = useAppStore((state) => state.locale);
  const cityLabel = useAppStore(cityLabelOf);
  const levelIndex = useAppStore(selectLevelIndex);
  const selectArea = useAppStore((state) => state.selectArea);
  const setHoveredId = useAppStore((state) => state.setHoveredId);
  if (indicator && isCategory(indicator.spec))
    return (
      <section className="analysis" data-testid="ranking-view">
        <p className="hint" data-testid="ranking-category">
          {chartMessage(locale, 'categoryNoRanking', { indicator: localize(indicator.spec.label, locale) })}
        </p>
      </section>
    );
  if (!model || !indicator || !dataset) return null;
  const parentLevel = dataset.data.levels[levelIndex + 1];
  return (
    <section className="analysis" data-testid="ranking-view">
      <RankingChart
        model={model}
        format={indicatorFormat(indicator.spec, locale)}
        classColours={mapClasses?.colors ?? NO_COLOURS}
        selectedId={selectedId}
        comparisonIds={comparisonIds}
        year={year}
        cityLabel={cityLabel}
        parentLevelLabel={parentLevel ? localize(parentLevel.label, locale) : ''}
        locale={locale}
        source={sourceLine(dataset, [indicator.spec], locale)}
        onSelect={selectArea}
        onHover={setHoveredId}
        actions={
          <ChartExports
            title={`${chartMessage(locale, 'rankingTitle')}: ${localize(indicator.spec.label, locale)}`}
            subject={`${chartMessage(locale, 'rankingTitle')}_${indicator.spec.id}`}
            years={year}
          />
        }
      />
      {model.missing.length > 0 && (
        <details className="analysis-missing">
          <summary>{chartMessage(locale, 'rankingMissing', { n: model.missing.length })}</summary>
          <ul>
            {model.missing.map((area) => (
              <li key={area.areaId}>
                {area.name} ({area.areaId}): {describeStatus(area.status, locale)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Two indicators against each other; axes and colouring are chosen above the chart. */
export function ScatterView() {
  const model = useAppStore(selectScatter);
  const axes = useAppStore(selectScatterAxes);
  const dataset = useAppStore((state) => state.dataset);
  const mapClasses = useAppStore(selectIndicatorMapClasses);
  const colour = useAppStore((state) => state.analysis.scatterColour);
  const selectedId = useAppStore((state) => state.selectedId);
  const comparisonIds = useAppStore((state) => state.comparisonIds);
  const year = useAppStore(selectShownYear);
  const locale = useAppStore((state) => state.locale);
  const levelIndex = useAppStore(selectLevelIndex);
  const setAnalysis = useAppStore((state) => state.setAnalysis);
  const selectArea = useAppStore((state) => state.selectArea);
  const setHoveredId = useAppStore((state) => state.setHoveredId);
  if (!model || !axes || !dataset) return null;
  const specs = dataset.data.manifest.indicators;
  const axisSpecs = numericIndicators(specs);
  const xSpec = specs.find((spec) => spec.id === axes.x)!;
  const ySpec = specs.find((spec) => spec.id === axes.y)!;
  const parentLevel = dataset.data.levels[levelIndex + 1];
  const classesShown = mapClasses?.levelIndex === levelIndex;
  // Points coloured by a third indicator (the map's): say which.
  const mapIndicator =
    classesShown && mapClasses.indicatorId !== axes.x && mapClasses.indicatorId !== axes.y
      ? specs.find((spec) => spec.id === mapClasses.indicatorId)
      : undefined;
  const picker = (key: 'scatterX' | 'scatterY', value: string, label: string) => (
    <label>
      {label}
      <select
        data-testid={key === 'scatterX' ? 'scatter-x' : 'scatter-y'}
        value={value}
        onChange={(event) => setAnalysis({ [key]: event.target.value })}
      >
        {axisSpecs.map((spec) => (
          <option key={spec.id} value={spec.id}>
            {localize(spec.shortLabel ?? spec.label, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="analysis" data-testid="scatter-view">
      <div className="analysis-controls">
        {picker('scatterX', axes.x, chartMessage(locale, 'scatterX'))}
        {picker('scatterY', axes.y, chartMessage(locale, 'scatterY'))}
        <label>
          {chartMessage(locale, 'scatterColour')}
          <select
            data-testid="scatter-colour"
            value={colour}
            onChange={(event) => setAnalysis({ scatterColour: event.target.value as ScatterColour })}
          >
            <option value="class">{chartMessage(locale, 'scatterByClass')}</option>
            {parentLevel && <option value="parent">{chartMessage(locale, 'scatterByParent')}</option>}
          </select>
        </label>
        <span className="analysis-r" data-testid="scatter-r">
          {Number.isFinite(model.r)
            ? chartMessage(locale, 'scatterR', {
                r: formatNumber(model.r, 2, locale),
                n: model.points.length,
              })
            : chartMessage(locale, 'scatterNoR', { n: model.points.length })}
        </span>
      </div>
      <ScatterChart
        model={model}
        x={indicatorFormat(xSpec, locale)}
        y={indicatorFormat(ySpec, locale)}
        colour={parentLevel ? colour : 'class'}
        classColours={classesShown ? (mapClasses?.colors ?? NO_COLOURS) : NO_COLOURS}
        parentNames={parentLevel?.names ?? []}
        selectedId={selectedId}
        comparisonIds={comparisonIds}
        year={year}
        locale={locale}
        source={sourceLine(dataset, [xSpec, ySpec], locale)}
        onSelect={selectArea}
        onHover={setHoveredId}
        actions={
          <ChartExports
            title={`${chartMessage(locale, 'scatterTitle')}: ${localize(xSpec.label, locale)} / ${localize(ySpec.label, locale)}`}
            subject={`${chartMessage(locale, 'scatterTitle')}_${xSpec.id}_${ySpec.id}`}
            years={year}
          />
        }
      />
      {colour === 'class' && mapIndicator && (
        <p className="hint" data-testid="scatter-class-note">
          {chartMessage(locale, 'scatterClassNote', {
            indicator: localize(mapIndicator.shortLabel ?? mapIndicator.label, locale),
          })}
        </p>
      )}
    </section>
  );
}

const ARROWS: Record<Exclude<TrendDirection, null>, string> = { up: '↑', down: '↓', flat: '→' };

function judgementText(judgement: Judgement, locale: AppState['locale'], mean = false): string {
  if (judgement === 'better') return chartMessage(locale, mean ? 'profileBetterMean' : 'profileBetter');
  if (judgement === 'worse') return chartMessage(locale, mean ? 'profileWorseMean' : 'profileWorse');
  if (judgement === 'same') return chartMessage(locale, mean ? 'profileSameMean' : 'profileSame');
  return '';
}

/** The Steckbrief: spine chart and table of one to four areas against the city. */
export function ProfileView() {
  const model = useAppStore(selectProfile);
  const dataset = useAppStore((state) => state.dataset);
  const chosenCount = useAppStore((state) =>
    state.selectedId === null ? 0 : 1 + state.comparisonIds.length,
  );
  const locale = useAppStore((state) => state.locale);
  const year = useAppStore(selectShownYear);
  const levelIndex = useAppStore(selectLevelIndex);
  if (!dataset) return null;
  if (!model)
    return (
      <section className="analysis" data-testid="profile-view">
        <p className="hint" data-testid="profile-hint">
          {chartMessage(locale, 'profileHint')}
        </p>
      </section>
    );
  const level = dataset.data.levels[levelIndex];
  const trendTitle = (direction: TrendDirection) =>
    direction === 'up'
      ? chartMessage(locale, 'profileTrendUp')
      : direction === 'down'
        ? chartMessage(locale, 'profileTrendDown')
        : chartMessage(locale, 'profileTrendFlat');
  const cellContent = (cell: ProfileCell, decimals: number, unit: string) =>
    cell.categoryLabel !== null ? (
      cell.categoryLabel
    ) : cell.cell.value === null ? (
      <span className="missing">{describeStatus(cell.cell.status, locale)}</span>
    ) : (
      <>
        {withUnit(formatNumber(cell.cell.value, decimals, locale), unit)}
        {cell.trend && (
          <span
            className={`profile-trend judged-${cell.trendJudgement ?? 'none'}`}
            title={trendTitle(cell.trend)}
          >
            {' '}
            {ARROWS[cell.trend]}
            <span className="visually-hidden">{trendTitle(cell.trend)}</span>
          </span>
        )}
        {cell.rank && (
          <span className="profile-rank">
            {chartMessage(locale, 'rankOf', { rank: cell.rank.rank, of: cell.rank.of })}
          </span>
        )}
      </>
    );
  return (
    <section className="analysis analysis-scroll" data-testid="profile-view">
      {chosenCount > PROFILE_MAX_AREAS && <p className="hint">{chartMessage(locale, 'profileTooMany')}</p>}
      <ProfileChart
        model={model}
        locale={locale}
        source={sourceLine(dataset, [], locale)}
        subtitle={`${model.areas.map((area) => area.name).join(', ')} · ${level ? localize(level.label, locale) : ''}, ${year}`}
        actions={
          <ChartExports
            title={`${chartMessage(locale, 'profileTitle')}: ${model.areas.map((area) => area.name).join(', ')}`}
            subject={`${chartMessage(locale, 'profileTitle')}_${model.areas.map((area) => area.areaId).join('-')}`}
            years={year}
          />
        }
      />
      <table className="profile-table" data-testid="profile-table">
        <caption>
          {chartMessage(locale, 'profileTitle')}, {year}
        </caption>
        <thead>
          <tr>
            <th scope="col">{chartMessage(locale, 'profileIndicator')}</th>
            <th scope="col">{chartMessage(locale, 'profileCity')}</th>
            {model.areas.map((area) => (
              <th scope="col" key={area.areaId} data-area-id={area.areaId}>
                {area.name} <span className="area-id">{area.areaId}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.indicatorId} data-indicator-id={row.indicatorId}>
              <th scope="row">
                {row.label}
                {row.unit && <span className="unit"> ({row.unit})</span>}
              </th>
              <td>
                {row.city.value === null
                  ? describeStatus(row.city.status, locale)
                  : formatNumber(row.city.value, row.decimals, locale)}
                {row.reference === 'mean' && row.referenceValue !== null && (
                  <span className="profile-mean">
                    {chartMessage(locale, 'profileMean')}*:{' '}
                    {formatNumber(row.referenceValue, row.decimals, locale)}
                  </span>
                )}
              </td>
              {row.cells.map((cell, index) => (
                <td
                  key={model.areas[index]!.areaId}
                  className={`judged-${cell.judgement ?? 'none'}${row.category ? ' profile-category' : ''}`}
                  title={
                    cell.judgement
                      ? judgementText(cell.judgement, locale, row.reference === 'mean')
                      : row.category
                        ? chartMessage(locale, 'profileCategory')
                        : row.polarity === 'neutral'
                          ? chartMessage(locale, 'profileNeutral')
                          : cell.cell.value !== null && cell.deviation === null
                            ? chartMessage(locale, 'profileCount')
                            : undefined
                  }
                >
                  {cellContent(cell, row.decimals, '')}
                  {cell.judgement && (
                    <span className="visually-hidden">
                      {' '}
                      ({judgementText(cell.judgement, locale, row.reference === 'mean')})
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {model.usesMean && (
        <p className="hint" data-testid="profile-mean-note">
          {chartMessage(locale, 'profileMeanNote')}
        </p>
      )}
    </section>
  );
}
