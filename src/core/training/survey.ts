/** Needs survey: answering, and the tally by topic and department. Rules [TR12]-[TR13]. */
import type { Member } from '../model';
import type { SurveyAnswer, SurveyRound } from './trainingModel';

export type SurveyRefusal = 'roundClosed' | 'roundGone' | 'noChoice' | 'unknownTopic' | 'roundInvalid';

/** [TR12] A round is open until closed by hand or its closing date has passed. */
export const isOpen = (round: SurveyRound, now: number): boolean =>
  !round.closed && (round.closesAt === undefined || now <= round.closesAt);

/** [TR12] An answer names at least one of the round's topics or a wish; only while the round is open. */
export function answerRefusal(
  round: SurveyRound | undefined,
  topics: readonly string[],
  wish: string,
  now: number,
): SurveyRefusal | undefined {
  if (!round) return 'roundGone';
  if (!isOpen(round, now)) return 'roundClosed';
  if (topics.some((t) => !round.topics.includes(t))) return 'unknownTopic';
  if (topics.length === 0 && wish.trim() === '') return 'noChoice';
  return undefined;
}

/** [TR12] A round needs a title, two or more distinct topics and a closing date after now. */
export function roundRefusal(
  title: string,
  topics: readonly string[],
  closesAt: number | undefined,
  now: number,
) {
  const distinct = new Set(topics.map((t) => t.trim()).filter(Boolean));
  if (title.trim() === '' || distinct.size < 2 || distinct.size !== topics.length)
    return 'roundInvalid' as const;
  return closesAt !== undefined && closesAt > now ? undefined : ('roundInvalid' as const);
}

/** One member's answer per round: later rows of the same key (a change) replace earlier ones. */
export const answerKey = (roundKey: string, memberId: string) => `survey/${roundKey}/${memberId}`;

export interface TopicTally {
  topic: string;
  votes: number;
  byDepartment: { departmentId: string; votes: number }[];
}

/**
 * [TR13] Per topic, how many members chose it and from which departments (one vote per member, their latest
 * answer), most chosen first; the free-text wishes listed apart.
 */
export function tally(
  round: SurveyRound,
  answers: readonly SurveyAnswer[],
  members: readonly Member[],
): { topics: TopicTally[]; wishes: string[]; respondents: number } {
  const latest = new Map<string, SurveyAnswer>();
  for (const a of answers)
    if (a.roundKey === round.key && a.memberId && (latest.get(a.memberId)?.at ?? -1) <= (a.at ?? 0))
      latest.set(a.memberId, a);
  const departmentOf = new Map(members.map((m) => [m.id, m.departmentId ?? '']));
  const topics = round.topics.map((topic): TopicTally => {
    const byDepartment = new Map<string, number>();
    for (const a of latest.values())
      if (a.topics.includes(topic)) {
        const d = departmentOf.get(a.memberId!) ?? '';
        byDepartment.set(d, (byDepartment.get(d) ?? 0) + 1);
      }
    const list = [...byDepartment].map(([departmentId, votes]) => ({ departmentId, votes }));
    return {
      topic,
      votes: list.reduce((s, d) => s + d.votes, 0),
      byDepartment: list.sort((a, b) => b.votes - a.votes),
    };
  });
  return {
    topics: topics.sort(
      (a, b) => b.votes - a.votes || round.topics.indexOf(a.topic) - round.topics.indexOf(b.topic),
    ),
    wishes: [...latest.values()].map((a) => a.wish.trim()).filter(Boolean),
    respondents: latest.size,
  };
}
