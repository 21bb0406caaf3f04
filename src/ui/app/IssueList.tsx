import { describeIssue } from '../../i18n/issues';
import { useAppStore } from '../../state/use-app-store';
import { message } from './messages';

/** Notes on the data (warnings and errors from loading), as sentences; collapsed when all is well. */
export function IssueList() {
  const issues = useAppStore((state) => state.issues);
  const locale = useAppStore((state) => state.locale);
  if (issues.length === 0) return null;
  const errors = issues.filter((item) => item.severity === 'error').length;
  return (
    <details className="issues" data-testid="issues" open={errors > 0}>
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
