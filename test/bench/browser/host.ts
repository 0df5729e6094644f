/**
 * The browser bench's host page: a local Base at 25 ms per round trip in a worker (in Feishu the host is another
 * process, so its work is not the sidebar's), handed to the built sidebar in an iframe the way the playground
 * hands it, plus the measurements the bench drives (window.__bench). Times are the page's performance.now();
 * "painted" means the first frame after the awaited content is in the DOM.
 */
import type { BitableHost } from '../../../src/port/bitableBase';
import { workerBase, type WorkerBase } from '../../../src/playground/workerHost';
import { tableSpec } from '../../../src/schema/tables';
import { PLAYGROUND_KEY, type PlaygroundBridge } from '../../../src/sidebar/hostDetection';
import { pagedOpen } from '../pagedOpen';
import { longestSince, quietSince, watchLongTasks } from './longTasks';
import { untilPainted } from './paint';

const ROUND_TRIP_MS = 25;
const DAY = 86_400_000;
let local: WorkerBase;
let iframe: HTMLIFrameElement | undefined;

const frameDoc = (): Document => {
  const doc = iframe?.contentDocument;
  if (!doc) throw new Error('bench: no sidebar frame');
  return doc;
};

async function load(name: string, now: number): Promise<void> {
  watchLongTasks();
  const worker = new Worker(new URL('../../../src/playground/baseWorker.ts', import.meta.url), {
    type: 'module',
  });
  local = await workerBase(worker, {
    stateUrl: `${location.origin}/state/${name}.json`,
    latency: { roundTripMs: ROUND_TRIP_MS, windowMs: 5, clock: 'real' },
  });
  const t0 = performance.now();
  const bridge: PlaygroundBridge = { host: local.host, now: () => now + performance.now() - t0 };
  Object.assign(window, { [PLAYGROUND_KEY]: bridge });
}

/** The Tasks table and its due field, through the port as the sidebar finds them. */
async function tasksDue(host: BitableHost) {
  const names = (key: { zh: string; en: string }) => (n: { name: string }) =>
    n.name === key.zh || n.name === key.en;
  const meta = (await host.base.getTableMetaList()).find(names(tableSpec('tasks').names));
  if (!meta) throw new Error('bench: no tasks table');
  const table = await host.base.getTableById(meta.id);
  const dueNames = tableSpec('tasks').fields.find((f) => f.key === 'due')!.names;
  const due = (await table.getFieldMetaList()).find(names(dueNames));
  if (!due) throw new Error('bench: no due field');
  return { table, dueId: due.id };
}

/** The competent baseline's open: paged reads, no snapshot, on the same Base and latency. */
async function baseline(): Promise<number> {
  const t0 = performance.now();
  await pagedOpen(local.host);
  return performance.now() - t0;
}

const homePainted = () => {
  const doc = iframe?.contentDocument;
  return !!doc?.querySelector('[data-testid=greeting]') && !!doc.querySelector('[data-testid=my-tasks]');
};

/** Opens the sidebar in a new frame as `userId`; ms from navigation to home painted, and when. */
async function open(userId: string): Promise<{ ms: number; paintedAt: number }> {
  iframe?.remove();
  await local.control('setSession', { userId });
  iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 400px; height: 900px; border: 0';
  const t0 = performance.now();
  iframe.src = '/sidebar/index.html';
  document.body.append(iframe);
  const paintedAt = await untilPainted(homePainted);
  return { ms: paintedAt - t0, paintedAt };
}

function tabKeys(): string[] {
  const doc = frameDoc();
  const own = [...doc.querySelectorAll('[role=tab][data-tab]')].map((e) => e.getAttribute('data-tab')!);
  const inMenu = doc.querySelector('[data-menu-tabs]')?.getAttribute('data-menu-tabs')?.split(' ') ?? [];
  if (own.length > 0) return [...own.filter((key) => key !== 'more'), ...inMenu];
  return [...doc.querySelectorAll('[data-tabkey]')].map((e) =>
    e.getAttribute('data-tabkey')!.replace(/^semiTab/, ''),
  );
}

function paneShown(key: string): boolean {
  const doc = frameDoc();
  const pane = doc.querySelector(`[data-screen="${key}"]`) ?? doc.getElementById(`semiTabPanel${key}`);
  return !!pane && pane.childElementCount > 0 && pane.getClientRects().length > 0;
}

/** Clicks tab `key` (in the bar, or in the 更多 menu after opening it); ms from that click to its screen painted. */
async function switchTab(key: string): Promise<number> {
  const doc = frameDoc();
  const inBar = doc.querySelector(`[role=tab][data-tab="${key}"]`) ?? doc.getElementById(`semiTab${key}`);
  const tab = (inBar ?? (await menuItem(key))) as HTMLElement | null;
  if (!tab) throw new Error(`bench: no tab ${key}`);
  const t0 = performance.now();
  tab.click();
  return (await untilPainted(() => paneShown(key))) - t0;
}

async function menuItem(key: string): Promise<Element | null> {
  const doc = frameDoc();
  (doc.querySelector('[data-tab="more"]') as HTMLElement | null)?.click();
  for (let i = 0; i < 100; i++) {
    const item = doc.querySelector(`[role=menuitem][data-tab="${key}"]`);
    if (item) return item;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

const domNodes = () => frameDoc().getElementsByTagName('*').length;

/** A grid edit of the due date of the first task row on screen; ms until its row shows the new date. */
async function edit(now: number): Promise<number> {
  const row = frameDoc().querySelector('[data-task-id]');
  const id = row?.getAttribute('data-task-id');
  if (!id) throw new Error('bench: no task row on screen to edit');
  const { table, dueId } = await tasksDue(local.host);
  const current = await table.getCellValue(dueId, id);
  let next = now - 2 * DAY;
  if (dayText(next) === dayText(Number(current))) next -= DAY;
  const expected = dayText(next);
  const t0 = performance.now();
  await local.control('editCell', table.id, id, dueId, next);
  const shows = () => !!frameDoc().querySelector(`[data-task-id="${id}"]`)?.textContent?.includes(expected);
  return (await untilPainted(shows)) - t0;
}

function dayText(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

Object.assign(window, {
  __bench: { load, baseline, open, tabKeys, switchTab, domNodes, edit, longestSince, quietSince },
});
