import { Button, Card, Empty, Spin, Tag, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import { authorRefusal } from '../../core/training/trainingPermissions';
import { hasTraining, loadTraining, type TrainingData } from '../../services/training/trainingData';
import { useNow, useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { AuthorPage } from './AuthorPage';
import { CoursePage } from './CoursePage';
import { takeRequestedCourse } from './courseRequest';
import { learningView, type CourseRow, type FigureRow } from './learningModel';
import { neededSkillsFor } from './neededSkills';
import { SurveyCard } from './SurveyCard';
import { surveyView } from './surveyModel';

type Page = { kind: 'list' } | { kind: 'course'; id: string } | { kind: 'author'; id?: string };

/** 学习: the training tables are read when this tab opens, and again after each change made here. */
export function LearningScreen() {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const [training, setTraining] = useState<TrainingData>();
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState<Page>(() => {
    const requested = takeRequestedCourse();
    return requested ? { kind: 'course', id: requested } : { kind: 'list' };
  });
  const installed = hasTraining(session.store);
  useEffect(() => {
    if (!installed) return;
    let live = true;
    void loadTraining(session.store).then((d) => live && setTraining(d));
    return () => {
      live = false;
    };
  }, [session.store, session.data, version, installed]);
  const reload = () => setVersion((v) => v + 1);

  if (!installed) return <Empty description={t('training.notInstalled')} />;
  if (session.viewer.kind !== 'member') return null;
  if (!training) return <Spin tip={t('training.loading')} data-testid="learning-loading" />;
  const member = session.data.members.find(
    (m) => m.id === (session.viewer.kind === 'member' ? session.viewer.member.id : ''),
  )!;
  const authors = authorRefusal(session.data, session.context.userId) === undefined;
  const course = (id: string | undefined) => training.courses.find((c) => c.id === id);

  if (page.kind === 'course' && course(page.id))
    return (
      <CoursePage
        course={course(page.id)!}
        training={training}
        memberId={member.id}
        onBack={() => setPage({ kind: 'list' })}
        onChanged={reload}
      />
    );
  // A course just created (a draft from a survey topic) shows once the re-read has it.
  if (page.kind === 'author' && page.id && !course(page.id)) return <Spin tip={t('training.loading')} />;
  if (page.kind === 'author')
    return (
      <AuthorPage
        key={page.id ?? 'new'}
        course={course(page.id)}
        onBack={() => setPage({ kind: 'list' })}
        onSaved={reload}
      />
    );
  const view = learningView(
    {
      training,
      member,
      members: session.data.members,
      departments: session.data.departments,
      neededSkills: neededSkillsFor(member, session.data),
      authors,
      now: now(),
    },
    t,
  );
  const open = (id: string) => setPage({ kind: 'course', id });
  const edit = (id: string) => setPage({ kind: 'author', id });
  const rounds = surveyView(
    training.rounds,
    training.answers,
    session.data.members,
    session.data.departments,
    member,
    authors,
    now(),
  );
  return (
    <div className="baton-stack" data-testid="learning-screen">
      <Typography.Text type="tertiary" data-testid="learning-skills">
        {view.skills}
      </Typography.Text>
      <CourseList
        title={t('training.required')}
        rows={view.required}
        onOpen={open}
        testId="learning-required"
      />
      <CourseList
        title={t('training.recommended')}
        rows={view.recommended}
        onOpen={open}
        testId="learning-recommended"
      />
      <CourseList
        title={t('training.inProgress')}
        rows={view.inProgress}
        onOpen={open}
        testId="learning-in-progress"
      />
      <CourseList title={t('training.passed')} rows={view.passed} onOpen={open} testId="learning-passed" />
      {(rounds.length > 0 || authors) && (
        <SurveyCard
          rounds={rounds}
          authors={authors}
          onChanged={reload}
          onDraft={(id) => (reload(), edit(id))}
        />
      )}
      {authors && (
        <>
          <Card title={t('training.author.new')} bodyStyle={{ padding: 12 }} data-testid="learning-authoring">
            <Button onClick={() => setPage({ kind: 'author' })} data-testid="author-new">
              {t('training.author.new')}
            </Button>
            {[
              ...view.drafts,
              ...training.courses
                .filter((c) => c.status === 'published')
                .map((c) => ({ id: c.id, title: c.title })),
            ].map((c) => (
              <div key={c.id} className="baton-row-title" data-testid="author-course">
                <Typography.Text>{c.title}</Typography.Text>
                <Button size="small" theme="borderless" onClick={() => edit(c.id)} data-testid="author-edit">
                  {t('training.author.edit')}
                </Button>
              </div>
            ))}
          </Card>
          <Figures rows={view.figures} />
        </>
      )}
    </div>
  );
}

function CourseList({
  title,
  rows,
  onOpen,
  testId,
}: {
  title: string;
  rows: CourseRow[];
  onOpen: (id: string) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Card title={title} bodyStyle={{ padding: 12 }} data-testid={testId}>
      {rows.length === 0 && <Typography.Text type="tertiary">{t('training.empty')}</Typography.Text>}
      {rows.map((row) => (
        <div key={row.id} className="baton-row" data-testid="learning-course">
          <div className="baton-row-title">
            <Typography.Text strong>{row.title}</Typography.Text>
            {row.kind && <Tag size="small">{row.kind}</Tag>}
            {row.overdue && (
              <Tag size="small" color="red">
                {t('training.overdue')}
              </Tag>
            )}
          </div>
          {row.note && (
            <Typography.Text type="tertiary" size="small">
              {row.note}
            </Typography.Text>
          )}
          <Button size="small" onClick={() => onOpen(row.id)} data-testid="learning-open">
            {t('training.open')}
          </Button>
        </div>
      ))}
    </Card>
  );
}

function Figures({ rows }: { rows: FigureRow[] }) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  const head = ['course', 'assigned', 'started', 'passed', 'firstRate', 'average', 'overdue'] as const;
  return (
    <Card
      title={t('training.figures')}
      bodyStyle={{ padding: 12, overflowX: 'auto' }}
      data-testid="learning-figures"
    >
      <table className="baton-table">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h}>{t(`training.figures.${h}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.title}</td>
              <td>{r.assigned}</td>
              <td>{r.started}</td>
              <td>{r.passed}</td>
              <td>{r.firstRate}</td>
              <td>{r.average}</td>
              <td>{r.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
