/**
 * The Bases the playground offers: the demo company, or the company at 2,000 or 20,000 tasks (the Bitable
 * cap). The chosen one is known again after a reload by its name, since the saved Base is all there is.
 */
export type BaseSize = 'demo' | 'tasks2000' | 'tasks20000';

export interface SizeChoice {
  size: BaseSize;
  /** How many task records a scale Base holds; the demo company is as big as it is. */
  tasks?: number;
  label: string;
}

export const BASE_SIZES: readonly SizeChoice[] = [
  { size: 'demo', label: '演示公司 demo company' },
  { size: 'tasks2000', tasks: 2000, label: '2,000 任务 tasks' },
  { size: 'tasks20000', tasks: 20000, label: '20,000 任务 tasks' },
];

export const DEMO_BASE_NAME = '接棒演示公司';

export function scaleBaseName(tasks: number): string {
  return `接棒演示公司 · ${tasks} 任务`;
}

/** Which choice built a Base with this name; undefined for an empty or installed-by-hand Base. */
export function sizeOf(baseName: string): BaseSize | undefined {
  return BASE_SIZES.find((c) =>
    c.tasks === undefined ? baseName === DEMO_BASE_NAME : baseName === scaleBaseName(c.tasks),
  )?.size;
}

export function isBaseSize(value: unknown): value is BaseSize {
  return BASE_SIZES.some((c) => c.size === value);
}
