/** The survey card as the viewer sees it: the open round to answer, and for authors each round's tally. */
import { isOpen, tally, type TopicTally } from '../../core/training/survey';
import type { Member } from '../../core/model';
import type { SurveyAnswer, SurveyRound } from '../../core/training/trainingModel';

export interface RoundView {
  round: SurveyRound;
  open: boolean;
  /** The viewer's own answer, to show and change. */
  mine?: SurveyAnswer;
  results?: { topics: (TopicTally & { departments: string })[]; wishes: string[]; respondents: number };
}

export function surveyView(
  rounds: SurveyRound[],
  answers: SurveyAnswer[],
  members: Member[],
  departments: { id: string; name: string }[],
  viewer: Member,
  authors: boolean,
  now: number,
): RoundView[] {
  const name = (id: string) => departments.find((d) => d.id === id)?.name ?? '—';
  return rounds
    .filter((r) => authors || isOpen(r, now))
    .map((round) => {
      const result = authors ? tally(round, answers, members) : undefined;
      return {
        round,
        open: isOpen(round, now),
        mine: answers.find((a) => a.roundKey === round.key && a.memberId === viewer.id),
        results: result && {
          ...result,
          topics: result.topics.map((tt) => ({
            ...tt,
            departments: tt.byDepartment.map((d) => `${name(d.departmentId)} ${d.votes}`).join(' · '),
          })),
        },
      };
    });
}
