import { FLAGGED, UNDECIDED } from '../../engine/handlungsbedarf';
import type { Locale } from '../../i18n/locale';
import { flagMessage } from './messages';
import './handlungsbedarf.css';

/** One area's flag in the table: ja / nein / offen, in words (not colour). */
export function FlagCell({ flag, locale }: { flag: number; locale: Locale }) {
  const key = flag === FLAGGED ? 'flagYes' : flag === UNDECIDED ? 'flagUndecided' : 'flagNo';
  return (
    <td
      tabIndex={-1}
      className={`text flag-cell-${flag === FLAGGED ? 'yes' : flag === UNDECIDED ? 'open' : 'no'}`}
    >
      {flagMessage(locale, key)}
    </td>
  );
}
