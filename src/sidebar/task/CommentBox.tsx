/** [EV14] A comment on the task or stage shown: into its history, the people picked told. */
import { Button, TextArea } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Task } from '../../core/model';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { personOptions } from '../kernel/people';
import { PersonSelect } from '../kernel/PersonSelect';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

export function CommentBox({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<string[]>([]);
  if (!session.canEdit) return null;
  async function send() {
    const outcome = await runner.run('comment', { task, text, mentionedMemberIds: mentioned });
    if (outcome?.phase !== 'done') return;
    setText('');
    setMentioned([]);
    onChanged();
  }
  const { members, departments } = session.data;
  return (
    <div className="baton-stack" data-testid="comment-box">
      <FeedbackBanner feedback={runner.feedback('comment', `${task.id}/comment`)} testId="comment-feedback" />
      <TextArea
        autosize
        value={text}
        onChange={setText}
        placeholder={t('comment.placeholder')}
        data-testid="comment-text"
      />
      <PersonSelect
        multiple
        value={mentioned}
        placeholder={t('comment.mention')}
        people={personOptions(members, departments)}
        onChange={(v) => setMentioned(v as string[])}
        data-testid="comment-mention"
      />
      <Button
        loading={runner.phase('comment', `${task.id}/comment`) === 'busy'}
        onClick={() => void send()}
        data-testid="comment-send"
      >
        {t('comment.send')}
      </Button>
    </div>
  );
}
