import { Button, Card, Checkbox, Input, TextArea, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useNow } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { parseDay, formatDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import type { RoundView } from './surveyModel';

interface Props {
  rounds: RoundView[];
  authors: boolean;
  onChanged: () => void;
  onDraft: (courseId: string) => void;
}

/** 需求调研: answer the open round; HR opens and closes rounds and turns a topic into a draft course. */
export function SurveyCard({ rounds, authors, onChanged, onDraft }: Props) {
  const { t } = useI18n();
  const runner = useCommands(commands);
  const done = (outcome: { phase: string } | undefined) => outcome?.phase === 'done' && onChanged();
  return (
    <Card title={t('training.survey')} bodyStyle={{ padding: 12 }} data-testid="survey">
      <FeedbackBanner feedback={runner.lastFeedback()} testId="survey-feedback" />
      {rounds.map((r) => (
        <div key={r.round.key} className="baton-row" data-testid="survey-round">
          <Typography.Text strong>{r.round.title}</Typography.Text>
          <Typography.Text type="tertiary" size="small">
            {r.open
              ? t('training.survey.closesAt', { date: formatDay(r.round.closesAt) })
              : t('training.survey.closed')}
          </Typography.Text>
          {r.open && (
            <AnswerForm
              key={r.mine?.id ?? 'new'}
              view={r}
              onSend={async (topics, wish) =>
                done(await runner.run('answerSurvey', { roundKey: r.round.key, topics, wish }))
              }
            />
          )}
          {r.results && (
            <div className="baton-stack" data-testid="survey-results">
              <Typography.Text strong>
                {t('training.survey.results', { count: r.results.respondents })}
              </Typography.Text>
              {r.results.topics.map((topic) => (
                <div key={topic.topic} className="baton-row-title" data-testid="survey-topic">
                  <Typography.Text>{`${topic.topic} · ${t('training.survey.votes', { count: topic.votes })}`}</Typography.Text>
                  <Typography.Text type="tertiary" size="small">
                    {topic.departments}
                  </Typography.Text>
                  <Button
                    size="small"
                    onClick={async () => {
                      const outcome = await runner.run('draftCourse', {
                        roundKey: r.round.key,
                        topic: topic.topic,
                      });
                      if (outcome?.phase === 'done') onDraft(outcome.value.courseId);
                    }}
                    data-testid="survey-draft"
                  >
                    {t('training.survey.createDraft')}
                  </Button>
                </div>
              ))}
              {r.results.wishes.length > 0 && (
                <Typography.Text type="tertiary" size="small">
                  {`${t('training.survey.wishes')}：${r.results.wishes.join('；')}`}
                </Typography.Text>
              )}
              {r.open && (
                <Button
                  size="small"
                  type="danger"
                  onClick={async () => done(await runner.run('closeRound', { roundKey: r.round.key }))}
                  data-testid="survey-close"
                >
                  {t('training.survey.close')}
                </Button>
              )}
            </div>
          )}
        </div>
      ))}
      {authors && <NewRound onOpen={async (input) => done(await runner.run('openRound', input))} />}
    </Card>
  );
}

function AnswerForm({ view, onSend }: { view: RoundView; onSend: (topics: string[], wish: string) => void }) {
  const { t } = useI18n();
  const [topics, setTopics] = useState<string[]>(view.mine?.topics ?? []);
  const [wish, setWish] = useState(view.mine?.wish ?? '');
  const flip = (topic: string) =>
    setTopics(topics.includes(topic) ? topics.filter((x) => x !== topic) : [...topics, topic]);
  return (
    <div className="baton-stack" data-testid="survey-answer">
      {view.round.topics.map((topic) => (
        <Checkbox
          key={topic}
          checked={topics.includes(topic)}
          onChange={() => flip(topic)}
          data-testid="survey-topic-choice"
        >
          {topic}
        </Checkbox>
      ))}
      <Input
        placeholder={t('training.survey.wish')}
        value={wish}
        onChange={setWish}
        data-testid="survey-wish"
      />
      <Button theme="solid" onClick={() => onSend(topics, wish)} data-testid="survey-send">
        {view.mine ? t('training.survey.change') : t('training.survey.answer')}
      </Button>
    </div>
  );
}

type RoundInput = { requestKey: string; title: string; topics: string[]; closesAt?: number };

function NewRound({ onOpen }: { onOpen: (input: RoundInput) => void }) {
  const { t } = useI18n();
  const now = useNow();
  const [title, setTitle] = useState('');
  const [topics, setTopics] = useState('');
  const [closes, setCloses] = useState('');
  const [requestKey] = useState(() => `r${now().toString(36)}`);
  const end = parseDay(closes);
  return (
    <div className="baton-stack" data-testid="survey-new">
      <Typography.Text strong>{t('training.survey.new')}</Typography.Text>
      <Input
        placeholder={t('training.survey.title')}
        value={title}
        onChange={setTitle}
        data-testid="survey-title"
      />
      <TextArea
        placeholder={t('training.survey.topics')}
        value={topics}
        onChange={setTopics}
        rows={4}
        data-testid="survey-topics"
      />
      <Input
        placeholder={`${t('training.survey.closes')} YYYY-MM-DD`}
        value={closes}
        onChange={setCloses}
        data-testid="survey-closes"
      />
      <Button
        theme="solid"
        onClick={() =>
          onOpen({
            requestKey,
            title,
            topics: topics
              .split('\n')
              .map((x) => x.trim())
              .filter(Boolean),
            closesAt: end === undefined ? undefined : end + 86_400_000 - 1,
          })
        }
        data-testid="survey-open"
      >
        {t('training.survey.open')}
      </Button>
    </div>
  );
}
