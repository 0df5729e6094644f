/**
 * [RB3] Uploads to a Base, strictly one at a time: the SDK forbids a second `batchUploadFile` while one runs,
 * and an upload of a large file may take minutes, so it has no short deadline (withTimeouts leaves it alone).
 * A File keeps the token its upload returned, so trying again after a later step failed uploads nothing twice.
 */
import type { BitableBase } from '../port/bitableBase';

interface Lane {
  tail: Promise<unknown>;
  pending: number;
}

const lanes = new WeakMap<BitableBase, Lane>();
const tokens = new WeakMap<File, string>();
const listeners = new Set<() => void>();

function lane(base: BitableBase): Lane {
  let found = lanes.get(base);
  if (!found) lanes.set(base, (found = { tail: Promise.resolve(), pending: 0 }));
  return found;
}

function changed(): void {
  listeners.forEach((listener) => listener());
}

/** Tokens for the files, in order: files uploaded before reuse their token; the rest wait their turn. */
export function uploadFiles(base: BitableBase, files: File[]): Promise<string[]> {
  const toUpload = files.flatMap((file, i) => (tokens.has(file) ? [] : [i]));
  if (toUpload.length === 0) return Promise.resolve(files.map((file) => tokens.get(file)!));
  const missing = toUpload.map((i) => files[i]!);
  const queue = lane(base);
  queue.pending += 1;
  changed();
  const run = queue.tail
    .catch(() => undefined)
    .then(() => base.batchUploadFile(missing))
    .then((given) => {
      missing.forEach((file, j) => given[j] && tokens.set(file, given[j]));
      return files.map((file, i) => {
        const j = toUpload.indexOf(i);
        return (j >= 0 ? given[j] : tokens.get(file)) ?? '';
      });
    })
    .finally(() => {
      queue.pending -= 1;
      changed();
    });
  queue.tail = run;
  return run;
}

/** Uploads started on this Base and not yet settled (running or waiting): the busy state shown to the user. */
export function uploadsPending(base: BitableBase): number {
  return lanes.get(base)?.pending ?? 0;
}

export function onUploadsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
