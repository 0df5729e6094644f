/**
 * `npx tsx test/bench/dashboardRun.ts [--dist DIR]`: the "dashboard" scenario alone, as one JSON line, with the
 * machine's load average before and after (the compute is timed on a machine others share).
 */
import { loadavg } from 'node:os';
import { dashboardRow } from './dashboard';

const i = process.argv.indexOf('--dist');
const before = loadavg();
const row = await dashboardRow(i >= 0 ? process.argv[i + 1]! : 'dist');
console.log(JSON.stringify({ ...row, loadAverage: { before, after: loadavg() } }));
