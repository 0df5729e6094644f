/**
 * The browser scenarios alone (the same rows `npm run bench` prints), for working on the sidebar's speed:
 * `vite build && tsx test/bench/browserMain.ts [--fixtures demo,2000] [--runs 1] [--json]`.
 */
import { browserTable } from './browserReport';
import { browserScenarios } from './browserBench';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const rows = await browserScenarios({
    dist: option('--dist') ?? 'dist',
    fixtures: option('--fixtures')?.split(','),
    runs: option('--runs') ? Number(option('--runs')) : undefined,
    progress: (m) => process.stderr.write(`bench: ${m}\n`),
  });
  if (process.argv.includes('--json')) rows.forEach((r) => console.log(JSON.stringify(r)));
  else console.log(browserTable(rows));
  const missed = rows.flatMap((r) => r.missed);
  missed.forEach((m) => console.error(m));
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('browser bench crashed:', error);
  process.exit(1);
});
