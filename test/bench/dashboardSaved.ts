/**
 * The dashboard's compute on saved data, without building the Base each time (that takes minutes):
 * `npx tsx test/bench/dashboardSaved.ts save FILE` stores what the bench's dashboard read;
 * `npx tsx test/bench/dashboardSaved.ts run FILE [RESULT]` times the compute on it (wall and process CPU time)
 * and writes the whole result as JSON, to compare two versions of the code byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { prepareFacts } from '../../src/core/dashboard/facts';
import { monthOf } from '../../src/core/dashboard/period';
import { dashboardFigures } from '../../src/services/dashboard';
import { dashboardLoad } from './dashboard';
import { NOW } from './fixtures';
import { median } from './timing';

const RUNS = 21;

const replacer = (_key: string, v: unknown) =>
  v instanceof Set ? { __set: [...v] } : v instanceof Map ? { __map: [...v] } : v;
const reviver = (_key: string, v: unknown) => {
  if (v === null || typeof v !== 'object') return v;
  if ('__set' in v) return new Set(v.__set as unknown[]);
  if ('__map' in v) return new Map(v.__map as [unknown, unknown][]);
  return v;
};

async function save(file: string) {
  const { load } = await dashboardLoad();
  writeFileSync(file, JSON.stringify({ facts: load.facts, scopes: load.scopes }, replacer));
}

function run(file: string, out: string | undefined) {
  const load = JSON.parse(readFileSync(file, 'utf8'), reviver) as Parameters<typeof dashboardFigures>[0];
  const period = monthOf(NOW, 0, load.facts.calendar.utcOffsetMinutes);
  const compute = () =>
    dashboardFigures({ facts: prepareFacts(load.facts), scopes: load.scopes }, { kind: 'company' }, period);
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
  const ms = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      wall: { min: ms(Math.min(...wall)), median: ms(median(wall)), max: ms(Math.max(...wall)) },
      cpu: { min: ms(Math.min(...cpu)), median: ms(median(cpu)) },
      loadAverage: { before, after: loadavg() },
    }),
  );
}

const [mode, file, out] = process.argv.slice(2);
if (mode === 'save' && file) await save(file);
else if (mode === 'run' && file) run(file, out);
else console.error('usage: dashboardSaved.ts save FILE | run FILE [RESULT]');
