/**
 * [RB6] The single checks of the host diagnostics, each on a scratch table the diagnostics made: what the
 * host does where the documentation is silent. Each returns what it saw; none decides anything.
 */
import { FieldType, ViewType, type BaseTable, type BitableHost } from '../port/bitableBase';
import { hostErrorCode } from '../port/hostErrors';
import { uploadFiles } from '../store/uploadQueue';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a check, turning a failure into its code and message so the other checks still run. */
export async function attempt<T>(check: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await check() };
  } catch (error) {
    const code = hostErrorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: code === undefined ? message : `${code} ${message}` };
  }
}

export const SCRATCH_FIELDS = [
  { type: FieldType.Text, name: 'Key' },
  { type: FieldType.Number, name: 'Count' },
];

const text = (t: string) => [{ type: 'text' as const, text: t }];

/** What addTable did with the fields it was given. */
export type AddTableReading = 'honoured' | 'ignored' | 'defaultPrimaryPlusFields' | 'other';

export async function readAddTable(table: BaseTable): Promise<AddTableReading> {
  const metas = await table.getFieldMetaList();
  const names = metas.map((m) => m.name);
  const given = SCRATCH_FIELDS.map((f) => f.name);
  const hasAll = given.every((n) => names.includes(n));
  if (hasAll && metas.find((m) => m.isPrimary)?.name === given[0]) return 'honoured';
  if (hasAll) return 'defaultPrimaryPlusFields';
  return names.some((n) => given.includes(n)) ? 'other' : 'ignored';
}

/** The field named `name`, added when addTable left it out. */
export async function ensureField(table: BaseTable, type: number, name: string): Promise<string> {
  const found = (await table.getFieldMetaList()).find((m) => m.name === name);
  return found ? found.id : table.addField({ type, name });
}

export async function tryViews(table: BaseTable): Promise<Record<string, string>> {
  const kinds = { kanban: ViewType.Kanban, gantt: ViewType.Gantt, form: ViewType.Form };
  const entries = await Promise.all(
    Object.entries(kinds).map(async ([kind, type]) => {
      const outcome = await attempt(() => table.addView({ type, name: `Baton ${kind}` }));
      return [kind, outcome.ok ? 'ok' : `refused: ${outcome.error}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The person the Base stamps on a row this viewer adds: the viewer's User-cell id. */
export async function ownCellId(table: BaseTable): Promise<string | undefined> {
  const byField = await ensureField(table, FieldType.CreatedUser, 'By');
  const [id] = await table.addRecords([{ fields: {} }]);
  const cell = (await table.getCellValue(byField, id!)) as { id?: string }[] | null;
  return cell?.[0]?.id;
}

export type ByIdsReading = 'fails' | 'omits' | 'blank' | 'positional';

/** What getRecordsByIds answers when one of the ids was deleted. */
export async function readByIdsWithDeleted(table: BaseTable, keyField: string): Promise<ByIdsReading> {
  const ids = await table.addRecords(['a', 'b'].map((k) => ({ fields: { [keyField]: text(k) } })));
  await table.deleteRecords([ids[0]!]);
  const answer = await attempt(() => table.getRecordsByIds(ids));
  if (!answer.ok) return 'fails';
  if (answer.value.length < ids.length) return 'omits';
  const first = answer.value[0];
  return !first || Object.keys(first.fields ?? {}).length === 0 ? 'blank' : 'positional';
}

const SIZES = [200, 100, 50, 25, 10];

/** The largest of a few filter sizes the host accepts, trying the largest first. */
export async function largestFilter(table: BaseTable, keyField: string): Promise<number | undefined> {
  for (const size of SIZES) {
    const conditions = Array.from({ length: size }, (_, i) => ({
      fieldId: keyField,
      operator: 'is',
      value: `k${i}`,
    }));
    const read = await attempt(() =>
      table.getRecordsByPage({ pageSize: 10, filter: { conjunction: 'or', conditions } }),
    );
    if (read.ok) return size;
  }
  return undefined;
}

/** Whether a record this plugin adds fires its own onRecordAdd, waiting at most `waitMs`. */
export async function ownWriteFiresEvent(table: BaseTable, waitMs: number): Promise<boolean> {
  let stop = () => {};
  const heard = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    const off = table.onRecordAdd(() => resolve(true));
    stop = () => {
      clearTimeout(timer);
      off();
    };
  });
  await table.addRecords([{ fields: {} }]);
  const result = await heard;
  stop();
  return result;
}

export async function timed<T>(now: () => number, run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await run();
  return { ms: now() - start, value };
}

export async function smallUpload(host: BitableHost, now: () => number): Promise<number> {
  const file = new File([new Uint8Array(1024)], 'baton-diagnostics.bin', {
    type: 'application/octet-stream',
  });
  return (await timed(now, () => uploadFiles(host.base, [file]))).ms;
}
