/// <reference lib="webworker" />
/** The local Base in a worker (localBaseServer.ts): its work runs beside the page's, not on the page's thread. */
import { idbKeyValue } from './idbKeyValue';
import { serveLocalBase } from './localBaseServer';
import type { ToWorker } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;
const serve = serveLocalBase((message) => self.postMessage(message), idbKeyValue('baton-playground'));
self.onmessage = (e: MessageEvent<ToWorker>) => serve(e.data);
