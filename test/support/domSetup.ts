import { setSidebarWait } from '../../src/services/settle';

// Semi UI pulls in lottie-web, which needs a 2d canvas context at import; happy-dom has none.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  value: () => ({ fillStyle: '', fillRect() {} }),
  writable: true,
  configurable: true,
});

// Component tests run one writer: there are no competing writes for the sidebar's settle wait to let in.
setSidebarWait(async () => undefined);
