import { describe, expect, it } from 'vitest';
import type { Task } from './model';
import { chainOf, chainSymbol, chainText } from './stageChain';
import { aStage, aTask } from './testBuilders';

describe('stage chain', () => {
  it('[M5] a symbol per status: done ✓, started ●, cancelled or declined ×, anything else ○', () => {
    expect(
      ['done', 'in_progress', 'in_review', 'cancelled', 'declined', 'ready', 'waiting', undefined].map((s) =>
        chainSymbol(s as Task['status']),
      ),
    ).toEqual(['✓', '●', '●', '×', '×', '○', '○', '○']);
  });

  it('[M5] the stages in the order given, as one line', () => {
    const parent = aTask();
    const stages = [
      aStage(parent, { title: '策划方案', status: 'done' }),
      aStage(parent, { title: '海报设计', status: 'in_progress' }),
      aStage(parent, { title: '客户邀请', status: 'waiting' }),
    ];
    const chain = chainOf(stages);
    expect(chain.map((c) => c.id)).toEqual(stages.map((s) => s.id));
    expect(chainText(chain)).toBe('策划方案 ✓ → 海报设计 ● → 客户邀请 ○');
    expect(chainText(chainOf([]))).toBe('');
  });
});
