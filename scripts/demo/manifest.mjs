/**
 * The manifest of the demo dataset (src/manifest/schema.ts). Written by hand here rather than
 * derived, because it doubles as the worked example in docs/dataset-format.md.
 */
import { VARIABLES } from './data.mjs';
import { CITY_NAME, CITY_NAME_EN } from './names.mjs';

const UNITS = {
  persons: { de: 'Personen', en: 'persons' },
  households: { de: 'Haushalte', en: 'households' },
};
const PERCENT = { de: '%', en: '%' };
const POINTS = { de: 'Prozentpunkte', en: 'percentage points' };
const SOURCE = {
  de: 'Erfundene Demodaten (scripts/generate-demo.mjs), keine amtliche Statistik',
  en: 'Invented demo data (scripts/generate-demo.mjs), not official statistics',
};
const TOPICS = {
  poverty: { de: 'Armut', en: 'Poverty' },
  employment: { de: 'Arbeit', en: 'Employment' },
  families: { de: 'Familie', en: 'Families' },
  oldAge: { de: 'Alter', en: 'Old age' },
  population: { de: 'Bevölkerung', en: 'Population' },
  index: { de: 'Index', en: 'Index' },
};

/**
 * The six rates: id, labels, topic, numerator, denominator, description, thresholds.
 * @type {{ id: string, label: { de: string, en: string }, shortLabel?: { de: string, en: string }, topic: { de: string, en: string }, numerator: string | string[], denominator: string | string[], description: { de: string, en: string }, classification: object, thresholds?: object[] }[]}
 */
const RATES = [
  {
    id: 'sgb2_quote',
    label: { de: 'SGB-II-Quote', en: 'SGB II rate' },
    topic: TOPICS.poverty,
    numerator: 'sgb2_leistungsberechtigte',
    denominator: ['einwohner_u15', 'einwohner_15_64'],
    description: {
      de: 'Anteil der Leistungsberechtigten nach SGB II (Bürgergeld, bis 2022 Arbeitslosengeld II/Sozialgeld) an den Einwohner:innen unter 65 Jahren, in Prozent. Zähler: SGB-II-Leistungsberechtigte. Nenner: Einwohner:innen unter 15 plus Einwohner:innen von 15 bis 64 Jahren.',
      en: 'Share of recipients of SGB II benefits (Bürgergeld, until 2022 unemployment benefit II/social allowance) among inhabitants under 65, in per cent. Numerator: SGB II recipients. Denominator: inhabitants under 15 plus inhabitants aged 15 to 64.',
    },
    classification: { method: 'quantile', classes: 5 },
    thresholds: [
      {
        id: 'ab20',
        type: 'absolute',
        value: 20,
        label: { de: 'SGB-II-Quote ab 20 %', en: 'SGB II rate of 20 % or more' },
      },
      {
        id: 'z1',
        type: 'z-score',
        value: 1,
        label: {
          de: 'mehr als 1 Standardabweichung über dem Mittel',
          en: 'more than 1 standard deviation above the mean',
        },
      },
      {
        id: 'stadt150',
        type: 'relative',
        reference: 'city',
        mode: 'ratio',
        value: 1.5,
        label: { de: 'mindestens das 1,5-Fache des Stadtwerts', en: 'at least 1.5 times the city value' },
      },
    ],
  },
  {
    id: 'kinderarmut',
    label: { de: 'Kinderarmut (SGB II unter 15)', en: 'Child poverty (SGB II under 15)' },
    shortLabel: { de: 'Kinderarmut', en: 'Child poverty' },
    topic: TOPICS.families,
    numerator: 'sgb2_u15',
    denominator: 'einwohner_u15',
    description: {
      de: 'Anteil der Kinder unter 15 Jahren, die Leistungen nach SGB II beziehen, an allen Einwohner:innen unter 15 Jahren, in Prozent. Zähler: SGB-II-Leistungsberechtigte unter 15. Nenner: Einwohner:innen unter 15.',
      en: 'Share of children under 15 who receive SGB II benefits among all inhabitants under 15, in per cent. Numerator: SGB II recipients under 15. Denominator: inhabitants under 15.',
    },
    classification: { method: 'quantile', classes: 5 },
    thresholds: [
      {
        id: 'stadt150',
        type: 'relative',
        reference: 'city',
        mode: 'ratio',
        value: 1.5,
        label: { de: 'mindestens das 1,5-Fache des Stadtwerts', en: 'at least 1.5 times the city value' },
      },
      {
        id: 'ab30',
        type: 'absolute',
        value: 30,
        label: { de: 'Kinderarmut ab 30 %', en: 'child poverty of 30 % or more' },
      },
    ],
  },
  {
    id: 'arbeitslosenanteil',
    label: { de: 'Arbeitslosenanteil (15 bis 64 Jahre)', en: 'Unemployment share (aged 15 to 64)' },
    shortLabel: { de: 'Arbeitslose', en: 'Unemployment' },
    topic: TOPICS.employment,
    numerator: 'arbeitslose',
    denominator: 'einwohner_15_64',
    description: {
      de: 'Arbeitslose (SGB II und SGB III) je 100 Einwohner:innen von 15 bis 64 Jahren. Das ist ein Arbeitslosenanteil an der Bevölkerung im erwerbsfähigen Alter, wie ihn das Berliner Monitoring Soziale Stadtentwicklung verwendet, keine Arbeitslosenquote der Bundesagentur für Arbeit (die sich auf die zivilen Erwerbspersonen bezieht). Zähler: Arbeitslose 15 bis 64. Nenner: Einwohner:innen 15 bis 64.',
      en: 'Unemployed persons (SGB II and SGB III) per 100 inhabitants aged 15 to 64. This is an unemployment share of the working-age population, as used by the Berlin Monitoring Soziale Stadtentwicklung, not the Federal Employment Agency unemployment rate (which relates to the civilian labour force). Numerator: unemployed aged 15 to 64. Denominator: inhabitants aged 15 to 64.',
    },
    classification: { method: 'quantile', classes: 5 },
    thresholds: [
      {
        id: 'stadt3pp',
        type: 'relative',
        reference: 'city',
        mode: 'difference',
        value: 3,
        label: {
          de: 'mindestens 3 Prozentpunkte über dem Stadtwert',
          en: 'at least 3 percentage points above the city value',
        },
      },
      {
        id: 'z1',
        type: 'z-score',
        value: 1,
        label: {
          de: 'mehr als 1 Standardabweichung über dem Mittel',
          en: 'more than 1 standard deviation above the mean',
        },
      },
    ],
  },
  {
    id: 'armutsrisikoquote',
    label: { de: 'Armutsrisikoquote', en: 'At-risk-of-poverty rate' },
    topic: TOPICS.poverty,
    numerator: 'armutsgefaehrdete_personen',
    denominator: 'einwohner',
    description: {
      de: 'Anteil der armutsgefährdeten Personen (Äquivalenzeinkommen unter 60 % des Medians) an allen Einwohner:innen, in Prozent. Zähler: armutsgefährdete Personen. Nenner: Einwohner:innen.',
      en: 'Share of persons at risk of poverty (equivalised income below 60 % of the median) among all inhabitants, in per cent. Numerator: persons at risk of poverty. Denominator: inhabitants.',
    },
    classification: { method: 'natural-breaks', classes: 5 },
    thresholds: [
      {
        id: 'bezirk125',
        type: 'relative',
        reference: 'parent',
        mode: 'ratio',
        value: 1.25,
        label: {
          de: 'mindestens das 1,25-Fache des Stadtbezirks',
          en: 'at least 1.25 times the district value',
        },
      },
    ],
  },
  {
    id: 'alleinerziehende_anteil',
    label: { de: 'Anteil Alleinerziehender', en: 'Share of single parents' },
    shortLabel: { de: 'Alleinerziehende', en: 'Single parents' },
    topic: TOPICS.families,
    numerator: 'alleinerziehende_haushalte',
    denominator: 'haushalte_mit_kindern',
    description: {
      de: 'Anteil der Haushalte von Alleinerziehenden an allen Haushalten mit Kindern unter 18 Jahren, in Prozent. Zähler: Haushalte von Alleinerziehenden. Nenner: Haushalte mit Kindern.',
      en: 'Share of single-parent households among all households with children under 18, in per cent. Numerator: single-parent households. Denominator: households with children.',
    },
    classification: { method: 'quantile', classes: 5 },
  },
  {
    id: 'altersarmut',
    label: { de: 'Altersarmut (Grundsicherung ab 65)', en: 'Old-age poverty (basic income support 65+)' },
    shortLabel: { de: 'Altersarmut', en: 'Old-age poverty' },
    topic: TOPICS.oldAge,
    numerator: 'grundsicherung_65plus',
    denominator: 'einwohner_65plus',
    description: {
      de: 'Anteil der Empfänger:innen von Grundsicherung im Alter (SGB XII, 4. Kapitel) an den Einwohner:innen ab 65 Jahren, in Prozent. Zähler: Grundsicherung 65+. Nenner: Einwohner:innen ab 65.',
      en: 'Share of recipients of basic income support in old age (SGB XII, chapter 4) among inhabitants aged 65 and over, in per cent. Numerator: basic income support 65+. Denominator: inhabitants aged 65 and over.',
    },
    classification: { method: 'quantile', classes: 5 },
    thresholds: [
      {
        id: 'ab8',
        type: 'absolute',
        value: 8,
        label: { de: 'Altersarmut ab 8 %', en: 'old-age poverty of 8 % or more' },
      },
    ],
  },
];

/** The manifest object, in the key order it is written. */
export function demoManifest() {
  const rates = RATES.map((rate) => ({
    id: rate.id,
    type: 'rate',
    label: rate.label,
    ...(rate.shortLabel ? { shortLabel: rate.shortLabel } : {}),
    topic: rate.topic,
    unit: PERCENT,
    decimals: 1,
    polarity: 'higher-is-worse',
    numerator: rate.numerator,
    denominator: rate.denominator,
    per: 100,
    description: rate.description,
    source: SOURCE,
    classification: rate.classification,
    ...(rate.thresholds ? { thresholds: rate.thresholds } : {}),
  }));
  const rateChanges = RATES.map((rate) => ({
    id: `${rate.id}_veraenderung_5j`,
    type: 'change',
    label: {
      de: `${(rate.shortLabel ?? rate.label).de}: Veränderung über 5 Jahre`,
      en: `${(rate.shortLabel ?? rate.label).en}: change over 5 years`,
    },
    topic: rate.topic,
    unit: POINTS,
    decimals: 1,
    polarity: 'higher-is-worse',
    of: rate.id,
    periods: 5,
    mode: 'absolute',
    description: {
      de: `Veränderung der Kennzahl „${rate.label.de}“ gegenüber dem Wert fünf Jahre zuvor, in Prozentpunkten (Wert im Jahr minus Wert fünf Jahre vorher).`,
      en: `Change of "${rate.label.en}" against the value five years earlier, in percentage points (value in the year minus value five years before).`,
    },
    source: SOURCE,
    classification: { method: 'std-dev', classes: 5 },
  }));
  return {
    formatVersion: 1,
    id: 'demo',
    title: {
      de: `${CITY_NAME}: erfundene Demodaten`,
      en: `${CITY_NAME_EN}: invented demo data`,
    },
    description: {
      de: `Eine erfundene Stadt mit 10 Stadtbezirken und rund 100 Sozialräumen, 2015 bis 2024. Alle Namen, Grenzen und Zahlen sind erfunden und stellen keinen realen Ort dar; sie zeigen nur, wie Quartiersmonitor arbeitet. Die Lage auf der Karte (Lüneburger Heide) ist beliebig gewählt.`,
      en: `An invented city with 10 districts and about 100 social areas, 2015 to 2024. All names, boundaries and figures are made up and depict no real place; they only show how Quartiersmonitor works. Its position on the map (Lüneburg Heath) is arbitrary.`,
    },
    source: {
      de: 'Fiktiver Datensatz, erzeugt mit „npm run demo“ (scripts/generate-demo.mjs). Keine amtliche Statistik.',
      en: 'Fictional dataset generated by "npm run demo" (scripts/generate-demo.mjs). Not official statistics.',
    },
    license: 'CC0-1.0',
    fictional: true,
    city: { id: 'stadt', label: { de: CITY_NAME, en: CITY_NAME_EN } },
    levels: [
      {
        id: 'sozialraum',
        label: { de: 'Sozialraum', en: 'Social area' },
        geometry: { file: 'sozialraeume.geojson', format: 'geojson', crs: 'EPSG:4326' },
        idProperty: 'sozialraum_id',
        nameProperty: 'name',
        parent: { type: 'prefix', length: 2 },
        ids: { padStart: 4 },
      },
      {
        id: 'stadtbezirk',
        label: { de: 'Stadtbezirk', en: 'District' },
        geometry: { file: 'stadtbezirke.geojson', format: 'geojson', crs: 'EPSG:4326' },
        idProperty: 'bezirk_id',
        nameProperty: 'name',
        ids: { padStart: 2 },
      },
    ],
    tables: [
      {
        id: 'sozialraum_daten',
        layout: 'long',
        file: 'sozialraum_daten.csv',
        delimiter: ';',
        decimal: ',',
        encoding: 'utf-8',
        idColumn: 'Sozialraum',
        level: 'sozialraum',
        yearColumn: 'Jahr',
        columns: Object.fromEntries(VARIABLES.map((v) => [v.id, v.column])),
      },
    ],
    variables: VARIABLES.map((v) => ({
      id: v.id,
      label: { de: v.de, en: v.en },
      unit: UNITS[v.unit],
      kind: 'count',
    })),
    indicators: [
      ...rates,
      {
        id: 'einwohner',
        type: 'count',
        label: { de: 'Einwohner:innen', en: 'Inhabitants' },
        topic: TOPICS.population,
        unit: UNITS.persons,
        decimals: 0,
        polarity: 'neutral',
        variable: 'einwohner',
        description: {
          de: 'Einwohner:innen mit Hauptwohnsitz am 31.12. des Jahres.',
          en: 'Inhabitants with their main residence on 31 December of the year.',
        },
        source: SOURCE,
        classification: { method: 'natural-breaks', classes: 5 },
      },
      ...rateChanges,
      {
        id: 'einwohner_veraenderung_5j',
        type: 'change',
        label: { de: 'Einwohner:innen: Veränderung über 5 Jahre', en: 'Inhabitants: change over 5 years' },
        topic: TOPICS.population,
        unit: PERCENT,
        decimals: 1,
        polarity: 'neutral',
        of: 'einwohner',
        periods: 5,
        mode: 'relative',
        description: {
          de: 'Veränderung der Zahl der Einwohner:innen gegenüber fünf Jahren zuvor, in Prozent des Ausgangswerts.',
          en: 'Change of the number of inhabitants against five years earlier, in per cent of the starting value.',
        },
        source: SOURCE,
        classification: { method: 'std-dev', classes: 5 },
      },
      {
        id: 'status_index',
        type: 'index',
        label: { de: 'Sozialer Status (Index)', en: 'Social status (index)' },
        topic: TOPICS.index,
        unit: { de: 'z-Wert', en: 'z-score' },
        decimals: 2,
        polarity: 'higher-is-worse',
        members: [
          { indicator: 'arbeitslosenanteil', weight: 1 },
          { indicator: 'sgb2_quote', weight: 1 },
          { indicator: 'kinderarmut', weight: 1 },
        ],
        method: 'sum-restandardise',
        sd: 'population',
        description: {
          de: 'Zusammengesetzter Index nach dem Muster des Berliner MSS-Statusindex: z-Werte von Arbeitslosenanteil, SGB-II-Quote und Kinderarmut über die einbezogenen Sozialräume, summiert und erneut standardisiert. Höhere Werte bedeuten einen niedrigeren sozialen Status.',
          en: 'Composite index after the Berlin MSS status index: z-scores of unemployment share, SGB II rate and child poverty over the included social areas, summed and standardised again. Higher values mean a lower social status.',
        },
        source: SOURCE,
        classes: [
          { upTo: -1, label: { de: 'hoch', en: 'high' } },
          { upTo: 1, label: { de: 'mittel', en: 'medium' } },
          { upTo: 1.5, label: { de: 'niedrig', en: 'low' } },
          { upTo: null, label: { de: 'sehr niedrig', en: 'very low' } },
        ],
      },
      {
        id: 'dynamik_index',
        type: 'index',
        label: { de: 'Soziale Dynamik (Index)', en: 'Social dynamics (index)' },
        topic: TOPICS.index,
        unit: { de: 'z-Wert', en: 'z-score' },
        decimals: 2,
        polarity: 'higher-is-worse',
        members: [
          { indicator: 'arbeitslosenanteil_veraenderung_5j', weight: 1 },
          { indicator: 'sgb2_quote_veraenderung_5j', weight: 1 },
          { indicator: 'kinderarmut_veraenderung_5j', weight: 1 },
        ],
        method: 'sum-restandardise',
        sd: 'population',
        description: {
          de: 'Zusammengesetzter Index nach dem Muster des Berliner MSS-Dynamikindex: z-Werte der Veränderungen von Arbeitslosenanteil, SGB-II-Quote und Kinderarmut über 5 Jahre (in Prozentpunkten), summiert und erneut standardisiert. Höhere Werte bedeuten eine ungünstigere Entwicklung. Erst ab dem sechsten Jahr der Reihe berechenbar.',
          en: 'Composite index after the Berlin MSS dynamics index: z-scores of the 5-year changes of unemployment share, SGB II rate and child poverty (in percentage points), summed and standardised again. Higher values mean a less favourable development. Available from the sixth year of the series on.',
        },
        source: SOURCE,
        classes: [
          { upTo: -1, label: { de: 'positiv', en: 'positive' } },
          { upTo: 1, label: { de: 'stabil', en: 'stable' } },
          { upTo: null, label: { de: 'negativ', en: 'negative' } },
        ],
      },
      {
        id: 'gesamtindex',
        type: 'matrix',
        label: { de: 'Gesamtindex (Status × Dynamik)', en: 'Overall index (status × dynamics)' },
        shortLabel: { de: 'Gesamtindex', en: 'Overall index' },
        topic: TOPICS.index,
        decimals: 0,
        polarity: 'higher-is-worse',
        status: 'status_index',
        dynamics: 'dynamik_index',
        description: {
          de: 'Klasse des Status-Index gekreuzt mit der Klasse des Dynamik-Index (4 × 3 Felder), nach dem Muster des Berliner MSS-Gesamtindex.',
          en: 'Class of the status index crossed with the class of the dynamics index (4 × 3 cells), after the Berlin MSS overall index.',
        },
        source: SOURCE,
      },
    ],
    handlungsbedarf: [
      {
        id: 'handlungsbedarf',
        label: { de: 'Handlungsbedarf', en: 'Need for action' },
        description: {
          de: 'Ein Sozialraum hat Handlungsbedarf, wenn er mindestens zwei der drei Schwellen erreicht: SGB-II-Quote mindestens das 1,5-Fache des Stadtwerts, Kinderarmut ab 30 %, Arbeitslosenanteil mehr als eine Standardabweichung über dem Mittel.',
          en: 'A social area needs action when it reaches at least two of the three thresholds: SGB II rate at least 1.5 times the city value, child poverty of 30 % or more, unemployment share more than one standard deviation above the mean.',
        },
        atLeast: 2,
        members: [
          { indicator: 'sgb2_quote', threshold: 'stadt150' },
          { indicator: 'kinderarmut', threshold: 'ab30' },
          { indicator: 'arbeitslosenanteil', threshold: 'z1' },
        ],
      },
    ],
    options: { minCount: 3, minPopulation: 300, populationVariable: 'einwohner', sd: 'population' },
    defaults: { indicator: 'sgb2_quote', year: 2024, level: 'sozialraum' },
  };
}
