/**
 * A whole Base as a test fixture: the demo company (or an empty Base) in a local Base, with the session
 * set as a test needs it. Sidebar tests render against it exactly as the playground does.
 */
import { DEMO_PEOPLE, DEMO_USERS } from '../../src/demo/demoCompany';
import { demoLocalHost } from '../../src/demo/seedDemo';
import { LocalHost } from '../../src/local/localHost';
import { emptyState, type LocalSession } from '../../src/local/localState';

/** Noon, 26 Nov 2026, local time: tests do not depend on the day they run. */
export const TEST_NOW = new Date(2026, 10, 26, 12, 0, 0).getTime();
export const TEST_TODAY = new Date(2026, 10, 26).getTime();

let demoSnapshot: string | undefined;

/** The demo company, built once per test file and copied for each test. */
export async function demoBase(session: Partial<LocalSession> = {}): Promise<LocalHost> {
  if (!demoSnapshot) demoSnapshot = JSON.stringify((await demoLocalHost(TEST_TODAY)).state);
  const local = new LocalHost({ state: JSON.parse(demoSnapshot) });
  if (Object.keys(session).length > 0) local.setSession(session);
  return local;
}

export function emptyBase(session: Partial<LocalSession> = {}): LocalHost {
  const local = new LocalHost({ state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId) });
  if (Object.keys(session).length > 0) local.setSession(session);
  return local;
}

export function personId(name: string): string {
  const person = DEMO_PEOPLE.find((p) => p.name === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person.userId;
}
