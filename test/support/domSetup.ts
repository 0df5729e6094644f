// Semi UI pulls in lottie-web, which needs a 2d canvas context at import; happy-dom has none.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  value: () => ({ fillStyle: '', fillRect() {} }),
  writable: true,
  configurable: true,
});
