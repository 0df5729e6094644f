/**
 * The dashboard's compute on saved data, in a process that holds nothing else, as the sidebar does (it never
 * holds the emulated Base, whose 1.5 GB the collector would otherwise copy and mark along):
 * `npx tsx test/bench/dashboardSaved.ts save FILE` stores what the bench's dashboard read (minutes: it builds
 * the Base); `npx tsx test/bench/dashboardSaved.ts run FILE [RESULT]` times the compute on it (wall and process
 * CPU time), prints one JSON line and writes the whole result as JSON, to compare two versions byte for byte.
 * The bench's own row runs `run` on what it just read, through `computeInFreshProcess`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { prepareFacts, type DashboardFacts, type PreparedFacts } from '../../src/core/dashboard/facts';
import type { Scope } from '../../src/core/dashboard/measure';
import { monthOf } from '../../src/core/dashboard/period';
import { dashboardFigures } from '../../src/services/dashboard';
import { median } from './timing';

const RUNS = 21;

interface Saved {
  facts: DashboardFacts;
  scopes: Scope[];
}

export interface SavedTiming {
  wall: { min: number; median: number; max: number };
  cpu: { min: number; median: number };
  runs: number;
  loadAverage: { before: number[]; after: number[] };
}

/** Only what was read: the prepared structures are rebuilt by every run, as when the tab opens. */
function readOnly(facts: PreparedFacts): DashboardFacts {
  const { tasks, events, members, departments, available, now, calendar } = facts;
  const { drives, submissions, courses, attempts, rounds, answers, contributions } = facts;
  const pillars = { drives, submissions, courses, attempts, rounds, answers, contributions };
  return { ...pillars, tasks, events, members, departments, available, now, calendar };
}

const replacer = (_key: string, v: unknown) =>
  v instanceof Set ? { __set: [...v] } : v instanceof Map ? { __map: [...v] } : v;

/**
 * As a structured clone, the way the SDK's answers reach the sidebar (by postMessage): every row keeps all its
 * fields, undefined ones too, so the rows keep the one shape the reader gave them (JSON would drop those fields
 * and give rows of one table several shapes).
 */
export function saveFacts(file: string, facts: PreparedFacts, scopes: Scope[]): void {
  writeFileSync(file, serialize({ facts: readOnly(facts), scopes } satisfies Saved));
}

const ms = (x: number) => Math.round(x * 10) / 10;

function run(file: string, out: string | undefined): SavedTiming {
  const { facts, scopes } = deserialize(readFileSync(file)) as Saved;
  const period = monthOf(facts.now, 0, facts.calendar.utcOffsetMinutes);
  const compute = () => dashboardFigures({ facts: prepareFacts(facts), scopes }, { kind: 'company' }, period);
  collectGarbage();
  const before = loadavg();
  const result = compute();
  if (out) writeFileSync(out, JSON.stringify(result, replacer));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    compute();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    wall: { min: ms(Math.min(...wall)), median: ms(median(wall)), max: ms(Math.max(...wall)) },
    cpu: { min: ms(Math.min(...cpu)), median: ms(median(cpu)) },
    runs: RUNS,
    loadAverage: { before, after: loadavg() },
  };
}

/**
 * A full collection of this process's heap, now, so the collector has no work left over when a compute is
 * timed. In the sidebar the dashboard's rows arrive over seconds (hundreds of calls), time enough for the
 * collector to finish with them before the compute starts, and the compute runs once, with no earlier compute's
 * garbage around. Timed straight after the facts were deserialized, the first runs fell in the collector's
 * marking of those 100 MB and later ones in marking caused by earlier runs' garbage: the same preparation
 * measured 40–48 ms outside those phases and 64–84 ms inside them, in turns. The bench's own process collects
 * too, before the child starts: the emulated Base it leaves as garbage (1.5 GB) would otherwise be marked and
 * swept on the second core while the child computes.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Times the compute on `facts` in a new Node process (this file's `run`), so no other heap weighs on it. */
export function computeInFreshProcess(file: string, facts: PreparedFacts, scopes: Scope[]): SavedTiming {
  saveFacts(file, facts, scopes);
  collectGarbage();
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, 'run', file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`dashboard compute process failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as SavedTiming;
}

async function save(file: string) {
  const { dashboardLoad } = await import('./dashboard');
  const { load } = await dashboardLoad();
  saveFacts(file, load.facts, load.scopes);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [mode, file, out] = process.argv.slice(2);
  // Not awaited: `save` imports the bench, which imports this module, so the module must finish evaluating first.
  if (mode === 'save' && file)
    save(file).catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
  else if (mode === 'run' && file) console.log(JSON.stringify(run(file, out)));
  else console.error('usage: dashboardSaved.ts save FILE | run FILE [RESULT]');
}
