/** A small company for the collection, training and contribution measures' tests: two departments, a leaver. */
import { aDepartment, aMember } from '../testBuilders';
import type { FactSource } from './facts';
import { TASK_SOURCES } from './dashboardFixtures';
import type { Period } from './period';
import { may } from './dashboardFixtures';

export const design = aDepartment({ id: 'design' });
export const sales = aDepartment({ id: 'sales', name: 'Sales' });
export const a1 = aMember({ id: 'a1', departmentId: 'design' });
export const a2 = aMember({ id: 'a2', departmentId: 'design' });
export const gone = aMember({ id: 'gone', departmentId: 'design', active: false });
export const b1 = aMember({ id: 'b1', departmentId: 'sales' });

export const org = { departments: [design, sales], members: [a1, a2, gone, b1] };

export const MAY: Period = { from: may(1), to: may(32) };
export const JUNE: Period = { from: may(32), to: Date.UTC(2024, 6, 1, -8) };

export const ALL_SOURCES: FactSource[] = [
  ...TASK_SOURCES,
  'collections',
  'submissions',
  'learning',
  'surveys',
  'contributions',
];
