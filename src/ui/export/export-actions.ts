/**
 * What each entry of the export menu makes, from the store's state: the file's bytes and a name
 * that says what is inside. The tables are the CLI's (`resolveTableRequest` with each indicator's
 * own classification), for the level and year on screen and every indicator.
 */
import { formatNumber } from '../../i18n/format-number';
import { localize, type Locale } from '../../i18n/locale';
import { tableCsvExport } from '../../io/export-csv';
import { levelGeoJsonText, levelToGeoJson } from '../../io/export-geojson';
import {
  allIndicatorsSubject,
  exportFileName,
  exportMeta,
  formatDay,
  shortTitle,
  type ExportMeta,
} from '../../io/export-meta';
import { resolveTableRequest, type ResolvedTable } from '../../io/export-table';
import type { ClassificationMethod } from '../../manifest/schema';
import { selectFlagSummaries } from '../../state/select-handlungsbedarf';
import { selectMapClasses } from '../../state/select-map-classes';
import { derivedOf, selectIndicator, selectLevelIndex, selectYearIndex } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { message, type MessageKey } from '../app/messages';
import { buildLegendModel, shownClassCount } from '../legend/legend-model';
import { highlightLayerIdsOf, printBoundaryChanges, type LayerChange } from '../map/map-style';
import { fillTemplate } from '../panels/panel-text-model';
import { exportMessage } from './export-messages';
import { canvasToPng } from './download';
import { mapFlagEntry } from './map-flag-entry';
import { captureMap, composeMapImage, PRINT_PAGE } from './map-png';
import { withPrintResolution } from './png-dpi';
import type * as maplibregl from 'maplibre-gl';

/** A file ready to download. */
export interface ExportFile {
  readonly blob: Blob;
  readonly fileName: string;
}

interface TableContext {
  readonly resolved: ResolvedTable;
  readonly meta: ExportMeta;
  readonly levelId: string;
  readonly year: number;
  readonly locale: Locale;
}

function tableContext(state: AppState, date: string): TableContext {
  const { dataset, locale } = state;
  if (!dataset) throw new Error('no dataset');
  const derived = derivedOf(dataset);
  const levelId = dataset.data.levels[selectLevelIndex(state)]!.id;
  const year = dataset.data.years[selectYearIndex(state)]!;
  const request = resolveTableRequest(derived, { level: levelId, year });
  if (!request.ok) throw new Error(request.message);
  const meta = exportMeta(derived, {
    levelId,
    year,
    subject: message(locale, 'exportTableSubject'),
    date,
    locale,
  });
  return { resolved: request.table, meta, levelId, year, locale };
}

function tableFileName(context: TableContext, extension: string): string {
  return exportFileName(context.resolved.derived, {
    levelId: context.levelId,
    year: context.year,
    subject: allIndicatorsSubject(context.locale),
    extension,
  });
}

/** The table of the shown level and year, every indicator, as CSV in the reader's convention. */
export function exportTableCsv(state: AppState, date: string): ExportFile {
  const context = tableContext(state, date);
  const text = tableCsvExport(context.resolved, context.meta);
  return {
    blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
    fileName: tableFileName(context, 'csv'),
  };
}

/** The same table as an Excel workbook (exceljs is loaded now, not with the page). */
export async function exportTableXlsx(state: AppState, date: string): Promise<ExportFile> {
  const context = tableContext(state, date);
  const { tableXlsxExport } = await import('../../io/export-xlsx');
  const bytes = await tableXlsxExport(context.resolved, context.meta);
  return {
    blob: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName: tableFileName(context, 'xlsx'),
  };
}

/** The shown level's areas with every indicator of the shown year, as GeoJSON. */
export function exportLevelGeoJson(state: AppState, date: string): ExportFile {
  const context = tableContext(state, date);
  const geometry = state.dataset!.geometry[selectLevelIndex(state)];
  if (!geometry) throw new Error(`${context.levelId}: no geometry`);
  const collection = levelToGeoJson(context.resolved, geometry, context.meta);
  return {
    blob: new Blob([levelGeoJsonText(collection)], { type: 'application/geo+json' }),
    fileName: tableFileName(context, 'geojson'),
  };
}

const METHOD_LABEL: Readonly<Record<ClassificationMethod, MessageKey>> = {
  quantile: 'methodQuantile',
  'equal-interval': 'methodEqualInterval',
  'natural-breaks': 'methodNaturalBreaks',
  'std-dev': 'methodStdDev',
  manual: 'methodManual',
};

/** The map as shown (indicator, classes, colours, camera) on an A4 page at 300 dpi with legend and notes. */
export async function exportMapPng(state: AppState, map: maplibregl.Map, date: string): Promise<ExportFile> {
  const { dataset, locale } = state;
  const indicator = selectIndicator(state);
  const classes = selectMapClasses(state);
  if (!dataset || !indicator || !classes) throw new Error('no map');
  const derived = derivedOf(dataset);
  const level = dataset.data.levels[selectLevelIndex(state)]!;
  const year = dataset.data.years[selectYearIndex(state)]!;
  const spec = indicator.spec;
  const label = localize(spec.label, locale);
  const unit = localize(spec.unit, locale);
  const legend = buildLegendModel(classes, spec.decimals, locale);
  const meta = exportMeta(derived, { levelId: level.id, year, subject: label, date, locale });
  const source = meta.source || shortTitle(derived, locale);
  // Selection, comparison and hover outlines belong to the session, not to the printed map; its
  // boundaries are lines (one device pixel at 300 dpi would all but vanish).
  const printChanges: LayerChange[] = [
    ...dataset.data.levels.flatMap((shown) =>
      highlightLayerIdsOf(shown.id).map((layer): LayerChange => ({
        layer,
        kind: 'layout',
        property: 'visibility',
        value: 'none',
      })),
    ),
    ...printBoundaryChanges(level.id),
  ];
  const mapImage = await captureMap(map, PRINT_PAGE.width - 1100, PRINT_PAGE.height - 700, printChanges);
  const flags = state.showFlags ? selectFlagSummaries(state) : null;
  const { manifest } = dataset.data;
  const populationLabel =
    manifest.variables.find((variable) => variable.id === manifest.options.populationVariable)?.label ?? null;
  const page = composeMapImage(mapImage, {
    title: meta.title,
    legendTitle: label,
    legendSubtitle: [
      unit,
      classes.fixed
        ? exportMessage(locale, 'fixedClasses')
        : fillTemplate(message(locale, 'exportClassification'), {
            method: message(locale, METHOD_LABEL[classes.method]),
            k: shownClassCount(classes),
          }),
    ]
      .filter(Boolean)
      .join(' · '),
    legend,
    matrixCaption: legend.matrix
      ? fillTemplate(message(locale, 'legendMatrix'), {
          rows: legend.matrix.rowTitle,
          columns: legend.matrix.columnTitle,
        })
      : null,
    matrixNote: legend.matrix ? exportMessage(locale, 'matrixCounts') : null,
    // The hatch is on the map only for flagged areas while flags are shown (flag-layer.ts).
    flags: flags ? mapFlagEntry(flags.any, populationLabel, locale) : null,
    countLabel: (count) =>
      fillTemplate(message(locale, 'legendCountLabel'), { n: formatNumber(count, 0, locale) }),
    sourceLine: `${message(locale, 'source')}: ${source}`,
    dateLine: fillTemplate(message(locale, 'exportedOn'), { date: formatDay(date, locale) }),
  });
  const png = new Uint8Array(await (await canvasToPng(page)).arrayBuffer());
  return {
    blob: new Blob([withPrintResolution(png, PRINT_PAGE.dpi)], { type: 'image/png' }),
    fileName: exportFileName(derived, { levelId: level.id, year, subject: spec.id, extension: 'png' }),
  };
}
