/** For tests: the worker's Base served in this thread, behind the same messages (see workerHost.test.ts). */
import { serveLocalBase } from './localBaseServer';
import type { KeyValue } from './savedBase';
import type { FromWorker, ToWorker } from './workerProtocol';

/** A stand-in worker: messages cross by structured clone, on a later turn, as between threads. */
export function inProcessWorker(store?: KeyValue): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null,
  } as unknown as Worker & {
    onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  };
  const serve = serveLocalBase(
    (message) =>
      setTimeout(() => worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>), 0),
    store,
  );
  worker.postMessage = (message: ToWorker) => setTimeout(() => serve(structuredClone(message)), 0);
  return worker;
}
