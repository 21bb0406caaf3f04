/**
 * Why an area is excluded in a year, for the texts that name it: the data marks it (manifest
 * `exclusion`, with the publisher's reason; base level only), or its population is below the
 * dataset's minimum (options.minPopulation, at any level). The same masks the derivation uses
 * (derive-context.ts exclusionMasks), so the cause given is the one that excluded the cell.
 */
import type { LocalizedText } from '../manifest/schema';
import { exclusionMasks } from './derive-context';
import { buildHierarchy } from './hierarchy';
import type { DatasetData } from './types';

export type ExclusionCause =
  | { readonly kind: 'marked'; readonly reason: LocalizedText }
  | { readonly kind: 'population'; readonly minimum: number };

/** Looks up the cause for (level index, year index, area index); null where the area is not excluded. */
export type ExclusionCauseOf = (level: number, year: number, area: number) => ExclusionCause | null;

const lookups = new WeakMap<DatasetData, ExclusionCauseOf>();

/**
 * The cause lookup of a dataset, made once per dataset (the masks aggregate the population over
 * every level and year; the map's texts and every exported table ask again). An indicator can be
 * excluded through its inputs in a cell where the area itself is not (a change over five years
 * whose base year was excluded): there the lookup gives null and the texts keep the general wording.
 */
export function exclusionCauses(data: DatasetData): ExclusionCauseOf {
  let lookup = lookups.get(data);
  if (lookup === undefined) {
    lookup = causeLookup(data);
    lookups.set(data, lookup);
  }
  return lookup;
}

function causeLookup(data: DatasetData): ExclusionCauseOf {
  const masks = exclusionMasks(data, buildHierarchy(data.levels), data.years.length);
  const minimum = data.manifest.options.minPopulation;
  const exclusions = data.exclusions ?? null;
  return (level, year, area) => {
    const areaCount = data.levels[level]?.areaIds.length ?? 0;
    if (area < 0 || area >= areaCount) return null;
    const cell = year * areaCount + area;
    if (level === 0 && exclusions !== null) {
      const mark = exclusions.marks[cell] ?? 0;
      const reason = mark > 0 ? exclusions.reasons[mark - 1] : undefined;
      if (reason !== undefined) return { kind: 'marked', reason };
    }
    return masks[level]?.[cell] === 1 && minimum > 0 ? { kind: 'population', minimum } : null;
  };
}
