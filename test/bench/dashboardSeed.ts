/**
 * The other pillars' history for the "dashboard" scenario, spread over the two years before NOW and the
 * company's members with a fixed seed: drives and submissions, courses and quiz attempts, and 贡献 entries (a
 * thousand of them reversals); with the demo's own rows, exactly PILLAR_SIZES of each.
 */
import { driveDefaults, type Submission } from '../../src/core/collection/drive';
import type { Department, Member, Task } from '../../src/core/model';
import type { ContributionRule, ContributionSource } from '../../src/core/scoring/facts';
import type { LedgerEntry } from '../../src/core/scoring/ledger';
import type { Attempt } from '../../src/core/training/trainingModel';
import { fromDrive, fromSubmission } from '../../src/schema/collectionEntities';
import { fromEntry } from '../../src/schema/contributionEntity';
import { fromAttempt, fromCourse } from '../../src/schema/trainingEntities';
import type { BatonStore } from '../../src/store/batonStore';
import { DAY, HOUR, NOW, rng } from './fixtures';

export const PILLAR_SIZES = { submissions: 2_400, attempts: 5_000, contributions: 100_000 };
const SPAN = 730 * DAY;
const DRIVES = 48;
const COURSES = 36;

interface Company {
  departments: Department[];
  members: Member[];
  tasks: Task[];
}

const month = (t: number) => new Date(t).toISOString().slice(0, 7);

/** Drives every ~15 days, each asking one or two departments; people send 1–3 versions until the total is met. */
async function seedCollection(store: BatonStore, company: Company, count: number, random: () => number) {
  const active = company.members.filter((m) => m.active);
  const departments = company.departments.map((d) => d.id);
  const drives = Array.from({ length: DRIVES }, (_, i) => {
    const publishedAt = NOW - SPAN + Math.floor((i * SPAN) / DRIVES);
    const asked = [departments[i % departments.length]!, departments[(i * 5 + 1) % departments.length]!];
    return {
      ...driveDefaults({ title: `收集 ${i + 1}`, formats: ['pdf'], maxFiles: 3, points: 5 }),
      deadline: publishedAt + (5 + (i % 10)) * DAY,
      departmentIds: [...new Set(asked)],
      status: 'closed' as const,
      publishedAt,
      key: `bench-dash-drive-${i}`,
    };
  });
  const ids = await store.addAll('collections', drives.map(fromDrive));
  const rows: Omit<Submission, 'id'>[] = [];
  for (let d = 0; rows.length < count; d = (d + 1) % DRIVES) {
    const drive = drives[d]!;
    const audience = active.filter((m) => drive.departmentIds.includes(m.departmentId ?? ''));
    const member = audience[Math.floor(random() * audience.length)]!;
    const version = 1 + rows.filter((s) => s.driveId === ids[d] && s.memberId === member.id).length;
    const submittedAt =
      drive.publishedAt + Math.floor(random() * (drive.deadline - drive.publishedAt + 2 * DAY));
    rows.push({
      driveId: ids[d],
      memberId: member.id,
      title: '作品',
      files: [
        { name: `作品-${rows.length}.pdf`, size: 200_000, detected: 'pdf', hash: `dash-${rows.length}` },
      ],
      submittedAt,
      compliant: random() < 0.5 + (0.45 * d) / DRIVES,
      problems: '',
      reviewReason: '',
      version,
      late: submittedAt > drive.deadline,
      checkedAt: submittedAt + HOUR,
      key: `bench-dash-sub-${rows.length}`,
    });
  }
  await store.addAll('submissions', rows.map(fromSubmission));
}

/** Courses published over the two years, a third required; each person tries a course 1–3 times until passed. */
async function seedTraining(store: BatonStore, company: Company, count: number, random: () => number) {
  const departments = company.departments.map((d) => d.id);
  const courses = Array.from({ length: COURSES }, (_, i) => ({
    title: `看板课程 ${i + 1}`,
    kind: 'skill' as const,
    status: 'published' as const,
    content: '',
    videoUrl: '',
    passMark: 60,
    maxAttempts: 0,
    skills: [`技能${i % 8}`],
    requiredForDepartmentIds: i % 3 === 0 ? [departments[i % departments.length]!] : [],
    due: NOW - SPAN + Math.floor(((i + 1) * SPAN) / (COURSES + 1)),
    key: `bench-dash-course-${i}`,
  }));
  const ids = await store.addAll('courses', courses.map(fromCourse));
  const attempts: Omit<Attempt, 'id'>[] = [];
  const members = company.members;
  while (attempts.length < count) {
    const c = Math.floor(random() * COURSES);
    const member = members[Math.floor(random() * members.length)]!;
    let at = courses[c]!.due - Math.floor(random() * 30 * DAY) + Math.floor(random() * 10 * DAY);
    for (let n = 1; n <= 3 && attempts.length < count; n++) {
      const score = Math.round(30 + random() * 70);
      const key = `bench-dash-attempt-${attempts.length}`;
      attempts.push({
        memberId: member.id,
        courseId: ids[c],
        score,
        passed: score >= 60,
        attemptNo: n,
        at,
        key,
      });
      if (score >= 60) break;
      at += Math.floor(random() * 3 * DAY) + HOUR;
    }
  }
  await store.addAll(
    'attempts',
    attempts.map((a) => fromAttempt(a, '')),
  );
}

const SOURCES: [ContributionSource, ContributionRule][] = [
  ['task', 'owner'],
  ['task', 'owner'],
  ['task', 'cooperating'],
  ['task', 'on_time'],
  ['task', 'claim'],
  ['collection', 'submission'],
  ['course', 'course'],
  ['award', 'award'],
];
const REVERSALS = 1_000;

/** Entries spread over the two years and the members (some earn far more), then reversals of a thousand of them. */
async function seedLedger(store: BatonStore, company: Company, count: number, random: () => number) {
  const { members, tasks } = company;
  const weight = members.map((_, i) => 1 + (i % 7 === 0 ? 4 : 0));
  const total = weight.reduce((a, b) => a + b, 0);
  const pickMember = () => {
    let r = random() * total;
    for (let i = 0; i < members.length; i++) if ((r -= weight[i]!) < 0) return members[i]!;
    return members[members.length - 1]!;
  };
  const entry = (i: number): Omit<LedgerEntry, 'id'> => {
    const [source, rule] = SOURCES[Math.floor(random() * SOURCES.length)]!;
    const at = NOW - Math.floor(random() * SPAN);
    const task = source === 'task' ? tasks[Math.floor(random() * tasks.length)]!.id : undefined;
    const fact = `${month(at)}|${task ?? source}-${i}|${rule}`;
    return {
      key: `sc:${fact}#1`,
      memberId: pickMember().id,
      rule,
      source,
      points: 1 + Math.floor(random() * 20),
      period: month(at),
      taskId: task,
      at,
      summary: 'bench',
    };
  };
  const first = Array.from({ length: count - REVERSALS }, (_, i) => entry(i));
  const ids = await store.addAll('contributions', first.map(fromEntry));
  const reversed = Array.from({ length: REVERSALS }, (_, i) => i * Math.floor(first.length / REVERSALS));
  await store.addAll(
    'contributions',
    reversed.map((i) => {
      const e = first[i]!;
      const at = Math.min(NOW - HOUR, e.at! + 20 * DAY);
      const key = `${e.key}~`;
      return fromEntry({
        ...e,
        key,
        rule: 'reversal',
        points: -e.points,
        reversesId: ids[i],
        at,
        period: month(at),
      });
    }),
  );
}

/** [DB14] Tops the Base behind `store` up to the sizes above (the demo's own rows stay and count). */
export async function seedPillars(store: BatonStore, company: Company): Promise<void> {
  const have = async (table: 'submissions' | 'attempts' | 'contributions') =>
    (await store.readAll(table)).length;
  await seedCollection(store, company, PILLAR_SIZES.submissions - (await have('submissions')), rng(31));
  await seedTraining(store, company, PILLAR_SIZES.attempts - (await have('attempts')), rng(32));
  await seedLedger(store, company, PILLAR_SIZES.contributions - (await have('contributions')), rng(33));
}
