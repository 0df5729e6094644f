/** `npm run automations -- [cascade] [escalate]`: the command line around run.ts. */
import { main } from './run';

// [X1] A run taking the lease waits for a competing taker's write to reach this client before it runs.
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

void main(process.argv.slice(2), process.env, { print: (line) => console.log(line), wait }).then(
  (code) => (process.exitCode = code),
);
