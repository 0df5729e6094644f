import { describe, expect, it } from 'vitest';
import type { WorkRefusal } from '../../core/process';
import type { RefusalCode } from '../../core/responsibility';
import type { FlagCode } from '../../core/taskFlags';
import { translator, type Locale } from '../../i18n/translate';
import { actionOf, doneMessage, refusalMessage, workRefusalMessage } from './commandMessages';
import { flagMessage } from './labels';

const zh = translator('zh-CN');
const en = translator('en-US');

const CODES: Record<RefusalCode | 'alreadyClaimed', true> = {
  notResponsible: true,
  notAssigned: true,
  reassignedMeanwhile: true,
  reasonRequired: true,
  notAllowed: true,
  targetInvalid: true,
  notOpen: true,
  notMember: true,
  overtaken: true,
  alreadyClaimed: true,
};

describe('refusalMessage', () => {
  it.each<Locale>(['zh-CN', 'en-US'])('every refusal has its own filled sentence in %s', (locale) => {
    const t = translator(locale);
    const messages = Object.keys(CODES).map((code) => refusalMessage(code as RefusalCode, t, '李娜'));
    for (const message of messages) expect(message).not.toMatch(/\{\{|refusal\./);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('names who claimed first, or says someone did', () => {
    expect(refusalMessage('alreadyClaimed', zh, '李娜')).toBe('已被 李娜 认领。');
    expect(refusalMessage('alreadyClaimed', en)).toBe('Already claimed by someone else.');
  });

  it('a task reassigned meanwhile is said so plainly', () => {
    expect(refusalMessage('reassignedMeanwhile', en)).toContain('reassigned to someone else');
  });
});

describe('actionOf / doneMessage', () => {
  it('builds the core action from the form, with empty text for what is missing', () => {
    expect(actionOf('acknowledge', { reason: 'x' })).toEqual({ kind: 'acknowledge' });
    expect(actionOf('decline', {})).toEqual({ kind: 'decline', reason: '' });
    expect(actionOf('reassign', { toMemberId: 'm1', reason: 'r' })).toEqual({
      kind: 'reassign',
      toMemberId: 'm1',
      reason: 'r',
    });
  });

  it('says what happened, naming the new owner on a reassignment', () => {
    expect(doneMessage('reassign', '直播', zh, '刘洋')).toBe('已把「直播」转派给刘洋，已通知对方确认。');
    expect(doneMessage('acknowledge', 'Live', en)).toBe('You acknowledged "Live".');
  });
});

describe('work texts', () => {
  const refusals: WorkRefusal[] = [
    'notOwner',
    'notAccountable',
    'wrongStatus',
    'reasonRequired',
    'nothingToNudge',
    'notMember',
  ];
  const flags: FlagCode[] = [
    'cycle',
    'missingPredecessor',
    'cancelledPredecessor',
    'startedBeforePredecessor',
    'noOwner',
    'dueBeforeStart',
    'unknownStatus',
  ];

  it('every refusal and every flag has its own sentence in both languages', () => {
    for (const t of [zh, en]) {
      const sentences = [
        ...refusals.map((code) => workRefusalMessage(code, t)),
        ...flags.map((code) => flagMessage({ taskId: 'x', code, params: { title: 'T', text: 'S' } }, t)),
      ];
      expect(new Set(sentences).size).toBe(refusals.length + flags.length);
      expect(sentences.every((s) => s.length > 10 && !s.includes('{{'))).toBe(true);
    }
  });

  it('a flag names what it is about', () => {
    expect(flagMessage({ taskId: 'x', code: 'cancelledPredecessor', params: { title: '策划' } }, zh)).toBe(
      '依赖的前置任务「策划」已取消，不再阻挡它。',
    );
    expect(flagMessage({ taskId: 'x', code: 'unknownStatus', params: { text: '搁置' } }, en)).toContain(
      '"搁置"',
    );
    expect(workRefusalMessage('reasonRequired', zh)).toBe(
      '请写明退回原因：原因会告诉负责人，并记入任务日志。',
    );
  });
});
