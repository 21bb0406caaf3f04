import { filtersRows } from '../table/table-view';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { localize } from '../../i18n/locale';
import { isoDay } from '../../io/export-meta';
import { selectLevel, selectYearIndex } from '../../state/selectors';
import { AppStoreContext, useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { fillTemplate } from '../panels/panel-text-model';
import { shownMap } from '../map/map-handle';
import { downloadBlob } from './download';
import type * as ExportActionsModule from './export-actions';
import type { ExportFile } from './export-actions';
import './export.css';

type ExportActions = typeof ExportActionsModule;

type Status = { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; error: string } | null;

/**
 * The export menu in the header: the shown level and year as CSV, XLSX or GeoJSON (every
 * indicator), and the map as a print PNG. A disclosure button opens it; Escape or a choice closes
 * it and returns focus to the button. What happened is announced in a status line.
 */
export function ExportMenu() {
  const store = useContext(AppStoreContext)!;
  const locale = useAppStore((state) => state.locale);
  const view = useAppStore((state) => state.view);
  const level = useAppStore(selectLevel);
  const year = useAppStore((state) => state.dataset?.data.years[selectYearIndex(state)]);
  // The files hold every area and indicator: a filtered table does not export only its rows.
  const tableFiltered = useAppStore((state) => filtersRows(state.analysis.tableFilter));
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  // The export code (builders, exceljs, the map composer) loads on the first export, not with the page.
  const run = async (make: (actions: ExportActions) => ExportFile | Promise<ExportFile>) => {
    close();
    setStatus({ kind: 'working' });
    try {
      const file = await make(await import('./export-actions'));
      downloadBlob(file.blob, file.fileName);
      setStatus({ kind: 'done', file: file.fileName });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const today = () => isoDay(new Date());
  const map = view === 'map' ? shownMap() : null;

  const statusText =
    status === null
      ? ''
      : status.kind === 'working'
        ? message(locale, 'exportWorking')
        : status.kind === 'done'
          ? fillTemplate(message(locale, 'exportDone'), { file: status.file })
          : fillTemplate(message(locale, 'exportFailed'), { error: status.error });

  return (
    <div
      className={view === 'table' ? 'export-menu export-menu-table' : 'export-menu'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        data-testid="export-menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {message(locale, 'exportMenu')} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panelRef}
        id={id}
        className="export-panel"
        hidden={!open}
        role="group"
        aria-label={message(locale, 'exportMenu')}
      >
        {level && year !== undefined && (
          <p className="export-hint">
            {fillTemplate(message(locale, 'exportMenuHint'), { level: localize(level.label, locale), year })}
          </p>
        )}
        {tableFiltered && (
          <p className="export-hint" data-testid="export-filter-note">
            {message(locale, 'exportIgnoresTableFilter')}
          </p>
        )}
        <button
          type="button"
          data-testid="export-csv"
          onClick={() => run((actions) => actions.exportTableCsv(store.getState(), today()))}
        >
          {message(locale, 'exportTableCsv')}
        </button>
        <button
          type="button"
          data-testid="export-xlsx"
          onClick={() => run((actions) => actions.exportTableXlsx(store.getState(), today()))}
        >
          {message(locale, 'exportTableXlsx')}
        </button>
        <button
          type="button"
          data-testid="export-geojson"
          onClick={() => run((actions) => actions.exportLevelGeoJson(store.getState(), today()))}
        >
          {message(locale, 'exportLevelGeoJson')}
        </button>
        <button
          type="button"
          data-testid="export-png"
          disabled={!map}
          title={map ? undefined : message(locale, 'exportMapPngUnavailable')}
          onClick={() => map && run((actions) => actions.exportMapPng(store.getState(), map, today()))}
        >
          {message(locale, 'exportMapPng')}
        </button>
        {!map && <p className="export-hint">{message(locale, 'exportMapPngUnavailable')}</p>}
      </div>
      <p className="export-status" role="status" data-testid="export-status" data-state={status?.kind ?? ''}>
        {statusText}
      </p>
    </div>
  );
}
