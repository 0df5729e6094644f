import { describe, expect, it } from 'vitest';
import { identify } from '../../core/identity';
import { aDepartment, aMember } from '../../core/testBuilders';
import type { Session } from '../../services/session';
import type { BatonStore } from '../../store/batonStore';
import { overflowTabs, primaryTabs, screenOf, type ReadySession } from './appModel';

const store = {} as BatonStore;
const context = { userId: 'ou_boss', language: 'zh-CN', theme: 'light' } as const;
const design = aDepartment({ name: 'Design', headUserIds: ['ou_head'] });
const boss = aMember({ name: 'Boss', userIds: ['ou_boss'], role: 'boss' });
const head = aMember({ name: 'Head', userIds: ['ou_head'], role: 'employee', departmentId: design.id });
const manager = aMember({ name: 'Manager', userIds: ['ou_mgr'], role: 'manager', departmentId: design.id });
const worker = aMember({ name: 'Worker', userIds: ['ou_w'], role: 'employee', departmentId: design.id });
const gone = aMember({ name: 'Gone', userIds: ['ou_gone'], active: false });
const data = { departments: [design], members: [boss, head, manager, worker, gone], tasks: [] };

function ready(userId: string, canEdit = true): ReadySession {
  return {
    kind: 'ready',
    notices: [],
    context: { ...context, userId },
    store,
    data,
    viewer: identify(userId, data.members, data.departments),
    canEdit,
    firstBossNeeded: false,
    problems: [],
  };
}

const main = (session: Session) => {
  const screen = screenOf({ phase: 'ready', session });
  if (screen.kind !== 'main') throw new Error(`expected main, got ${screen.kind}`);
  return screen;
};

describe('screenOf', () => {
  it('loading shows the loading screen', () => {
    expect(screenOf({ phase: 'loading' })).toEqual({ kind: 'loading' });
  });

  it('an error is passed through as the error screen', () => {
    const error = new Error('boom');
    const screen = screenOf({ phase: 'error', error });
    expect(screen).toEqual({ kind: 'error', error });
    expect(screen.kind === 'error' && screen.error).toBe(error);
  });

  it('a Base that needs install shows the install screen with its session', () => {
    const session: Session = { kind: 'needsInstall', context, store, missing: ['tasks'] };
    expect(screenOf({ phase: 'ready', session })).toEqual({ kind: 'install', session });
  });

  it('[I2] a user with no member row sees the not-member screen', () => {
    const session = ready('ou_stranger');
    expect(screenOf({ phase: 'ready', session })).toEqual({ kind: 'notMember', session });
  });

  it('[I2] an inactive member sees the not-member screen, never main', () => {
    expect(screenOf({ phase: 'ready', session: ready('ou_gone') }).kind).toBe('notMember');
  });

  it('[I1] the boss who can edit gets home, assign, pool, notices and health', () => {
    const screen = main(ready('ou_boss'));
    expect(screen.tabs).toEqual([
      'home',
      'work',
      'progress',
      'dashboard',
      'assign',
      'pool',
      'collection',
      'learning',
      'scoring',
      'notices',
      'health',
    ]);
    expect(screen.readOnly).toBe(false);
  });

  it('[I1] a department head (by the Departments table or by role) gets the assign tab', () => {
    expect(main(ready('ou_head')).tabs).toContain('assign');
    expect(main(ready('ou_mgr')).tabs).toContain('assign');
  });

  it('[I1] an employee gets no assign tab', () => {
    const screen = main(ready('ou_w'));
    expect(screen.tabs).toEqual([
      'home',
      'work',
      'pool',
      'collection',
      'learning',
      'scoring',
      'notices',
      'health',
    ]);
    expect(screen.readOnly).toBe(false);
  });

  it('a read-only session shows no assign tab to anyone and is marked read-only', () => {
    for (const userId of ['ou_boss', 'ou_head', 'ou_mgr', 'ou_w']) {
      const screen = main(ready(userId, false));
      expect(screen.tabs, userId).not.toContain('assign');
      expect(screen.tabs, userId).not.toContain('assign');
      expect(screen.readOnly, userId).toBe(true);
    }
  });
});

describe('primaryTabs', () => {
  const tabsOf = (userId: string, canEdit = true) => main(ready(userId, canEdit)).tabs;

  it('[EV21] the boss and a head who may edit keep home, work, assign and notices in the bar', () => {
    for (const userId of ['ou_boss', 'ou_head', 'ou_mgr']) {
      expect(primaryTabs(tabsOf(userId)), userId).toEqual(['home', 'work', 'assign', 'notices']);
    }
  });

  it('[EV21] a manager who may not edit keeps progress instead of assign', () => {
    expect(primaryTabs(tabsOf('ou_boss', false))).toEqual(['home', 'work', 'progress', 'notices']);
  });

  it('[EV21] an employee keeps home, work, the pool and notices', () => {
    expect(primaryTabs(tabsOf('ou_w'))).toEqual(['home', 'work', 'pool', 'notices']);
  });

  it('[EV21] every other tab of the role is in the menu, once, in its usual order', () => {
    for (const userId of ['ou_boss', 'ou_head', 'ou_w']) {
      const tabs = tabsOf(userId);
      const primary = primaryTabs(tabs);
      const overflow = overflowTabs(tabs);
      expect([...primary, ...overflow].sort(), userId).toEqual([...tabs].sort());
      expect(overflow, userId).toEqual(tabs.filter((tab) => !primary.includes(tab)));
    }
    expect(overflowTabs(tabsOf('ou_boss'))).toEqual([
      'progress',
      'dashboard',
      'pool',
      'collection',
      'learning',
      'scoring',
      'health',
    ]);
  });
});
