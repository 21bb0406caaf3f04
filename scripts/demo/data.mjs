/**
 * The invented yearly counts per Sozialraum: a smooth latent "deprivation" field with a few hot
 * spots, area trends (improving, gentrifying, worsening), a city-wide cycle, and counts drawn
 * around the resulting rates so that every numerator stays within its denominator.
 */

/** @typedef {import('./city.mjs').Cell} Cell */
/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {[number, number]} Point */

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/**
 * The variables in CSV column order: id, German column header, labels and unit.
 * @type {readonly { id: string, column: string, de: string, en: string, unit: 'persons' | 'households' }[]}
 */
export const VARIABLES = [
  { id: 'einwohner', column: 'Einwohner', de: 'Einwohner:innen', en: 'Inhabitants', unit: 'persons' },
  {
    id: 'einwohner_u15',
    column: 'Einwohner unter 15',
    de: 'Einwohner:innen unter 15 Jahren',
    en: 'Inhabitants under 15',
    unit: 'persons',
  },
  {
    id: 'einwohner_15_64',
    column: 'Einwohner 15 bis 64',
    de: 'Einwohner:innen von 15 bis 64 Jahren',
    en: 'Inhabitants aged 15 to 64',
    unit: 'persons',
  },
  {
    id: 'einwohner_65plus',
    column: 'Einwohner 65 und älter',
    de: 'Einwohner:innen ab 65 Jahren',
    en: 'Inhabitants aged 65 and over',
    unit: 'persons',
  },
  {
    id: 'haushalte_mit_kindern',
    column: 'Haushalte mit Kindern',
    de: 'Haushalte mit Kindern unter 18 Jahren',
    en: 'Households with children under 18',
    unit: 'households',
  },
  {
    id: 'alleinerziehende_haushalte',
    column: 'Alleinerziehende Haushalte',
    de: 'Haushalte von Alleinerziehenden',
    en: 'Single-parent households',
    unit: 'households',
  },
  {
    id: 'arbeitslose',
    column: 'Arbeitslose 15 bis 64',
    de: 'Arbeitslose von 15 bis 64 Jahren (SGB II und SGB III)',
    en: 'Unemployed persons aged 15 to 64 (SGB II and SGB III)',
    unit: 'persons',
  },
  {
    id: 'sgb2_leistungsberechtigte',
    column: 'SGB-II-Leistungsberechtigte',
    de: 'Leistungsberechtigte nach SGB II (Bürgergeld, bis 2022 Hartz IV)',
    en: 'Recipients of SGB II benefits (Bürgergeld, until 2022 Hartz IV)',
    unit: 'persons',
  },
  {
    id: 'sgb2_u15',
    column: 'SGB-II unter 15',
    de: 'Leistungsberechtigte nach SGB II unter 15 Jahren',
    en: 'SGB II recipients under 15',
    unit: 'persons',
  },
  {
    id: 'armutsgefaehrdete_personen',
    column: 'Armutsgefährdete Personen',
    de: 'Armutsgefährdete Personen (unter 60 % des Medianeinkommens)',
    en: 'Persons at risk of poverty (below 60 % of median income)',
    unit: 'persons',
  },
  {
    id: 'grundsicherung_65plus',
    column: 'Grundsicherung 65+',
    de: 'Empfänger:innen von Grundsicherung im Alter (SGB XII Kap. 4), ab 65 Jahren',
    en: 'Recipients of basic income support in old age (SGB XII ch. 4), 65 and over',
    unit: 'persons',
  },
];

/**
 * Counts of 1 and 2 in these variables come anonymised from the source ("*"). Other small counts are
 * delivered as they are, so the engine's own small-count suppression (Geheimhaltung) shows too.
 */
const ANONYMISED = new Set(['sgb2_u15', 'alleinerziehende_haushalte']);

/** City-wide shifts on the logit scale: decline to 2019, a bump 2020–2021, refugees from 2022. */
const CYCLE = {
  sgb2: [0, -0.02, -0.05, -0.09, -0.13, -0.06, -0.07, -0.1, -0.08, -0.07],
  unemployment: [0, -0.04, -0.09, -0.14, -0.18, 0.03, -0.02, -0.11, -0.08, -0.05],
  povertyRisk: [0, -0.01, -0.02, -0.04, -0.06, 0, 0.01, 0.03, 0.04, 0.04],
};

/**
 * Gaussian bumps of the deprivation field: [x km, y km, height, width km]. Hot spots: the
 * Hochfeld estate (north-west), the old working-class east by the harbour, the station quarter,
 * a smaller one in the south; cool spots: villa quarters in the south-west and the north-east.
 */
const DEPRIVATION_BUMPS = [
  [-5.4, 4.2, 2.4, 1.8],
  [5.4, -0.6, 1.7, 2.0],
  [0.4, 1.6, 1.3, 1.1],
  [1.8, -5.6, 1.1, 1.4],
  [-6.5, -3.0, -1.4, 2.6],
  [-8.5, 1.5, -0.8, 2.0],
  [6.5, 5.5, -0.7, 2.5],
];

/** @param {number} x */
const logistic = (x) => 1 / (1 + Math.exp(-x));

/**
 * @param {number} value
 * @param {number} low
 * @param {number} high
 */
const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

/**
 * @typedef {object} Row
 * @property {string} id
 * @property {number} year
 * @property {Record<string, number>} counts
 * @property {Record<string, string>} markers written instead of the count
 */

/**
 * @typedef {object} Marked
 * @property {string} id
 * @property {number} year
 * @property {string} variable
 * @property {string} symbol
 */

/**
 * Yearly counts per Sozialraum.
 * @param {Random} random
 * @param {readonly Cell[]} cells sorted by id
 * @returns {{ rows: Row[], gap: { id: string, year: number }, marked: Marked[] }}
 */
export function generateData(random, cells) {
  const fieldAt = (/** @type {Point} */ [x, y]) => {
    let value = 0;
    for (const [bx, by, height, width] of DEPRIVATION_BUMPS) {
      value +=
        /** @type {number} */ (height) *
        Math.exp(
          -((x - /** @type {number} */ (bx)) ** 2 + (y - /** @type {number} */ (by)) ** 2) /
            (2 * /** @type {number} */ (width) ** 2),
        );
    }
    return value + 0.25 * Math.sin(0.45 * x + 0.8) * Math.cos(0.5 * y - 0.3);
  };
  const raw = cells.map(
    (cell) => fieldAt(cell.center) - 0.6 * cell.relativeRadius ** 2 + 0.35 * random.normal(),
  );
  const mean = raw.reduce((s, v) => s + v, 0) / raw.length;
  const sd = Math.sqrt(raw.reduce((s, v) => s + (v - mean) ** 2, 0) / raw.length);
  const deprivation = raw.map((v) => (v - mean) / sd);

  /** @type {Row[]} */
  const rows = [];
  cells.forEach((cell, index) => {
    const base = /** @type {number} */ (deprivation[index]);
    const centrality = Math.exp(-((Math.hypot(cell.center[0], cell.center[1]) / 3) ** 2));
    const profile = areaProfile(random, cell, base, centrality);
    YEARS.forEach((year, t) => {
      rows.push({ id: cell.id, year, counts: countsFor(random, cell, profile, t), markers: {} });
    });
  });

  return { rows, ...placeMarkers(rows, cells) };
}

/**
 * Per-area constants: trend, offsets of each rate, population path, age shares.
 * @param {Random} random
 * @param {Cell} cell
 * @param {number} deprivation standardised
 * @param {number} centrality 1 in the centre, falling to 0 at about 6 km
 */
function areaProfile(random, cell, deprivation, centrality) {
  // Trend of deprivation per year (in standard deviations of the field).
  let trend = 0.01 * random.normal();
  let growth = 0.002 + 0.004 * centrality + 0.003 * random.normal();
  const draw = random.uniform();
  if (cell.special === 'newBuild') {
    trend = -0.02;
  } else if (cell.relativeRadius < 0.4 && deprivation > 0.1 && draw < 0.7) {
    // Gentrifying inner-city quarters: rents up, transfer receipt down, more people.
    trend = -0.07 - 0.02 * random.uniform();
    growth += 0.008;
  } else if (deprivation > 0.8 && cell.relativeRadius >= 0.4 && draw < 0.6) {
    // Estates at the edge that take in those who are priced out.
    trend = 0.04 + 0.02 * random.uniform();
    growth -= 0.002;
  } else if (draw < 0.2) {
    trend = -0.04 - 0.02 * random.uniform();
  }
  const density = (500 + 7200 * centrality) * Math.exp(0.35 * random.normal());
  let population = clamp(cell.areaKm2 * density * (cell.special === 'estate' ? 2.2 : 1), 650, 14500);
  if (cell.special === 'industry') population = 165 + 25 * random.uniform();
  if (cell.special === 'park') population = 36 + 8 * random.uniform();
  const ageing = clamp(0.5 + 0.45 * (cell.relativeRadius - 0.5) + 0.15 * random.normal(), 0, 1);
  return {
    deprivation,
    trend,
    growth,
    population,
    offsets: Array.from({ length: 6 }, () => 0.15 * random.normal()),
    under15: clamp(0.135 + 0.012 * deprivation - 0.035 * centrality + 0.012 * random.normal(), 0.07, 0.2),
    over65: clamp(0.2 + 0.1 * (ageing - 0.5) - 0.05 * centrality + 0.015 * random.normal(), 0.09, 0.34),
    childrenPerHousehold: 1.65 + 0.08 * random.normal(),
  };
}

/**
 * A count around n·p with a little binomial-like noise, within [0, n].
 * @param {Random} random
 * @param {number} n
 * @param {number} p
 */
function draw(random, n, p) {
  const noise = 0.6 * Math.sqrt(n * p * (1 - p)) * random.normal();
  return clamp(Math.round(n * p + noise), 0, n);
}

/**
 * @param {Random} random
 * @param {Cell} cell
 * @param {ReturnType<typeof areaProfile>} profile
 * @param {number} t years since FIRST_YEAR
 * @returns {Record<string, number>}
 */
function countsFor(random, cell, profile, t) {
  const [o1, o2, o3, o4, o5, o6] = /** @type {number[]} */ (profile.offsets);
  let population = profile.population * Math.exp(profile.growth * t + 0.004 * random.normal());
  let under15Share = profile.under15;
  if (cell.special === 'newBuild') {
    // A new housing area, built 2017–2022: young families move in.
    population = 420 + 2900 / (1 + Math.exp(-(t - 4.5) / 1.2));
    under15Share = 0.2;
  }
  if (cell.special === 'industry' || cell.special === 'park')
    population = profile.population + 4 * random.normal();
  const einwohner = Math.round(population);
  const u15 = Math.round(einwohner * clamp(under15Share + 0.003 * random.normal(), 0.05, 0.25));
  const o65 = Math.round(einwohner * clamp(profile.over65 + 0.002 * t + 0.003 * random.normal(), 0.05, 0.4));
  const w = einwohner - u15 - o65;

  const d = profile.deprivation + profile.trend * t + 0.03 * random.normal();
  const sgb2Rate = logistic(
    -2.2 + 0.63 * d + /** @type {number} */ (CYCLE.sgb2[t]) + /** @type {number} */ (o1),
  );
  const childRate = logistic(
    -1.5 +
      0.68 * d +
      /** @type {number} */ (CYCLE.sgb2[t]) +
      /** @type {number} */ (o2) +
      0.5 * /** @type {number} */ (o1),
  );
  const unemploymentRate = logistic(
    -2.82 + 0.38 * d + /** @type {number} */ (CYCLE.unemployment[t]) + /** @type {number} */ (o3),
  );
  const povertyRate = logistic(
    -1.55 + 0.38 * d + /** @type {number} */ (CYCLE.povertyRisk[t]) + /** @type {number} */ (o4),
  );
  const singleParentRate = logistic(-1.27 + 0.26 * d + 0.01 * t + /** @type {number} */ (o5));
  const oldAgeRate = logistic(-2.95 + 0.36 * d + 0.02 * t + /** @type {number} */ (o6));

  // About 1.2 children under 18 per child under 15, 1.65 children per household with children.
  const households = Math.min(u15, Math.round((u15 * 1.2) / profile.childrenPerHousehold));
  const sgb2U15 = draw(random, u15, childRate);
  const sgb2 = Math.max(sgb2U15, draw(random, u15 + w, sgb2Rate));
  return {
    einwohner,
    einwohner_u15: u15,
    einwohner_15_64: w,
    einwohner_65plus: o65,
    haushalte_mit_kindern: households,
    alleinerziehende_haushalte: draw(random, households, singleParentRate),
    arbeitslose: draw(random, w, unemploymentRate),
    sgb2_leistungsberechtigte: sgb2,
    sgb2_u15: sgb2U15,
    armutsgefaehrdete_personen: draw(random, einwohner, povertyRate),
    grundsicherung_65plus: draw(random, o65, oldAgeRate),
  };
}

/**
 * Official missing symbols, so their handling shows: "*" for counts of 1 and 2, "-" for the zeros
 * of the park, two ".", one "..." in the newest year, and one missing row.
 * @param {Row[]} rows
 * @param {readonly Cell[]} cells
 */
function placeMarkers(rows, cells) {
  /** @type {Marked[]} */
  const marked = [];
  /**
   * @param {Row} row
   * @param {string} variable
   * @param {string} symbol
   */
  const mark = (row, variable, symbol) => {
    row.markers[variable] = symbol;
    marked.push({ id: row.id, year: row.year, variable, symbol });
  };
  const park = cells.find((cell) => cell.special === 'park');
  for (const row of rows) {
    for (const [variable, value] of Object.entries(row.counts)) {
      if (row.id === park?.id && value === 0) mark(row, variable, '-');
      else if (ANONYMISED.has(variable) && (value === 1 || value === 2)) mark(row, variable, '*');
    }
  }
  const ordinary = cells.filter((cell) => cell.special === null);
  /** @param {number} position */
  const pick = (position) => /** @type {Cell} */ (ordinary[Math.floor(position * ordinary.length)]).id;
  /**
   * @param {string} id
   * @param {number} year
   */
  const rowOf = (id, year) => /** @type {Row} */ (rows.find((row) => row.id === id && row.year === year));
  mark(rowOf(pick(0.37), 2017), 'armutsgefaehrdete_personen', '.');
  mark(rowOf(pick(0.71), 2019), 'alleinerziehende_haushalte', '.');
  mark(rowOf(pick(0.55), LAST_YEAR), 'armutsgefaehrdete_personen', '...');
  // The source office anonymised Grundsicherung counts of one quarter for two years.
  mark(rowOf(pick(0.37), 2016), 'grundsicherung_65plus', '*');
  mark(rowOf(pick(0.37), 2017), 'grundsicherung_65plus', '*');
  const gap = { id: pick(0.23), year: 2018 };
  const gapIndex = rows.findIndex((row) => row.id === gap.id && row.year === gap.year);
  rows.splice(gapIndex, 1);
  return { gap, marked: marked.filter((m) => !(m.id === gap.id && m.year === gap.year)) };
}

/**
 * The CSV as a German office suite writes it: UTF-8 with BOM, ";" between cells, CRLF.
 * @param {readonly Row[]} rows
 */
export function toCsv(rows) {
  const header = ['Sozialraum', 'Jahr', ...VARIABLES.map((v) => v.column)].join(';');
  const lines = rows.map((row) =>
    [row.id, String(row.year), ...VARIABLES.map((v) => row.markers[v.id] ?? String(row.counts[v.id]))].join(
      ';',
    ),
  );
  return '\uFEFF' + [header, ...lines].join('\r\n') + '\r\n';
}
