import { useState } from 'react';
import { formatNumber } from '../../i18n/format-number';
import { describeIssue } from '../../i18n/issues';
import type { Issue, IssueCode } from '../../io/issue';
import { useAppStore } from '../../state/use-app-store';
import { fillTemplate } from '../panels/panel-text-model';
import { message } from './messages';

/** The id of the footer's list of notes, which the file-problems note opens. */
const ISSUE_LIST_ID = 'data-issues';

/** Notes on the data (warnings and errors from loading), as sentences; collapsed when all is well. */
export function IssueList() {
  const issues = useAppStore((state) => state.issues);
  const locale = useAppStore((state) => state.locale);
  if (issues.length === 0) return null;
  const errors = issues.filter((item) => item.severity === 'error').length;
  return (
    <details
      className="issues"
      data-testid="issues"
      id={ISSUE_LIST_ID}
      open={errors > 0}
      // Unfolded in a narrow window the footer leaves the window's bottom for the page's end (app.css):
      // the list comes into view there.
      onToggle={(event) => {
        if (event.currentTarget.open) event.currentTarget.scrollIntoView({ block: 'nearest' });
      }}
    >
      <summary>
        {message(locale, 'issues')} ({issues.length})
      </summary>
      <ul>
        {issues.map((item, index) => (
          <li key={index} className={`issue-${item.severity}`}>
            {describeIssue(item, locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the data says rather than what is wrong with a file: a gap in a series, a file read as
 * Windows-1252, an assumed coordinate system. These stay in the footer's list only.
 */
const NOT_FILE_PROBLEMS: ReadonlySet<IssueCode> = new Set(['series-gap', 'encoding-fallback', 'crs-assumed']);

/** Warnings and errors about the files themselves (broken rows, cells that are no number, unknown ids …). */
export function fileProblemsOf(issues: readonly Issue[]): readonly Issue[] {
  return issues.filter((item) => item.severity !== 'info' && !NOT_FILE_PROBLEMS.has(item.code));
}

/**
 * A note over the view when the files had problems: the footer's list is folded, and a planner who
 * loaded a broken CSV should see at once that values were left out, with the first problem located.
 */
export function FileProblems() {
  const issues = useAppStore((state) => state.issues);
  const locale = useAppStore((state) => state.locale);
  const [dismissed, setDismissed] = useState<readonly Issue[] | null>(null);
  const problems = fileProblemsOf(issues);
  const first = problems[0];
  if (!first || dismissed === issues) return null;
  // A capped issue stands for itself and `more` like it (src/io/table/issue-cap.ts).
  const count = problems.reduce((sum, item) => sum + 1 + Number(item.params['more'] ?? 0), 0);
  const text = fillTemplate(message(locale, count === 1 ? 'fileProblemsOne' : 'fileProblemsMany'), {
    count: formatNumber(count, 0, locale),
    first: describeIssue(first, locale),
  });
  // Either way the focus goes to the footer's list, not to the page when the note's button goes.
  const close = (open: boolean) => {
    const list = document.getElementById(ISSUE_LIST_ID);
    if (list instanceof HTMLDetailsElement) {
      if (open) list.open = true;
      list.querySelector('summary')?.focus();
    }
    setDismissed(issues);
  };
  return (
    <div className="file-problems" role="alert" data-testid="file-problems">
      <p>{text}</p>
      <button type="button" data-testid="file-problems-show" onClick={() => close(true)}>
        {message(locale, 'fileProblemsShow')}
      </button>
      <button
        type="button"
        className="file-problems-dismiss"
        data-testid="file-problems-dismiss"
        aria-label={message(locale, 'fileProblemsDismiss')}
        title={message(locale, 'fileProblemsDismiss')}
        onClick={() => close(false)}
      >
        ×
      </button>
    </div>
  );
}
