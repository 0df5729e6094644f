import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { work } from '../../services/process';
import { respond } from '../../services/respond';
import { openSession } from '../../services/session';
import { StageWork } from './StageWork';
import { TaskPage } from './TaskPage';
import { SessionProvider, type ReadySession } from '../kernel/session';

// The real services, watched: a second click must not reach them while the first is under way.
vi.mock('../../services/respond', async (real) => {
  const actual = await real<typeof import('../../services/respond')>();
  return { ...actual, respond: vi.fn(actual.respond) };
});
vi.mock('../../services/process', async (real) => {
  const actual = await real<typeof import('../../services/process')>();
  return { ...actual, work: vi.fn(actual.work) };
});

afterEach(() => {
  cleanup();
  vi.mocked(respond).mockClear();
  vi.mocked(work).mockClear();
});

async function sessionOf(name: string) {
  const local = await demoBase({ userId: personId(name) });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

/** Two clicks before React renders again: the button cannot have turned to loading in between. */
function doubleClick(element: HTMLElement) {
  act(() => {
    element.click();
    element.click();
  });
}

describe('a double click acts once', () => {
  it('acknowledging a task calls the service once', async () => {
    const session = await sessionOf('吴刚');
    const brand = session.data.tasks.find((t) => t.title === '品牌对外宣传')!;
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <TaskPage taskId={brand.id} onBack={() => undefined} />
      </SessionProvider>,
    );
    const main = within(screen.getByTestId('task-main'));
    doubleClick(main.getByTestId('task-ack'));
    expect((await main.findByTestId('task-feedback')).textContent).toContain('品牌对外宣传');
    expect(respond).toHaveBeenCalledTimes(1);
  });

  it('nudging from a stage calls the service once', async () => {
    const session = await sessionOf('郑强');
    const stage = session.data.tasks.find((t) => t.title === '客户邀请')!;
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <StageWork stage={stage} />
      </SessionProvider>,
    );
    doubleClick(screen.getByTestId('stage-nudge'));
    expect((await screen.findByTestId('stage-feedback')).textContent).toContain('郭晓');
    expect(work).toHaveBeenCalledTimes(1);
  });
});
