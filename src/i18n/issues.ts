/**
 * The one place where an Issue becomes a sentence. The UI's issue list and the CLI print the same text.
 * Pattern (fixed, as simple-statistics fixes its error format): location, then problem, then value.
 */
import type { Issue, IssueCode, IssueLocation } from '../io/issue';
import type { Locale } from './locale';

type Params = Issue['params'];
type Template = (params: Params) => string;

const q = (locale: Locale, value: unknown) => (locale === 'de' ? `„${String(value)}“` : `"${String(value)}"`);

const de: Record<IssueCode, Template> = {
  'file-not-found': () => 'Datei nicht gefunden',
  'manifest-json': (p) => `Manifest ist kein gültiges JSON: ${jsonProblemDe(p)}`,
  'manifest-schema': (p) => `Manifest ungültig: ${p.message}`,
  'unknown-reference': (p) => `${kindDe(String(p.kind))} ${q('de', p.ref)} ist nicht definiert`,
  'unknown-column': (p) => `Spalte ${q('de', p.column)} fehlt in der Datei`,
  'encoding-fallback': (p) => `Datei ist kein gültiges UTF-8, als ${p.encoding} gelesen (Umlaute prüfen)`,
  'csv-malformed': (p) => `CSV fehlerhaft: ${csvProblemDe(p)}${moreDe(p)}`,
  'empty-table': () => 'Tabelle enthält keine Datenzeilen',
  'ambiguous-number-format': (p) =>
    `${p.count} Werte wie ${q('de', p.example)} sind mehrdeutig; gelesen mit Dezimal${p.assumed === ',' ? 'komma' : 'punkt'} (${basisDe(String(p.basis))})`,
  'non-numeric-cell': (p) => `${q('de', p.value)} ist keine Zahl${moreDe(p)}`,
  'invalid-year': (p) => `${q('de', p.value)} ist kein gültiges Jahr${moreDe(p)}`,
  'duplicate-row': (p) =>
    `doppelte Zeile für dieses Gebiet und Jahr (zuerst in Zeile ${p.firstLine})${moreDe(p)}`,
  'unknown-id': (p) =>
    `Gebietsschlüssel ${q('de', p.id)} passt zu keiner Geometrie${Number(p.rows) > 1 ? ` (${p.rows} Zeilen)` : ''}`,
  'negative-count': (p) => `negative Anzahl ${q('de', p.value)}`,
  'numerator-exceeds-denominator': (p) =>
    `Zähler ${p.numerator} ist größer als Nenner ${p.denominator} (Indikator ${q('de', p.indicator)})`,
  'series-gap': (p) => `Lücke in der Zeitreihe: keine Daten für ${p.years}`,
  'geometry-json': (p) => `Geometrie ist kein gültiges JSON: ${jsonProblemDe(p)}`,
  'geometry-format': (p) => `Geometrie nicht lesbar: ${geometryFormatDe(p)}`,
  'crs-assumed': (p) => `Koordinatensystem ${p.crs} angenommen (${basisDe(String(p.basis))})`,
  'crs-unknown': (p) => `Koordinatensystem nicht erkannt: ${p.detail}`,
  'invalid-geometry': (p) => `ungültige Geometrie: ${geometryReasonDe(String(p.reason))}`,
  'empty-geometry': () => 'leere Geometrie',
  'unsupported-geometry': (p) =>
    `Geometrietyp ${q('de', p.type)} wird nicht unterstützt (nur Polygon, MultiPolygon)`,
  'missing-id': (p) => `Eigenschaft ${q('de', p.property)} mit dem Gebietsschlüssel fehlt${moreDe(p)}`,
  'duplicate-id': (p) =>
    `Gebietsschlüssel ${q('de', p.id)} kommt doppelt vor (zuerst ${typeof p.first === 'number' ? `Objekt ${p.first}` : p.first})`,
  'geometry-without-data': () => 'Gebiet hat keine Daten',
  'parent-not-found': (p) =>
    `übergeordnetes Gebiet ${q('de', p.parentId)} in Ebene ${q('de', p.level)} nicht gefunden`,
};

const en: Record<IssueCode, Template> = {
  'file-not-found': () => 'file not found',
  'manifest-json': (p) => `manifest is not valid JSON: ${jsonProblemEn(p)}`,
  'manifest-schema': (p) => `manifest invalid: ${p.message}`,
  'unknown-reference': (p) => `${String(p.kind)} ${q('en', p.ref)} is not defined`,
  'unknown-column': (p) => `column ${q('en', p.column)} is missing from the file`,
  'encoding-fallback': (p) => `file is not valid UTF-8, read as ${p.encoding} (check umlauts)`,
  'csv-malformed': (p) => `malformed CSV: ${csvProblemEn(p)}${moreEn(p)}`,
  'empty-table': () => 'table has no data rows',
  'ambiguous-number-format': (p) =>
    `${p.count} values like ${q('en', p.example)} are ambiguous; read with decimal ${p.assumed === ',' ? 'comma' : 'point'} (${basisEn(String(p.basis))})`,
  'non-numeric-cell': (p) => `${q('en', p.value)} is not a number${moreEn(p)}`,
  'invalid-year': (p) => `${q('en', p.value)} is not a valid year${moreEn(p)}`,
  'duplicate-row': (p) => `duplicate row for this area and year (first in line ${p.firstLine})${moreEn(p)}`,
  'unknown-id': (p) =>
    `area key ${q('en', p.id)} matches no geometry${Number(p.rows) > 1 ? ` (${p.rows} rows)` : ''}`,
  'negative-count': (p) => `negative count ${q('en', p.value)}`,
  'numerator-exceeds-denominator': (p) =>
    `numerator ${p.numerator} exceeds denominator ${p.denominator} (indicator ${q('en', p.indicator)})`,
  'series-gap': (p) => `gap in the time series: no data for ${p.years}`,
  'geometry-json': (p) => `geometry is not valid JSON: ${jsonProblemEn(p)}`,
  'geometry-format': (p) => `geometry cannot be read: ${geometryFormatEn(p)}`,
  'crs-assumed': (p) => `coordinate system ${p.crs} assumed (${basisEn(String(p.basis))})`,
  'crs-unknown': (p) => `coordinate system not recognised: ${p.detail}`,
  'invalid-geometry': (p) => `invalid geometry: ${String(p.reason).replaceAll('-', ' ')}`,
  'empty-geometry': () => 'empty geometry',
  'unsupported-geometry': (p) =>
    `geometry type ${q('en', p.type)} is not supported (only Polygon, MultiPolygon)`,
  'missing-id': (p) => `property ${q('en', p.property)} with the area key is missing${moreEn(p)}`,
  'duplicate-id': (p) =>
    `area key ${q('en', p.id)} occurs twice (first at ${typeof p.first === 'number' ? `feature ${p.first}` : p.first})`,
  'geometry-without-data': () => 'area has no data',
  'parent-not-found': (p) => `parent area ${q('en', p.parentId)} not found in level ${q('en', p.level)}`,
};

/** Capped issues (src/io/table/issue-cap.ts): the last one kept says how many more there were. */
function moreDe(p: Params): string {
  return p.more === undefined ? '' : ` (und ${p.more} weitere)`;
}

function moreEn(p: Params): string {
  return p.more === undefined ? '' : ` (and ${p.more} more)`;
}

function csvProblemDe(p: Params): string {
  switch (p.reason) {
    case 'unclosed-quote':
      return 'Anführungszeichen wird nicht geschlossen, der Rest der Datei wäre ein einziges Feld';
    case 'stray-quote':
      return 'Anführungszeichen an unerwarteter Stelle im Feld';
    case 'duplicate-header':
      return `Spaltenname ${q('de', p.column)} kommt mehrfach vor, es gilt die erste Spalte`;
    case 'field-count':
      return `Zeile hat ${p.found} statt ${p.expected} Felder`;
    default:
      return String(p.message);
  }
}

function csvProblemEn(p: Params): string {
  switch (p.reason) {
    case 'unclosed-quote':
      return 'quote is never closed, the rest of the file would be a single field';
    case 'stray-quote':
      return 'quote in an unexpected place in a field';
    case 'duplicate-header':
      return `column name ${q('en', p.column)} occurs more than once, the first column is used`;
    case 'field-count':
      return `row has ${p.found} ${p.found === 1 ? 'field' : 'fields'} instead of ${p.expected}`;
    default:
      return String(p.message);
  }
}

function kindDe(kind: string): string {
  return (
    {
      variable: 'Variable',
      indicator: 'Indikator',
      level: 'Ebene',
      table: 'Tabelle',
      threshold: 'Schwellenwert',
    }[kind] ?? kind
  );
}

function basisDe(basis: string): string {
  return (
    {
      column: 'wie die eindeutigen Werte dieser Spalte',
      file: 'wie die eindeutigen Werte der übrigen Datei',
      manifest: 'laut Manifest',
      delimiter: 'Annahme wegen Trennzeichen',
      coordinates: 'aus dem Koordinatenbereich geschlossen',
      prj: 'aus der .prj-Datei',
      default: 'Standard',
    }[basis] ?? basis
  );
}

function basisEn(basis: string): string {
  return (
    {
      column: 'as the unambiguous values of this column',
      file: 'as the unambiguous values in the rest of the file',
      manifest: 'as the manifest says',
      delimiter: 'assumed from the delimiter',
      coordinates: 'inferred from the coordinate range',
      prj: 'from the .prj file',
      default: 'default',
    }[basis] ?? basis
  );
}

/** JSON syntax errors of a geometry or manifest file (read-geojson.ts, read-manifest.ts): what and where. */
function jsonProblemDe(p: Params): string {
  if (p.reason === 'html') return 'die Datei ist eine Webseite (HTML). Stimmt der Pfad zum Manifest?';
  if (p.reason === 'unexpected-end') return 'Datei endet mitten im JSON (abgeschnitten?)';
  if (p.reason === 'unexpected-character') return `unerwartetes Zeichen ${q('de', p.character)}`;
  return String(p.message);
}

function jsonProblemEn(p: Params): string {
  if (p.reason === 'html') return 'the file is a web page (HTML). Is the path to the manifest right?';
  if (p.reason === 'unexpected-end') return 'file ends inside the JSON (cut off?)';
  if (p.reason === 'unexpected-character') return `unexpected character ${q('en', p.character)}`;
  return String(p.message);
}

/** Unreadable geometry files (src/io/geometry): reason, with the technical message where it helps. */
function geometryFormatDe(p: Params): string {
  const detail = p.message ? ` (${p.message})` : '';
  return (
    {
      'not-geojson': `kein GeoJSON${detail}`,
      'no-features': 'Datei enthält keine Objekte',
      'unknown-format': 'Format nicht erkannt (erwartet: .geojson, .json, .shp oder .zip)',
      'shapefile-damaged': `Shapefile beschädigt${detail}`,
      'zip-unreadable': `ZIP-Archiv nicht lesbar${detail}`,
      'zip-without-shapefile': 'ZIP-Archiv enthält keine .shp-Datei',
    }[String(p.reason)] ?? String(p.message)
  );
}

function geometryFormatEn(p: Params): string {
  const detail = p.message ? ` (${p.message})` : '';
  return (
    {
      'not-geojson': `not GeoJSON${detail}`,
      'no-features': 'the file holds no features',
      'unknown-format': 'format not recognised (expected .geojson, .json, .shp or .zip)',
      'shapefile-damaged': `damaged shapefile${detail}`,
      'zip-unreadable': `zip archive cannot be read${detail}`,
      'zip-without-shapefile': 'zip archive holds no .shp file',
    }[String(p.reason)] ?? String(p.message)
  );
}

function geometryReasonDe(reason: string): string {
  return (
    {
      'ring-not-closed': 'Ring nicht geschlossen',
      'too-few-points': 'Ring hat weniger als 4 Punkte',
      'non-finite': 'Koordinate ist keine Zahl',
      'self-intersection': 'Umriss schneidet sich selbst',
      'out-of-range': 'Koordinaten außerhalb des gültigen Bereichs',
      'zero-area': 'Fläche ist null',
    }[reason] ?? reason
  );
}

/** The location part, e.g. "sozialraum.csv, Zeile 14, Spalte Einwohner". */
export function describeLocation(where: IssueLocation, locale: Locale): string {
  const parts: string[] = [];
  const de = locale === 'de';
  if (where.file) parts.push(where.file);
  if (where.path) parts.push(`${de ? 'Feld' : 'field'} ${where.path}`);
  if (where.line !== undefined) parts.push(`${de ? 'Zeile' : 'line'} ${where.line}`);
  if (where.feature !== undefined) parts.push(`${de ? 'Objekt' : 'feature'} ${where.feature + 1}`);
  if (where.column !== undefined) parts.push(`${de ? 'Spalte' : 'column'} ${where.column}`);
  if (where.areaId !== undefined) parts.push(`${de ? 'Gebiet' : 'area'} ${where.areaId}`);
  if (where.year !== undefined) parts.push(`${de ? 'Jahr' : 'year'} ${where.year}`);
  return parts.join(', ');
}

/** A planner-readable sentence for an issue: „datei.csv, Zeile 14, Spalte Einwohner: „k.A.“ ist keine Zahl“. */
export function describeIssue(item: Issue, locale: Locale = 'de'): string {
  const templates = locale === 'de' ? de : en;
  const location = describeLocation(item.where, locale);
  const problem = templates[item.code](item.params);
  return location ? `${location}: ${problem}` : problem;
}
