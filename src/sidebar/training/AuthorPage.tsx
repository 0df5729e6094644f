import { Button, Card, Checkbox, Input, Select, TextArea, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import type { Course } from '../../core/training/trainingModel';
import { openCourse } from '../../services/training/quiz';
import { commands } from '../kernel/commands';
import { csvProblems } from '../kernel/commands/trainingCommands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import {
  emptyQuestion,
  formOf,
  inputOf,
  previewQuestions,
  type CourseForm,
  type QuestionForm,
} from './authorModel';
import { CourseContent } from './CourseContent';
import { sectionsOf } from './courseModel';
import { QuizCard } from './QuizCard';
import { readCsvCells } from './csvFile';
import { QuestionEditor } from './QuestionEditor';
import { browserCanPlay, videoChoice } from './videoChoice';

interface Props {
  course?: Course;
  onBack: () => void;
  onSaved: () => void;
}

/** Authoring a course (boss, HR): fields, questions typed or imported, and a preview as a learner sees it. */
export function AuthorPage({ course, onBack, onSaved }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const runner = useCommands(commands);
  const [form, setForm] = useState<CourseForm>(() => formOf(course, []));
  const [preview, setPreview] = useState(false);
  const [requestKey, setRequestKey] = useState(() => `c${now().toString(36)}`);
  const [csvErrors, setCsvErrors] = useState<string[]>([]);
  useEffect(() => {
    if (!course) return;
    let live = true;
    void openCourse(session.store, course.id).then((kept) => live && setForm((f) => ({ ...f, kept })));
    return () => {
      live = false;
    };
  }, [session.store, course]);
  const set = (patch: Partial<CourseForm>) => setForm({ ...form, ...patch });
  const setQuestion = (i: number, patch: Partial<QuestionForm>) =>
    set({ questions: form.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  const save = async () => {
    const outcome = await runner.run('saveCourse', inputOf(form, course?.id, requestKey));
    if (outcome?.phase === 'done') {
      setRequestKey(`c${now().toString(36)}`);
      onSaved();
    }
  };
  const importCsv = async (file: File) => {
    if (!course) return;
    const cells = await readCsvCells(file);
    const outcome = await runner.run('importQuestions', {
      courseId: course.id,
      importKey: `${requestKey}/${file.name}/${file.size}`,
      cells,
    });
    setCsvErrors(outcome?.phase === 'refused' ? csvProblems(outcome.value?.csv, t) : []);
    if (outcome?.phase === 'done') onSaved();
  };
  const departments = session.data.departments.map((d) => ({ value: d.id, label: d.name }));
  return (
    <div className="baton-stack" data-testid="author-page">
      <div className="baton-row-title">
        <Button theme="borderless" onClick={onBack} data-testid="author-back">
          {t('training.back')}
        </Button>
        <Button onClick={() => setPreview(!preview)} data-testid="author-preview">
          {t('training.author.preview')}
        </Button>
      </div>
      <FeedbackBanner feedback={runner.lastFeedback()} testId="author-feedback" />
      {csvErrors.map((e) => (
        <Typography.Text key={e} type="danger" size="small" data-testid="author-csv-error">
          {e}
        </Typography.Text>
      ))}
      {preview ? (
        <div data-testid="author-preview-pane">
          <Typography.Title heading={5}>{form.title}</Typography.Title>
          <CourseContent
            sections={sectionsOf(form.content)}
            video={videoChoice(form.videoUrl, undefined, browserCanPlay)}
          />
          <QuizCard
            questions={previewQuestions(form)}
            intro={t('training.quizIntro', { no: 1, passMark: form.passMark })}
          />
        </div>
      ) : (
        <Card bodyStyle={{ padding: 12 }}>
          <div className="baton-stack">
            <Input
              prefix={t('training.author.title')}
              value={form.title}
              onChange={(title) => set({ title })}
              data-testid="author-title"
            />
            <Select
              value={form.kind}
              onChange={(kind) => set({ kind: kind as CourseForm['kind'] })}
              motion={false}
              data-testid="author-kind"
              optionList={(['big_picture', 'skill', 'incentive'] as const).map((k) => ({
                value: k,
                label: t(`training.kind.${k}`),
              }))}
            />
            <TextArea
              placeholder={t('training.author.content')}
              value={form.content}
              onChange={(content) => set({ content })}
              rows={6}
              data-testid="author-content"
            />
            <Input
              prefix={t('training.author.video')}
              value={form.videoUrl}
              onChange={(videoUrl) => set({ videoUrl })}
              data-testid="author-video"
            />
            <Input
              prefix={t('training.author.passMark')}
              value={form.passMark}
              onChange={(passMark) => set({ passMark })}
              data-testid="author-pass-mark"
            />
            <Input
              prefix={t('training.author.maxAttempts')}
              value={form.maxAttempts}
              onChange={(maxAttempts) => set({ maxAttempts })}
              data-testid="author-max-attempts"
            />
            <Input
              prefix={t('training.author.coursePoints')}
              value={form.points}
              onChange={(points) => set({ points })}
              data-testid="author-points"
            />
            <Input
              prefix={t('training.author.skills')}
              value={form.skills}
              onChange={(skills) => set({ skills })}
              data-testid="author-skills"
            />
            <Typography.Text size="small">{t('training.author.required')}</Typography.Text>
            {departments.map((d) => (
              <Checkbox
                key={d.value}
                checked={form.requiredFor.includes(d.value)}
                data-testid="author-required"
                onChange={() =>
                  set({
                    requiredFor: form.requiredFor.includes(d.value)
                      ? form.requiredFor.filter((x) => x !== d.value)
                      : [...form.requiredFor, d.value],
                  })
                }
              >
                {d.label}
              </Checkbox>
            ))}
            <Input
              prefix={t('training.author.due')}
              placeholder="YYYY-MM-DD"
              value={form.due}
              onChange={(due) => set({ due })}
              data-testid="author-due"
            />
            <Checkbox
              checked={form.publish}
              onChange={() => set({ publish: !form.publish })}
              data-testid="author-publish"
            >
              {t('training.author.publish')}
            </Checkbox>
            {form.kept.map((q) => (
              <div key={q.id} className="baton-row-title" data-testid="author-kept">
                <Typography.Text
                  type="tertiary"
                  size="small"
                >{`${t('training.author.kept')}：${q.prompt}`}</Typography.Text>
                <Button
                  size="small"
                  theme="borderless"
                  onClick={() => set({ kept: form.kept.filter((k) => k.id !== q.id) })}
                >
                  {t('training.author.removeQuestion')}
                </Button>
              </div>
            ))}
            {form.questions.map((q, i) => (
              <QuestionEditor
                key={i}
                no={form.kept.length + i + 1}
                question={q}
                onChange={(patch) => setQuestion(i, patch)}
                onRemove={() => set({ questions: form.questions.filter((_, j) => j !== i) })}
              />
            ))}
            <Button
              onClick={() => set({ questions: [...form.questions, emptyQuestion()] })}
              data-testid="author-add-question"
            >
              {t('training.author.addQuestion')}
            </Button>
            <Button theme="solid" loading={runner.saving} onClick={save} data-testid="author-save">
              {t('training.author.save')}
            </Button>
            {course && (
              <label className="baton-field">
                <Typography.Text strong size="small">
                  {t('training.author.import')}
                </Typography.Text>
                <Typography.Text type="tertiary" size="small">
                  {t('training.author.importHint')}
                </Typography.Text>
                <input
                  type="file"
                  accept=".csv,text/csv"
                  data-testid="author-csv"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void importCsv(file);
                  }}
                />
              </label>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
