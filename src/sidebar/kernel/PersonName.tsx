/**
 * [SCU2] A member's name wherever it is shown. When the viewer may read that member's record (档案) — the
 * rule the services enforce: themself, their own department's head, the boss — the name is a link that opens
 * it; otherwise it is plain text. Opening is the main screen's (PersonRecordProvider), so a screen only swaps
 * how it renders a name.
 */
import { createContext, Fragment, useContext, type MouseEvent } from 'react';
import { memberOfUser } from '../../core/org';
import { maySeeRecord } from '../../core/scoring/access';
import { useSession } from './session';
import { useI18n } from '../shared/i18nContext';
import { NAME_SLOT } from '../shared/nameSlot';

const RecordOpener = createContext<((memberId: string) => void) | undefined>(undefined);

/** Where a name's link leads: the main screen shows the record page over the current screen. */
export const PersonRecordProvider = RecordOpener.Provider;

interface Props {
  /** The member, by their id or by one of their Feishu user ids. */
  memberId?: string;
  userId?: string;
}

export function PersonName({ memberId, userId }: Props) {
  const session = useSession();
  const open = useContext(RecordOpener);
  const { t } = useI18n();
  const { data } = session;
  const member = memberId
    ? data.members.find((m) => m.id === memberId)
    : userId
      ? memberOfUser(data, userId)
      : undefined;
  const name = member?.name ?? userId ?? memberId ?? '';
  if (!member || !open || !maySeeRecord(data, session.context.userId, member.id))
    return <span data-testid="person-name">{name}</span>;
  const go = (e: MouseEvent) => {
    // A name inside a clickable row opens the record, not the row.
    e.stopPropagation();
    open(member.id);
  };
  return (
    <button
      type="button"
      className="baton-person-link"
      data-testid="person-name"
      data-member-id={member.id}
      title={t('record.open', { name })}
      onClick={go}
    >
      {name}
    </button>
  );
}

/** Several people, joined the Chinese way (、); "nobody" when there is none. */
export function PersonNames({ userIds }: { userIds: readonly string[] }) {
  const { t } = useI18n();
  if (userIds.length === 0) return <>{t('taskPage.nobody')}</>;
  return (
    <>
      {userIds.map((u, i) => (
        <span key={u}>
          {i > 0 && '、'}
          <PersonName userId={u} />
        </span>
      ))}
    </>
  );
}

/**
 * A sentence with PersonNames at each NAME_SLOT: the i-th slot shows `slots[i]` when given, else `userIds`
 * (the sentence as is when it has no slot).
 */
export function WithNames({ text, userIds = [], slots }: WithNamesProps) {
  const parts = text.split(NAME_SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <PersonNames userIds={slots?.[i - 1] ?? userIds} />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

interface WithNamesProps {
  text: string;
  userIds?: readonly string[];
  slots?: readonly (readonly string[])[];
}
