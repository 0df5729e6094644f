/**
 * [CD12] The organizer's live view of a drive: each person's newest version and its state, counted by
 * department. Submitted counts everyone with a version; compliant those whose newest version is; missing those
 * who still owe ([CD9]).
 */
import type { Member } from '../model';
import type { Org } from '../org';
import { audienceOf } from './audience';
import { owes, type Drive, type Submission } from './drive';

export type PersonState = 'missing' | 'problems' | 'compliant' | 'accepted' | 'sentBack';

export interface PersonRow {
  member: Member;
  latest?: Submission;
  versions: number;
  state: PersonState;
  late: boolean;
}

export interface Counts {
  audience: number;
  submitted: number;
  compliant: number;
  missing: number;
  late: number;
}

export interface DriveProgress {
  rows: PersonRow[];
  total: Counts;
  byDepartment: { departmentId?: string; counts: Counts }[];
}

export function stateOf(latest: Submission | undefined): PersonState {
  if (!latest) return 'missing';
  if (latest.review === 'rejected') return 'sentBack';
  if (latest.review === 'accepted') return 'accepted';
  return latest.compliant ? 'compliant' : 'problems';
}

const zero = (): Counts => ({ audience: 0, submitted: 0, compliant: 0, missing: 0, late: 0 });

function add(counts: Counts, row: PersonRow) {
  counts.audience += 1;
  if (row.latest) counts.submitted += 1;
  if (row.state === 'compliant' || row.state === 'accepted') counts.compliant += 1;
  if (owes(row.latest)) counts.missing += 1;
  if (row.late) counts.late += 1;
}

/** Submissions of other drives are ignored; a submitter outside the audience (open to all) gets a row too. */
export function driveProgress(org: Org, drive: Drive, submissions: readonly Submission[]): DriveProgress {
  const latest = new Map<string, Submission>();
  const versions = new Map<string, number>();
  for (const s of submissions) {
    if (s.driveId !== drive.id || !s.memberId) continue;
    versions.set(s.memberId, (versions.get(s.memberId) ?? 0) + 1);
    const held = latest.get(s.memberId);
    if (!held || s.version > held.version) latest.set(s.memberId, s);
  }
  const audience = audienceOf(org, drive);
  const inAudience = new Set(audience.map((m) => m.id));
  const others = org.members.filter((m) => !inAudience.has(m.id) && latest.has(m.id));
  const rows = [...audience, ...others].map((member): PersonRow => {
    const own = latest.get(member.id);
    return {
      member,
      latest: own,
      versions: versions.get(member.id) ?? 0,
      state: stateOf(own),
      late: own?.late ?? false,
    };
  });
  const total = zero();
  const byDepartment = new Map<string | undefined, Counts>();
  for (const row of rows) {
    add(total, row);
    const key = row.member.departmentId;
    if (!byDepartment.has(key)) byDepartment.set(key, zero());
    add(byDepartment.get(key)!, row);
  }
  return {
    rows,
    total,
    byDepartment: [...byDepartment].map(([departmentId, counts]) => ({ departmentId, counts })),
  };
}
