/** A special task's stages on one line, where the baton is: `策划方案 ✓ → 海报设计 ● → 客户邀请 ○`. Rule [M5]. */
import type { Task, TaskStatus } from './model';

export type ChainSymbol = '✓' | '●' | '○' | '×';

export interface ChainStep {
  id: string;
  title: string;
  symbol: ChainSymbol;
}

/** [M5] ✓ done, ● being worked on (in progress or in review), × declined or cancelled, ○ not started. */
export function chainSymbol(status: TaskStatus | undefined): ChainSymbol {
  if (status === 'done') return '✓';
  if (status === 'in_progress' || status === 'in_review') return '●';
  if (status === 'declined' || status === 'cancelled') return '×';
  return '○';
}

export const chainOf = (stages: Task[]): ChainStep[] =>
  stages.map((s) => ({ id: s.id, title: s.title, symbol: chainSymbol(s.status) }));

/** [M5] The chain as text; empty without stages, for the caller to say so in the viewer's language. */
export const chainText = (chain: ChainStep[]): string =>
  chain.map((c) => `${c.title} ${c.symbol}`).join(' → ');
