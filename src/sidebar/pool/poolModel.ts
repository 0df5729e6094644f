/** The task pool as plain data: open tasks (the viewer's department's first), how to claim, uptake. Pure. */
import type { Viewer } from '../../core/identity';
import type { Department, Task } from '../../core/model';
import { openPoolTasks, poolUptake } from '../../core/pool';
import type { Translate } from '../../i18n/translate';
import { LazyPoolRow } from './poolRow';

export interface PoolRow {
  id: string;
  title: string;
  description: string;
  bounty: string;
  suggested: string;
  /** Suggested to the viewer's department. */
  forYou: boolean;
  published: string;
}

/** What a claim by this viewer does, in words: a head claims for the department, an employee for themself. */
export interface ClaimMode {
  label: string;
  hint: string;
}

export interface UptakeRow {
  departmentId: string;
  department: string;
  offered: number;
  unclaimed: number;
  claimed: number;
}

export interface PoolView {
  rows: PoolRow[];
  /** Undefined when the viewer cannot claim (read-only, or not a member). */
  claim?: ClaimMode;
  uptake: UptakeRow[];
}

export interface PoolViewer {
  viewer: Viewer;
  departments: Department[];
  canEdit: boolean;
}

export function claimMode(viewer: Viewer, t: Translate): ClaimMode | undefined {
  if (viewer.kind !== 'member') return undefined;
  const department = viewer.department?.name;
  if (!department) return { label: t('pool.claim.forMe'), hint: t('pool.claim.hint.noDepartment') };
  return viewer.role === 'employee'
    ? { label: t('pool.claim.forMe'), hint: t('pool.claim.hint.forMe', { department }) }
    : {
        label: t('pool.claim.forDepartment', { department }),
        hint: t('pool.claim.hint.forDepartment', { department }),
      };
}

export function poolView(tasks: Task[], who: PoolViewer, t: Translate): PoolView {
  const departmentId = who.viewer.kind === 'member' ? who.viewer.department?.id : undefined;
  // [SP13] Light rows: the list puts in words those it shows.
  const ctx = { departments: who.departments, departmentId, t };
  const rows: PoolRow[] = openPoolTasks(tasks, departmentId).map((task) => new LazyPoolRow(task, ctx));
  const uptake = poolUptake(tasks, who.departments)
    .filter((u) => u.offered > 0 || u.claimed > 0)
    .map((u) => ({
      departmentId: u.department.id,
      department: u.department.name,
      offered: u.offered,
      unclaimed: u.unclaimed,
      claimed: u.claimed,
    }));
  return { rows, claim: who.canEdit ? claimMode(who.viewer, t) : undefined, uptake };
}
