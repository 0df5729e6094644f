// Semi UI pulls in lottie-web, which needs a 2d canvas context at import; happy-dom has none.
HTMLCanvasElement.prototype.getContext = (() => ({ fillStyle: '', fillRect() {} })) as never;
