import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId } from '../../../test/support/baseFixture';
import { openSession } from '../../services/session';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { HostDiagnostics } from './HostDiagnostics';

afterEach(cleanup);

const RETRY = { retry: { attempts: 1, backoffMs: 0 } };

async function shown(userId?: string) {
  const local = await demoBase(userId ? { userId } : {});
  const session = (await openSession(local.host, RETRY)) as ReadySession;
  let tick = 0;
  render(
    <SessionProvider session={session} now={() => (tick += 5)}>
      <HostDiagnostics />
    </SessionProvider>,
  );
  return local;
}

describe('[RB6] host diagnostics on the Check page', () => {
  it('the boss runs them and gets a report to copy; the scratch table is gone', async () => {
    const local = await shown();
    const tables = local.state.tables.length;
    fireEvent.click(screen.getByTestId('diagnostics-run'));
    const report = await screen.findByTestId('diagnostics-report', {}, { timeout: 8000 });
    expect(report.textContent).toContain('addTable with fields: "honoured"');
    expect(report.textContent).toContain('largest OR filter accepted (of 200/100/50/25/10): 200');
    expect(local.state.tables).toHaveLength(tables);
  });

  it('anyone else is refused by the service, whatever the screen shows', async () => {
    const local = await shown(personId('徐丽'));
    const tables = local.state.tables.length;
    fireEvent.click(screen.getByTestId('diagnostics-run'));
    expect((await screen.findByTestId('diagnostics-feedback')).textContent).toBe(
      '只有老板可以运行宿主诊断。',
    );
    expect(local.state.tables).toHaveLength(tables);
    expect(local.calls.byMethod.addTable ?? 0).toBe(0);
  });
});
