/** Waiting for something to be on screen: checked each frame, timed just after that frame is painted. */
const CAP_MS = 300_000;

/** Resolves with performance.now() right after the first frame painted with `check()` true. */
export function untilPainted(check: () => boolean, capMs = CAP_MS): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const frame = () => {
      if (check()) {
        // A message posted from requestAnimationFrame is handled after that frame's paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
        return;
      }
      if (performance.now() - start > capMs) reject(new Error(`bench: not painted in ${capMs} ms`));
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
