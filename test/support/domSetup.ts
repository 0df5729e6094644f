import { noWait, setSidebarWait } from '../../src/services/settle';

// Semi UI pulls in lottie-web, which needs a 2d canvas context at import; happy-dom has none.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  value: () => ({ fillStyle: '', fillRect() {} }),
  writable: true,
  configurable: true,
});

// Component tests run one local Base with one copy, as the playground does: there is nothing to wait for.
setSidebarWait(noWait);
