import { Banner, Button, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import type { Grade } from '../../core/training/grading';
import type { Course, LearnerQuestion } from '../../core/training/trainingModel';
import { openCourse } from '../../services/training/quiz';
import type { TrainingData } from '../../services/training/trainingData';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { CourseContent } from './CourseContent';
import { courseView } from './courseModel';
import { QuizCard } from './QuizCard';
import { progressLine } from './progressLine';
import { useCourseProgress } from './useCourseProgress';
import { useCourseVideo } from './useCourseVideo';

interface Props {
  course: Course;
  training: TrainingData;
  memberId: string;
  onBack: () => void;
  onChanged: () => void;
}

/** A course as its learner takes it: text and video, then the quiz, its result and a retry. */
export function CoursePage({ course, training, memberId, onBack, onChanged }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const [questions, setQuestions] = useState<LearnerQuestion[]>();
  const [result, setResult] = useState<{ no: number; grade: Grade }>();
  useEffect(() => {
    let live = true;
    void openCourse(session.store, course.id).then((q) => live && setQuestions(q));
    return () => {
      live = false;
    };
  }, [session.store, course.id]);
  const progress = useCourseProgress(session.store.host.bridge, memberId, course.id);
  const mine = training.attempts.filter((a) => a.memberId === memberId && a.courseId === course.id);
  const video = useCourseVideo(session.store, course);
  const view = { ...courseView(course, questions ?? [], mine, memberId), video };
  // The result stays up until retried, although the re-read attempts already count the graded one.
  const shownNo = result ? result.no : view.attemptNo;
  const quizView = result
    ? courseView(
        course,
        questions ?? [],
        mine.filter((a) => a.attemptNo < result.no),
        memberId,
      )
    : view;
  const submit = async (answers: Record<string, number[]>) => {
    const outcome = await runner.run('submitQuiz', {
      courseId: course.id,
      attemptNo: shownNo,
      answers,
      title: course.title,
    });
    if (outcome?.phase === 'done') {
      setResult({ no: outcome.value.attemptNo, grade: outcome.value.grade });
      onChanged();
    }
  };
  const key = `${course.id}/${shownNo}`;
  const line = progress.progress && progressLine(progress.progress, view, t);
  return (
    <div className="baton-stack" data-testid="course-page">
      <div className="baton-row-title">
        <Button theme="borderless" onClick={onBack} data-testid="course-back">
          {t('training.back')}
        </Button>
        <Typography.Title heading={5}>{course.title}</Typography.Title>
      </div>
      {course.skills.length > 0 && (
        <Typography.Text type="tertiary">
          {t('training.skills', { skills: course.skills.join('、') })}
        </Typography.Text>
      )}
      {!view.passed && line && (
        <Typography.Text type="secondary" data-testid="course-progress">
          {line}
        </Typography.Text>
      )}
      <CourseContent
        sections={view.sections}
        video={video}
        progress={{ ...progress, kept: progress.progress }}
      />
      <FeedbackBanner feedback={runner.feedback('submitQuiz', key)} testId="quiz-feedback" />
      {view.passed && !result && (
        <Banner type="success" description={t('training.passedTitle')} closeIcon={null} />
      )}
      {!view.canAttempt && !view.passed && !result && (
        <Banner type="warning" description={t('training.noAttemptsLeft')} closeIcon={null} />
      )}
      {questions && (view.canAttempt || result) && (
        <QuizCard
          key={shownNo}
          questions={quizView.questions}
          intro={`${t('training.quizIntro', { no: shownNo, passMark: course.passMark })}${
            view.left !== undefined ? ` · ${t('training.attemptsLeft', { left: view.left })}` : ''
          }`}
          onSubmit={submit}
          busy={runner.phase('submitQuiz', key) === 'busy'}
          result={result?.grade}
          onRetry={view.canAttempt ? () => setResult(undefined) : undefined}
        />
      )}
    </div>
  );
}
