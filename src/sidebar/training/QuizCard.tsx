import { Button, Card, Checkbox, Radio, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Grade } from '../../core/training/grading';
import { useI18n } from '../shared/i18nContext';
import { toggle, unanswered, type Answers, type QuizQuestion } from './courseModel';

interface Props {
  questions: QuizQuestion[];
  intro: string;
  /** Undefined in a preview: the quiz shows, nothing is sent. */
  onSubmit?: (answers: Answers) => void;
  busy?: boolean;
  result?: Grade;
  onRetry?: () => void;
}

/** The quiz: options in the attempt's order; after grading, the score and why each wrong answer was wrong. */
export function QuizCard({ questions, intro, onSubmit, busy, result, onRetry }: Props) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Answers>({});
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  return (
    <Card title={t('training.quiz')} bodyStyle={{ padding: 12 }} data-testid="quiz">
      <Typography.Text type="tertiary">{intro}</Typography.Text>
      {questions.map((q, i) => (
        <div key={q.id} className="baton-row" data-testid="quiz-question">
          <Typography.Text strong>{`${i + 1}. ${q.prompt}`}</Typography.Text>
          {q.options.map((o) =>
            q.multiple ? (
              <Checkbox
                key={o.value}
                checked={(answers[q.id] ?? []).includes(o.value)}
                onChange={() => setAnswers(toggle(answers, q, o.value))}
                data-testid="quiz-option"
              >
                {o.label}
              </Checkbox>
            ) : (
              <Radio
                key={o.value}
                checked={(answers[q.id] ?? []).includes(o.value)}
                onChange={() => setAnswers(toggle(answers, q, o.value))}
                data-testid="quiz-option"
              >
                {o.label}
              </Radio>
            ),
          )}
        </div>
      ))}
      {result && (
        <div className="baton-stack" data-testid="quiz-result">
          <Typography.Title heading={6}>
            {result.passed ? t('training.passedTitle') : t('training.failedTitle')}{' '}
            {t('training.score', { score: result.score, total: result.total })}
          </Typography.Title>
          {result.wrong.length > 0 && <Typography.Text>{t('training.wrong')}</Typography.Text>}
          {result.wrong.map((w) => (
            <div key={w.questionId} data-testid="quiz-wrong">
              <Typography.Text type="danger">{prompts.get(w.questionId)}</Typography.Text>
              {w.explanation && (
                <Typography.Paragraph type="tertiary" size="small">
                  {t('training.why', { explanation: w.explanation })}
                </Typography.Paragraph>
              )}
            </div>
          ))}
        </div>
      )}
      {onSubmit && !result && (
        <Button
          theme="solid"
          loading={busy}
          disabled={questions.length === 0 || unanswered(questions, answers) > 0}
          onClick={() => onSubmit(answers)}
          data-testid="quiz-submit"
        >
          {t('training.submit')}
        </Button>
      )}
      {onRetry && result && !result.passed && (
        <Button onClick={() => (setAnswers({}), onRetry())} data-testid="quiz-retry">
          {t('training.retry')}
        </Button>
      )}
    </Card>
  );
}
