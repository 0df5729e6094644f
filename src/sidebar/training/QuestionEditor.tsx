import { Button, Input, Select, TextArea, Typography } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { QuestionForm } from './authorModel';

interface EditorProps {
  no: number;
  question: QuestionForm;
  onChange: (patch: Partial<QuestionForm>) => void;
  onRemove: () => void;
}

/** One typed question of the authoring form. */
export function QuestionEditor({ no, question, onChange, onRemove }: EditorProps) {
  const { t } = useI18n();
  return (
    <div className="baton-row" data-testid="author-question">
      <div className="baton-row-title">
        <Typography.Text strong>{t('training.author.question', { no })}</Typography.Text>
        <Button size="small" theme="borderless" onClick={onRemove}>
          {t('training.author.removeQuestion')}
        </Button>
      </div>
      <Input
        placeholder={t('training.author.prompt')}
        value={question.prompt}
        onChange={(prompt) => onChange({ prompt })}
        data-testid="question-prompt"
      />
      <Select
        value={question.type}
        motion={false}
        onChange={(type) => onChange({ type: type as QuestionForm['type'] })}
        data-testid="question-type"
        optionList={(['single', 'multiple', 'true_false'] as const).map((k) => ({
          value: k,
          label: t(`training.type.${k}`),
        }))}
      />
      <TextArea
        placeholder={t('training.author.options')}
        value={question.options}
        rows={3}
        onChange={(options) => onChange({ options })}
        data-testid="question-options"
      />
      <Input
        placeholder={t('training.author.correct')}
        value={question.correct}
        onChange={(correct) => onChange({ correct })}
        data-testid="question-correct"
      />
      <Input
        prefix={t('training.author.points')}
        value={question.points}
        onChange={(points) => onChange({ points })}
        data-testid="question-points"
      />
      <Input
        placeholder={t('training.author.explanation')}
        value={question.explanation}
        onChange={(explanation) => onChange({ explanation })}
        data-testid="question-explanation"
      />
    </div>
  );
}
