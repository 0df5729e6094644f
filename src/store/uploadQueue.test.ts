import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../core/testBuilders';
import { demoLocalHost } from '../demo/seedDemo';
import type { BitableBase } from '../port/bitableBase';
import { withTimeouts } from '../port/withTimeouts';
import { addDeliverables, readDeliverables } from '../services/deliverables';
import { BatonStore } from './batonStore';
import { onUploadsChange, uploadFiles, uploadsPending } from './uploadQueue';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A host whose uploads take `ms` and which notes whether two ever overlapped. */
function slowUploads(ms: number) {
  const seen = { running: 0, overlapped: false, uploads: 0 };
  const base = {
    batchUploadFile: async (files: File[]) => {
      seen.overlapped ||= seen.running > 0;
      seen.running += 1;
      await pause(ms);
      seen.running -= 1;
      seen.uploads += 1;
      return files.map((f) => `tok-${f.name}-${seen.uploads}`);
    },
  } as unknown as BitableBase;
  return { base, seen };
}

describe('[RB3] uploads', () => {
  it('an upload longer than the call deadline is not given up on', async () => {
    const { base } = slowUploads(60);
    const timed = withTimeouts({ base, bridge: {} as never }, 20);
    await expect(timed.base.batchUploadFile([new File(['x'], 'big.pdf')])).resolves.toEqual([
      'tok-big.pdf-1',
    ]);
  });

  it('uploads started together run one after another, and the busy count says how many are pending', async () => {
    const { base, seen } = slowUploads(10);
    const counts: number[] = [];
    const stop = onUploadsChange(() => counts.push(uploadsPending(base)));
    const files = ['a', 'b', 'c'].map((name) => new File([name], `${name}.txt`));
    const tokens = await Promise.all(files.map((file) => uploadFiles(base, [file])));
    stop();
    expect(seen.overlapped).toBe(false);
    expect(tokens.flat()).toHaveLength(3);
    expect(Math.max(...counts)).toBe(3);
    expect(uploadsPending(base)).toBe(0);
  });

  it('a file uploaded once is not uploaded again when the step after it is retried', async () => {
    const { base, seen } = slowUploads(1);
    const file = new File(['x'], 'report.pdf');
    const first = await uploadFiles(base, [file]);
    expect(await uploadFiles(base, [file])).toEqual(first);
    expect(seen.uploads).toBe(1);
  });

  it('a retry after the deliverables write landed but its answer was lost adds no duplicate entry', async () => {
    const local = await demoLocalHost(TODAY_START);
    const store = await BatonStore.open(local.host, { retry: { attempts: 1, backoffMs: 0 } });
    const [stage] = (await store.loadCore()).tasks;
    const file = new File(['content'], 'plan.docx');
    local.failures.failNext(1, 'after', { method: 'setRecords' });
    await expect(addDeliverables(store, stage!.id, [file], TODAY_START)).rejects.toThrow();
    await addDeliverables(store, stage!.id, [file], TODAY_START);
    const names = (await readDeliverables(store, stage!.id)).map((d) => d.name);
    expect(names.filter((n) => n === 'plan.docx')).toHaveLength(1);
    expect(local.calls.byMethod.batchUploadFile).toBe(1);
  });
});
