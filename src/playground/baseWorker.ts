/// <reference lib="webworker" />
/** The local Base in a worker (localBaseServer.ts): its work runs beside the page's, not on the page's thread. */
import { serveLocalBase } from './localBaseServer';
import type { ToWorker } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;
const serve = serveLocalBase((message) => self.postMessage(message));
self.onmessage = (e: MessageEvent<ToWorker>) => serve(e.data);
