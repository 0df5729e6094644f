/** `npm run automations -- [cascade] [escalate]`: the command line around run.ts. */
import { main } from './run';

void main(process.argv.slice(2), process.env, { print: (line) => console.log(line) }).then(
  (code) => (process.exitCode = code),
);
