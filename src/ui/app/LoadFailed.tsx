import { describeIssue } from '../../i18n/issues';
import type { Locale } from '../../i18n/locale';
import type { Issue } from '../../io/issue';
import { message } from './messages';

/** The page when no dataset could be loaded at all: why, and a way back to the demo. */
export function LoadFailed({ issues, locale }: { issues: readonly Issue[]; locale: Locale }) {
  return (
    <main className="status" role="alert" data-testid="app-error">
      <h1>{message(locale, 'loadFailed')}</h1>
      <ul>
        {issues.map((item, index) => (
          <li key={index}>{describeIssue(item, locale)}</li>
        ))}
      </ul>
      <p>
        <a href="./">{message(locale, 'openDemo')}</a>
      </p>
    </main>
  );
}
