/**
 * Keeps the first few issues of one kind and counts the rest, so a broken 50 MB file gives a
 * readable list instead of millions of lines. The last kept issue carries `more`: how many were left
 * out (describeIssue adds "und N weitere").
 */
import type { Issue } from '../issue';

/** A capped list of issues of one kind (e.g. non-numeric cells of one column). */
export class IssueCap {
  private readonly kept: Issue[] = [];
  private dropped = 0;

  /**
   * @param limit how many issues to keep before only counting
   * @param skipLines file lines whose issues are neither kept nor counted: rows already reported
   *   for their number of fields (CsvTable.malformedLines), whose cells' problems follow from that
   */
  constructor(
    private readonly limit: number,
    private readonly skipLines?: ReadonlySet<number>,
  ) {}

  /** Whether issues of this file line are left out (see the constructor). */
  skips(line: number | undefined): boolean {
    return line !== undefined && this.skipLines?.has(line) === true;
  }

  /** Whether the next issue would still be kept: lets callers skip building one that is dropped. */
  get isFull(): boolean {
    return this.kept.length >= this.limit;
  }

  /** Keep the issue, or count it when the cap is reached. */
  add(item: Issue): void {
    if (this.skips(item.where.line)) return;
    if (this.isFull) this.dropped++;
    else this.kept.push(item);
  }

  /** Count an issue without building it (after {@link isFull} and {@link skips}). */
  count(): void {
    this.dropped++;
  }

  /** The kept issues; the last one with `more` when some were dropped. */
  issues(): Issue[] {
    const last = this.kept[this.kept.length - 1];
    if (this.dropped === 0 || last === undefined) return this.kept;
    return [...this.kept.slice(0, -1), { ...last, params: { ...last.params, more: this.dropped } }];
  }
}
