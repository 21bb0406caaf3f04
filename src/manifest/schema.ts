/**
 * The dataset manifest: one JSON file that says which geometry and table files make up a dataset,
 * how their columns map to variables, and how indicators are computed from them.
 *
 * This zod schema is the single source: the TypeScript types below are inferred from it, the
 * loader validates every manifest with it, and docs/dataset-format.md documents it field by field.
 */
import { z } from 'zod';
import { CLASSIFICATION_METHODS } from './constants';

// No code generation: the page's Content-Security-Policy forbids eval, and zod's JIT would probe for it.
z.config({ jitless: true });

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'ids start with a letter and use letters, digits, _ and -');

/** A text in German (required) and English (optional; German is shown where it is missing). */
export const localizedText = z.union([z.string(), z.object({ de: z.string(), en: z.string().optional() })]);

/** Why a value is missing, as German official statistics mark it (plus states the engine assigns). */
export const missingReason = z.enum([
  'unknown', // "." Zahlenwert unbekannt oder geheim zu halten
  'anonymised', // "*" anonymisiert / kleine Fallzahl in der Quelle
  'none', // "–" / "-" nichts vorhanden
  'not-meaningful', // "x" Tabellenfach gesperrt, Aussage nicht sinnvoll
  'unreliable', // "/" keine Angabe, da Zahlenwert nicht sicher genug
  'later', // "..." Angabe fällt später an
  'not-available', // "k.A." keine Angabe
  'empty', // leere Zelle
  'no-row', // no row for this area and year
  'suppressed', // numerator below the minimum count (engine)
  'excluded', // area below the minimum population, or marked invalid (engine / data)
  'zero-denominator', // denominator is 0 (engine)
  'no-base', // change: the base period lies outside the series (engine)
  'not-aggregable', // a given share or mean that cannot be summed up to a parent level (engine)
  'invalid-number', // a cell that is neither a number nor a known symbol (io)
]);

const idNormalisation = z
  .object({
    /** Pad ids on the left with zeros to this length (Excel drops leading zeros: 1100101 → 01100101). */
    padStart: z.number().int().min(1).max(40).optional(),
    /** Turn ids to upper case before joining. */
    upperCase: z.boolean().optional(),
  })
  .strict();

const parentRule = z.discriminatedUnion('type', [
  /** Parent key in a property of this level's geometry or in a column of a table. */
  z
    .object({
      type: z.literal('property'),
      property: z.string(),
      /** A table id whose `idColumn` identifies this level's areas; default: the geometry's properties. */
      table: id.optional(),
    })
    .strict(),
  /** Parent key = the first `length` characters of the child id (Berlin: PLR → BZR = 6). */
  z.object({ type: z.literal('prefix'), length: z.number().int().min(1) }).strict(),
  /** Parent = the parent polygon that contains a point on the child's surface. */
  z.object({ type: z.literal('contains') }).strict(),
]);

export const crsCode = z.enum([
  'EPSG:4326',
  'EPSG:4258',
  'EPSG:3857',
  'EPSG:25832',
  'EPSG:25833',
  'EPSG:4647',
  'EPSG:5650',
  'EPSG:31466',
  'EPSG:31467',
  'EPSG:31468',
  'EPSG:31469',
]);

const geometrySource = z
  .object({
    /** Path relative to the manifest: .geojson/.json, .shp (with .dbf/.prj beside it) or .zip. */
    file: z.string(),
    format: z.enum(['geojson', 'shapefile']).optional(),
    /** Overrides CRS detection (.prj, GeoJSON `crs`, coordinate range). */
    crs: crsCode.optional(),
    /** DBF text encoding when there is no .cpg (default: utf-8, falling back to windows-1252). */
    encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  })
  .strict();

export const level = z
  .object({
    id,
    label: localizedText,
    /** Geometry of this level; a level without geometry still gets tables, but no map. */
    geometry: geometrySource.optional(),
    /** Property of the geometry features that holds the area id. */
    idProperty: z.string().optional(),
    /** Property of the geometry features that holds the area name. */
    nameProperty: z.string().optional(),
    /** Names for a level without geometry: id → name. */
    names: z.record(z.string(), z.string()).optional(),
    /** How an area of this level finds its parent in the next coarser level (levels are listed fine → coarse). */
    parent: parentRule.optional(),
    ids: idNormalisation.optional(),
  })
  .strict();

const missingValue = z
  .object({
    /** The cell text (compared after trimming) or number (compared after parsing), e.g. "-9999". */
    value: z.union([z.string(), z.number()]),
    reason: missingReason,
  })
  .strict();

const csvOptions = {
  file: z.string(),
  /** Default: detected from the first lines (";", ",", tab, "|"). */
  delimiter: z.enum([';', ',', '\t', '|']).optional(),
  /** Decimal separator; default: decided per column from the values, reported where ambiguous. */
  decimal: z.enum([',', '.']).optional(),
  /** Default: UTF-8 (with or without BOM), falling back to Windows-1252 with a note. */
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  /** Extra sentinels beyond the official symbols (".", "*", "–", "-", "x", "/", "...", "k.A.", empty). */
  missingValues: z.array(missingValue).optional(),
  /** Column that holds the area id. */
  idColumn: z.string(),
  /** The level the ids refer to; default: the first (finest) level. */
  level: id.optional(),
  /** Areas the data marks as not to be counted (e.g. MSS `KOM`: "ungültig (Ausreißer)"), with the reason shown. */
  exclusion: z
    .object({
      /** The column holding the mark. */
      column: z.string(),
      /** Cell texts (compared after trimming) that exclude the area, each with the reason to show. */
      values: z.array(z.object({ value: z.string(), reason: localizedText }).strict()).min(1),
    })
    .strict()
    .optional(),
};

export const table = z.discriminatedUnion('layout', [
  /** One row per area and year, one column per variable. */
  z
    .object({
      id,
      layout: z.literal('long'),
      ...csvOptions,
      /** Column with the year; or give `year` when the whole file is one year. */
      yearColumn: z.string().optional(),
      year: z.number().int().optional(),
      /** variable id → column name */
      columns: z.record(z.string(), z.string()),
    })
    .strict(),
  /** One row per area, one column per variable and year: the column name pattern holds `{year}`. */
  z
    .object({
      id,
      layout: z.literal('wide'),
      ...csvOptions,
      /** variable id → column pattern, e.g. "EW_{year}" */
      columns: z.record(z.string(), z.string().includes('{year}')),
    })
    .strict(),
  /** One row per area, year and variable (id; year; variable; value). */
  z
    .object({
      id,
      layout: z.literal('stacked'),
      ...csvOptions,
      yearColumn: z.string(),
      variableColumn: z.string(),
      valueColumn: z.string(),
      /** variable id → the text in the variable column; default: the variable id itself. */
      variableNames: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
]);

export const variable = z
  .object({
    id,
    label: localizedText,
    unit: localizedText.optional(),
    /**
     * `count` sums up to parent levels. `share` is a given rate or mean (e.g. a published percentage)
     * that cannot be summed: parents and city get no value unless the data has them.
     */
    kind: z.enum(['count', 'share']).default('count'),
    description: localizedText.optional(),
  })
  .strict();

export const polarity = z.enum(['higher-is-worse', 'higher-is-better', 'neutral']);

export const classificationMethod = z.enum(CLASSIFICATION_METHODS);

export const classification = z
  .object({
    method: classificationMethod,
    classes: z.number().int().min(2).max(9).default(5),
    /** Upper bounds for `manual` (k − 1 inner breaks, ascending). */
    breaks: z.array(z.number()).optional(),
    /** Breaks over all years together (honest comparison over time) or for each year. */
    scope: z.enum(['per-year', 'all-years']).default('per-year'),
  })
  .strict();

/**
 * Which way a threshold looks: `above` = at or above the limit is flagged (higher is worse),
 * `below` = at or below it (higher is better). Default: from the indicator's polarity; an indicator
 * with `neutral` polarity must say it.
 */
export const thresholdDirection = z.enum(['above', 'below']);

const thresholdCommon = {
  /** Lets a Handlungsbedarf rule name this threshold (else by its position, 0-based). */
  id: id.optional(),
  label: localizedText.optional(),
  direction: thresholdDirection.optional(),
};

export const threshold = z.discriminatedUnion('type', [
  z.object({ type: z.literal('absolute'), value: z.number(), ...thresholdCommon }).strict(),
  z
    .object({
      type: z.literal('relative'),
      reference: z.enum(['city', 'parent']),
      /**
       * `ratio`: value ≥ factor × reference (`below`: value ≤ reference ÷ factor, i.e. factor times
       * worse); `difference`: value ≥ reference + amount (`below`: value ≤ reference − amount).
       */
      mode: z.enum(['ratio', 'difference']),
      value: z.number(),
      ...thresholdCommon,
    })
    .strict(),
  z.object({ type: z.literal('z-score'), value: z.number(), ...thresholdCommon }).strict(),
]);

/**
 * A Handlungsbedarf rule: an area is flagged when it meets at least `atLeast` of the member
 * thresholds (k of n). Members name an indicator and one of its thresholds.
 */
export const handlungsbedarfRule = z
  .object({
    id,
    label: localizedText,
    description: localizedText.optional(),
    atLeast: z.number().int().min(1),
    members: z
      .array(
        z
          .object({
            indicator: id,
            /** The threshold's `id`, or its position (0-based); may be left out when there is only one. */
            threshold: z.union([id, z.number().int().min(0)]).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const operand = z.union([id, z.array(id).min(1)]);

const indicatorCommon = {
  id,
  label: localizedText,
  shortLabel: localizedText.optional(),
  /** Topic for grouping in the catalogue, e.g. "Armut", "Arbeit", "Bevölkerung". */
  topic: localizedText.optional(),
  unit: localizedText.optional(),
  decimals: z.number().int().min(0).max(6).default(1),
  polarity: polarity.default('neutral'),
  description: localizedText.optional(),
  source: localizedText.optional(),
  classification: classification.optional(),
  thresholds: z.array(threshold).optional(),
};

export const indicator = z.discriminatedUnion('type', [
  /** A variable as it is (a count, or a given share). */
  z.object({ ...indicatorCommon, type: z.literal('count'), variable: id }).strict(),
  /** numerator / denominator × per; each side may sum several variables. */
  z
    .object({
      ...indicatorCommon,
      type: z.literal('rate'),
      numerator: operand,
      denominator: operand,
      per: z.number().positive().default(100),
    })
    .strict(),
  /** Change of another indicator over `periods` years: absolute (pp for rates) or relative %. */
  z
    .object({
      ...indicatorCommon,
      type: z.literal('change'),
      of: id,
      periods: z.number().int().min(1).default(1),
      mode: z.enum(['absolute', 'relative']).default('absolute'),
    })
    .strict(),
  /** Linear trend (least-squares slope per year) of another indicator over the last `periods` + 1 years. */
  z
    .object({
      ...indicatorCommon,
      type: z.literal('trend'),
      of: id,
      periods: z.number().int().min(1).default(4),
    })
    .strict(),
  /** Composite index of z-standardised member indicators (MSS-style). */
  z
    .object({
      ...indicatorCommon,
      type: z.literal('index'),
      members: z
        .array(
          z
            .object({
              indicator: id,
              weight: z.number().default(1),
              /** Overrides the member's polarity for this index. */
              polarity: polarity.optional(),
            })
            .strict(),
        )
        .min(1),
      /** `sum-restandardise`: Σ weighted z, then z-standardised again (Berlin MSS); `mean`: weighted mean of z. */
      method: z.enum(['sum-restandardise', 'mean']).default('sum-restandardise'),
      sd: z.enum(['population', 'sample']).default('population'),
      /** Class cut-offs on the index value, ascending upper bounds with labels; last class is open. */
      classes: z.array(z.object({ upTo: z.number().nullable(), label: localizedText }).strict()).optional(),
    })
    .strict(),
  /**
   * The cell of a status × dynamics matrix (MSS Gesamtindex): the status index's class crossed with
   * the dynamics index's class, a category per area and year. Both must be indices with `classes`.
   */
  z
    .object({
      ...indicatorCommon,
      type: z.literal('matrix'),
      status: id,
      dynamics: id,
      /** Colours per cell, one row per status class, one column per dynamics class (#rrggbb); default: a colour-blind-aware scheme. */
      colors: z.array(z.array(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'))).optional(),
    })
    .strict(),
]);

export const manifest = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id,
    title: localizedText,
    description: localizedText.optional(),
    source: localizedText.optional(),
    license: z.string().optional(),
    /** True for invented data; the app says so prominently. */
    fictional: z.boolean().default(false),
    /** Label of the whole (all areas), e.g. "Stadt" / "Berlin". */
    city: z
      .object({ id: id.default('stadt'), label: localizedText })
      .strict()
      .optional(),
    levels: z.array(level).min(1),
    tables: z.array(table).min(1),
    variables: z.array(variable).min(1),
    indicators: z.array(indicator).min(1),
    /** "k of n thresholds" rules that flag areas with Handlungsbedarf (need for action). */
    handlungsbedarf: z.array(handlungsbedarfRule).optional(),
    options: z
      .object({
        /** Numerators below this are suppressed (Geheimhaltung); 0 turns it off. */
        minCount: z.number().int().min(0).default(3),
        /** Areas below this population are excluded from values, z-scores and classes; 0 turns it off. */
        minPopulation: z.number().min(0).default(0),
        /** The variable that holds the population for `minPopulation`. */
        populationVariable: id.optional(),
        /** Standard deviation for z-scores: population (default, as the MSS) or sample. */
        sd: z.enum(['population', 'sample']).default('population'),
      })
      .strict()
      .default({ minCount: 3, minPopulation: 0, sd: 'population' }),
    /** The indicator and year the app opens with. */
    defaults: z
      .object({ indicator: id.optional(), year: z.number().int().optional(), level: id.optional() })
      .strict()
      .optional(),
  })
  .strict();

export type LocalizedText = z.infer<typeof localizedText>;
export type MissingReason = z.infer<typeof missingReason>;
export type ParentRule = z.infer<typeof parentRule>;
export type CrsCode = z.infer<typeof crsCode>;
export type LevelSpec = z.infer<typeof level>;
export type TableSpec = z.infer<typeof table>;
export type VariableSpec = z.infer<typeof variable>;
export type Polarity = z.infer<typeof polarity>;
export type ClassificationMethod = z.infer<typeof classificationMethod>;
export type ClassificationSpec = z.infer<typeof classification>;
export type ThresholdSpec = z.infer<typeof threshold>;
export type ThresholdDirection = z.infer<typeof thresholdDirection>;
export type HandlungsbedarfRuleSpec = z.infer<typeof handlungsbedarfRule>;
export type IndicatorSpec = z.infer<typeof indicator>;
export type Manifest = z.infer<typeof manifest>;
/** A manifest as written in JSON, before defaults are filled in. */
export type ManifestInput = z.input<typeof manifest>;
