import { describe, expect, it } from 'vitest';
import {
  resumeOptions,
  rolledBack,
  sendFailed,
  sendNotPermitted,
  sendRejected,
  sendSucceeded,
  startRollingBack,
  startSending,
} from './sendModel';
import { checkDraft } from '../../core/assignment';
import { chooseTemplate, emptyWizard, isLocked, setTitle, STEPS } from './wizardModel';
import { ctx, livestream } from './wizardTestOrg';

const review = () => ({ ...chooseTemplate(emptyWizard('d1'), livestream, ctx), step: 'review' as const });

describe('send transitions', () => {
  it('sending locks the wizard and shows every step’s errors', () => {
    const s = startSending(review());
    expect(s.send).toEqual({ kind: 'sending' });
    expect(s.tried).toEqual(STEPS);
    expect(isLocked(s)).toBe(true);
  });

  it('success starts a fresh draft under a new key and says what was sent', () => {
    const s = sendSucceeded(startSending(setTitle(review(), ' 直播 ')), 'rec1', 'd2');
    expect(s.draft.draftKey).toBe('d2');
    expect(s.draft.title).toBe('');
    expect(s.step).toBe('task');
    expect(s.send).toEqual({ kind: 'sent', taskId: 'rec1', title: '直播' });
    expect(resumeOptions(s)).toEqual({ resume: false });
    expect(isLocked(s)).toBe(false);
  });

  it('a refusal goes back to the first step with an error, unlocked', () => {
    const s = review(); // no primary department: the responsibility step fails
    const rejected = sendRejected(startSending(s), checkDraft(s.draft, ctx));
    expect(rejected.step).toBe('responsibility');
    expect(rejected.send).toEqual({ kind: 'idle' });
    expect(sendRejected(startSending(s), []).step).toBe('review');
  });

  it('a failure locks the draft and makes the next send a resume', () => {
    const failed = sendFailed(startSending(review()), 'boom');
    expect(failed.send).toEqual({ kind: 'failed', message: 'boom' });
    expect(isLocked(failed)).toBe(true);
    expect(resumeOptions(failed)).toEqual({ resume: true });
    expect(failed.draft.draftKey).toBe('d1');
  });

  it('rolling back keeps the lock until done; then the draft can change and still resumes safely', () => {
    const rolling = startRollingBack(sendFailed(review(), 'boom'));
    expect(isLocked(rolling)).toBe(true);
    const done = rolledBack(rolling);
    expect(isLocked(done)).toBe(false);
    expect(done.send.kind).toBe('rolledBack');
    expect(resumeOptions(done)).toEqual({ resume: true });
  });

  it('a fresh wizard sends without looking up first', () => {
    expect(resumeOptions(emptyWizard('d1'))).toEqual({ resume: false });
  });
});

describe('a send refused for who sends it', () => {
  it('keeps the step and the draft, unlocked, and says why instead of pointing at a field', () => {
    const s = { ...chooseTemplate(emptyWizard('d1'), livestream, ctx), step: 'review' as const };
    const refused = sendNotPermitted(startSending(s), '只有老板和部门负责人可以派单');
    expect(refused.send).toEqual({ kind: 'notPermitted', message: '只有老板和部门负责人可以派单' });
    expect(refused.step).toBe('review');
    expect(refused.draft).toEqual(s.draft);
    expect(isLocked(refused)).toBe(false);
  });
});
