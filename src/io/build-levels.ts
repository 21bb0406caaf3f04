/**
 * The Raumebenen of a dataset: sorted area ids, names and parent links, from the geometry where a level
 * has one, else from the parent rule applied to the finer level (Berlin's Bezirke = first 2 digits).
 */
import type { AreaId, LevelData } from '../engine/types';
import type { LevelSpec } from '../manifest/schema';
import { issue, type Issue } from './issue';

/** The areas of one level before sorting and linking: ids with names and per-area properties. */
export interface LevelAreas {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Geometry feature properties per area, where the level has geometry. */
  readonly properties?: readonly Record<string, unknown>[];
}

/** Sorts areas by id in plain code-unit order (not locale order: the same everywhere) and returns the permutation. */
export function sortAreas(areas: LevelAreas): { order: number[]; ids: AreaId[]; names: string[] } {
  const order = areas.ids.map((_, index) => index);
  order.sort((a, b) => {
    const idA = areas.ids[a]!;
    const idB = areas.ids[b]!;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  return {
    order,
    ids: order.map((index) => areas.ids[index]! as AreaId),
    names: order.map((index) => areas.names[index] ?? ''),
  };
}

/** Parent ids of the finer level's areas by a prefix or property rule (null where the rule gives none). */
export function parentKeys(
  rule: NonNullable<LevelSpec['parent']>,
  ids: readonly string[],
  properties: readonly (Record<string, unknown> | undefined)[],
  tableKeys: ReadonlyMap<string, string> | null,
): (string | null)[] {
  return ids.map((id, index) => {
    if (rule.type === 'prefix') return id.length >= rule.length ? id.slice(0, rule.length) : null;
    if (rule.type === 'property') {
      if (tableKeys) return tableKeys.get(id) ?? null;
      const value = properties[index]?.[rule.property];
      return value === undefined || value === null || value === '' ? null : String(value).trim();
    }
    return null;
  });
}

/** Areas of a level without geometry: the distinct parent keys of the finer level, named from the manifest. */
export function areasFromKeys(keys: readonly (string | null)[], spec: LevelSpec): LevelAreas {
  const ids = [...new Set(keys.filter((key): key is string => key !== null))];
  return { ids, names: ids.map((id) => spec.names?.[id] ?? id) };
}

/** Links each area to its parent's index; unknown parents are reported once per parent id. */
export function linkParents(
  keys: readonly (string | null)[],
  childIds: readonly string[],
  parentIds: readonly string[],
  parentLevel: string,
): { parentIndex: Int32Array; issues: Issue[] } {
  const indexById = new Map(parentIds.map((id, index) => [id, index]));
  const parentIndex = new Int32Array(keys.length).fill(-1);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  keys.forEach((key, index) => {
    const found = key === null ? undefined : indexById.get(key);
    if (found !== undefined) {
      parentIndex[index] = found;
      return;
    }
    const parentId = key ?? '';
    if (reported.has(parentId)) return;
    reported.add(parentId);
    issues.push(
      issue('parent-not-found', 'warning', { areaId: childIds[index] }, { parentId, level: parentLevel }),
    );
  });
  return { parentIndex, issues };
}

/** Assembles a LevelData from sorted areas and a parent link (already in sorted order). */
export function levelData(
  spec: LevelSpec,
  ids: AreaId[],
  names: string[],
  parentIndex: Int32Array | null,
): LevelData {
  return { id: spec.id, label: spec.label, areaIds: ids, names, parentIndex };
}
