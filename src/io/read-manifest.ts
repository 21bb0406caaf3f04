/**
 * Reading a manifest: JSON syntax, the schema, and the references between its parts. Every problem
 * comes back located (JSON line/column or the field's path), so an analyst can fix the file.
 */
import { manifest as manifestSchema, type Manifest } from '../manifest/schema';
import { checkHandlungsbedarf } from './check-handlungsbedarf';
import { issue, type Issue, type Result } from './issue';
import { findJsonSyntaxError } from './geometry/json-syntax-error';
import { lineAndColumn } from './text-position';

/** Parses and validates a manifest's text; defaults are filled in. */
export function readManifest(text: string, file: string): Result<Manifest> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // JSON.parse names the position only in some engines and messages (in English): find it again.
    const body = text.replace(/^\uFEFF/, '');
    const position = findJsonSyntaxError(body);
    const where = position ? { file, ...lineAndColumn(text, position.offset) } : { file };
    // A web page where the manifest should be: usually a wrong path that the server answered with
    // its start page.
    const params: Record<string, string> = /^\s*</.test(body)
      ? { reason: 'html', message }
      : position === null
        ? { message }
        : position.character === ''
          ? { reason: 'unexpected-end', message }
          : { reason: 'unexpected-character', character: position.character, message };
    return { ok: false, issues: [issue('manifest-json', 'error', where, params)] };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 50)
      .map((problem) =>
        issue(
          'manifest-schema',
          'error',
          { file, path: formatPath(problem.path) },
          { message: problem.message },
        ),
      );
    return { ok: false, issues };
  }
  const issues = checkReferences(parsed.data, file);
  return issues.some((item) => item.severity === 'error')
    ? { ok: false, issues }
    : { ok: true, value: parsed.data, issues };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/** Every id a manifest part refers to must exist, ids must be unique, and indicators must not form cycles. */
export function checkReferences(spec: Manifest, file: string): Issue[] {
  const issues: Issue[] = [];
  const unknown = (kind: string, ref: string, path: string) =>
    issues.push(issue('unknown-reference', 'error', { file, path }, { kind, ref }));
  const duplicates = (kind: string, ids: string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id))
        issues.push(issue('duplicate-id', 'error', { file, path: `${path}[${index}]` }, { id, first: kind }));
      seen.add(id);
    });
  };
  const levelIds = new Set(spec.levels.map((level) => level.id));
  const tableIds = new Set(spec.tables.map((table) => table.id));
  const variableIds = new Set(spec.variables.map((variable) => variable.id));
  const indicatorIds = new Set(spec.indicators.map((indicator) => indicator.id));
  duplicates('levels', [...spec.levels.map((level) => level.id)], 'levels');
  duplicates(
    'tables',
    spec.tables.map((table) => table.id),
    'tables',
  );
  duplicates(
    'variables',
    spec.variables.map((variable) => variable.id),
    'variables',
  );
  duplicates(
    'indicators',
    spec.indicators.map((indicator) => indicator.id),
    'indicators',
  );

  spec.levels.forEach((level, index) => {
    if (level.parent?.type === 'property' && level.parent.table && !tableIds.has(level.parent.table))
      unknown('table', level.parent.table, `levels[${index}].parent.table`);
    if (level.parent && index === spec.levels.length - 1)
      issues.push(
        issue(
          'unknown-reference',
          'error',
          { file, path: `levels[${index}].parent` },
          { kind: 'level', ref: '(next)' },
        ),
      );
    if (level.geometry && !level.idProperty)
      issues.push(
        issue(
          'manifest-schema',
          'error',
          { file, path: `levels[${index}].idProperty` },
          { message: 'required with geometry' },
        ),
      );
  });
  spec.tables.forEach((table, index) => {
    if (table.level && !levelIds.has(table.level)) unknown('level', table.level, `tables[${index}].level`);
    if (table.layout !== 'stacked')
      for (const variable of Object.keys(table.columns))
        if (!variableIds.has(variable)) unknown('variable', variable, `tables[${index}].columns.${variable}`);
  });
  const { populationVariable } = spec.options;
  if (populationVariable && !variableIds.has(populationVariable))
    unknown('variable', populationVariable, 'options.populationVariable');
  if (spec.options.minPopulation > 0 && !populationVariable)
    issues.push(
      issue(
        'manifest-schema',
        'error',
        { file, path: 'options.populationVariable' },
        { message: 'required with minPopulation' },
      ),
    );

  spec.indicators.forEach((indicator, index) => {
    const path = `indicators[${index}]`;
    const variables = (operand: string | string[], field: string) =>
      (Array.isArray(operand) ? operand : [operand]).forEach((id) => {
        if (!variableIds.has(id)) unknown('variable', id, `${path}.${field}`);
      });
    switch (indicator.type) {
      case 'count':
        variables(indicator.variable, 'variable');
        break;
      case 'rate':
        variables(indicator.numerator, 'numerator');
        variables(indicator.denominator, 'denominator');
        break;
      case 'change':
      case 'trend':
        if (!indicatorIds.has(indicator.of)) unknown('indicator', indicator.of, `${path}.of`);
        break;
      case 'index':
        indicator.members.forEach((member, memberIndex) => {
          if (!indicatorIds.has(member.indicator))
            unknown('indicator', member.indicator, `${path}.members[${memberIndex}]`);
        });
        break;
      case 'matrix':
        checkMatrix(spec, indicator, path, issues, file);
        break;
    }
  });
  const cycle = findCycle(spec);
  if (cycle)
    issues.push(
      issue(
        'unknown-reference',
        'error',
        { file, path: 'indicators' },
        { kind: 'cycle', ref: cycle.join(' → ') },
      ),
    );
  if (spec.defaults?.indicator && !indicatorIds.has(spec.defaults.indicator))
    unknown('indicator', spec.defaults.indicator, 'defaults.indicator');
  if (spec.defaults?.level && !levelIds.has(spec.defaults.level))
    unknown('level', spec.defaults.level, 'defaults.level');
  issues.push(...checkHandlungsbedarf(spec, file));
  return issues;
}

function dependencies(indicator: Manifest['indicators'][number]): string[] {
  if (indicator.type === 'change' || indicator.type === 'trend') return [indicator.of];
  if (indicator.type === 'index') return indicator.members.map((member) => member.indicator);
  if (indicator.type === 'matrix') return [indicator.status, indicator.dynamics];
  return [];
}

/** A matrix crosses two indices with classes; its colours, if given, fill the grid exactly. */
function checkMatrix(
  spec: Manifest,
  matrix: Extract<Manifest['indicators'][number], { type: 'matrix' }>,
  path: string,
  issues: Issue[],
  file: string,
): void {
  const classCounts: number[] = [];
  for (const field of ['status', 'dynamics'] as const) {
    const ref = matrix[field];
    const target = spec.indicators.find((indicator) => indicator.id === ref);
    if (!target) {
      issues.push(
        issue('unknown-reference', 'error', { file, path: `${path}.${field}` }, { kind: 'indicator', ref }),
      );
      continue;
    }
    if (target.type !== 'index' || !target.classes || target.classes.length === 0) {
      issues.push(
        issue(
          'manifest-schema',
          'error',
          { file, path: `${path}.${field}` },
          { message: `${ref} must be an index with classes` },
        ),
      );
      continue;
    }
    classCounts.push(target.classes.length);
  }
  const [rows, columns] = classCounts;
  if (matrix.colors === undefined || rows === undefined || columns === undefined) return;
  if (matrix.colors.length !== rows || matrix.colors.some((row) => row.length !== columns))
    issues.push(
      issue(
        'manifest-schema',
        'error',
        { file, path: `${path}.colors` },
        { message: `${rows} rows of ${columns} colours expected (status × dynamics classes)` },
      ),
    );
}

function findCycle(spec: Manifest): string[] | null {
  const byId = new Map(spec.indicators.map((indicator) => [indicator.id, indicator]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    const indicator = byId.get(id);
    if (!indicator) return null;
    state.set(id, 'visiting');
    stack.push(id);
    for (const dependency of dependencies(indicator)) {
      const found = visit(dependency);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const indicator of spec.indicators) {
    const found = visit(indicator.id);
    if (found) return found;
  }
  return null;
}
