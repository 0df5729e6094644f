import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { openSession } from '../../services/session';
import { NAME_SLOT } from '../shared/nameSlot';
import { PersonNames, PersonRecordProvider, WithNames } from './PersonName';
import { SessionProvider, type ReadySession } from './session';

afterEach(cleanup);

const PEOPLE = ['王建国', '郭晓', '何平', '徐丽'];

async function sessionOf(name: string): Promise<ReadySession> {
  const local = await demoBase();
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

function show(session: ReadySession, node: ReactNode, open?: (memberId: string) => void) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      {open ? <PersonRecordProvider value={open}>{node}</PersonRecordProvider> : node}
    </SessionProvider>,
  );
}

/** The names shown as links (buttons), in order. */
const links = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('PersonName', () => {
  it('[SCU2] an employee’s own name is a link; other people’s names are plain text', async () => {
    show(await sessionOf('何平'), <PersonNames userIds={PEOPLE.map(personId)} />, vi.fn());
    expect(screen.getAllByTestId('person-name').map((n) => n.textContent)).toEqual(PEOPLE);
    expect(links()).toEqual(['何平']);
  });

  it('[SCU2] a head links their department’s members, the boss everyone', async () => {
    show(await sessionOf('郭晓'), <PersonNames userIds={PEOPLE.map(personId)} />, vi.fn());
    expect(links()).toEqual(['郭晓', '何平']);
    cleanup();
    show(await sessionOf('王建国'), <PersonNames userIds={PEOPLE.map(personId)} />, vi.fn());
    expect(links()).toEqual(PEOPLE);
  });

  it('[SCU2] a click opens that member’s record and not the row around it', async () => {
    const session = await sessionOf('王建国');
    const open = vi.fn();
    const row = vi.fn();
    show(
      session,
      <div onClick={row}>
        <PersonNames userIds={[personId('徐丽')]} />
      </div>,
      open,
    );
    fireEvent.click(screen.getByRole('button', { name: '徐丽' }));
    const xuLi = session.data.members.find((m) => m.userIds.includes(personId('徐丽')))!;
    expect(open).toHaveBeenCalledWith(xuLi.id);
    expect(row).not.toHaveBeenCalled();
  });

  it('[SCU2] without a place to open records, and for unknown ids, names are plain', async () => {
    show(await sessionOf('王建国'), <PersonNames userIds={[personId('徐丽'), 'ou_unknown']} />);
    expect(links()).toEqual([]);
    expect(screen.getAllByTestId('person-name').map((n) => n.textContent)).toEqual(['徐丽', 'ou_unknown']);
  });

  it('[SCU2] a sentence keeps its words around the names; no one reads as nobody', async () => {
    const session = await sessionOf('王建国');
    show(
      session,
      <>
        <p data-testid="line">
          <WithNames
            text={`当前：海报 · ${NAME_SLOT} · 截止 12-01`}
            userIds={[personId('郭晓'), personId('何平')]}
          />
        </p>
        <p data-testid="none">
          <PersonNames userIds={[]} />
        </p>
      </>,
      vi.fn(),
    );
    expect(screen.getByTestId('line').textContent).toBe('当前：海报 · 郭晓、何平 · 截止 12-01');
    expect(links()).toEqual(['郭晓', '何平']);
    expect(screen.getByTestId('none').textContent).toBe('未指定');
  });

  it('[SCU2] a sentence with several slots puts each slot’s people in order', async () => {
    show(
      await sessionOf('王建国'),
      <p data-testid="line">
        <WithNames
          text={`在等：${NAME_SLOT}（海报）、${NAME_SLOT}（文案）`}
          slots={[[personId('郭晓')], [personId('何平')]]}
        />
      </p>,
      vi.fn(),
    );
    expect(screen.getByTestId('line').textContent).toBe('在等：郭晓（海报）、何平（文案）');
    expect(links()).toEqual(['郭晓', '何平']);
  });
});
