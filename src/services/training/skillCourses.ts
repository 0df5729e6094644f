/**
 * The published courses and the skills they grant, read from 课程 alone when a screen outside the 学习 tab
 * (the pool) needs to name the course that qualifies someone. No questions, attempts or survey are read.
 */
import type { Course } from '../../core/training/trainingModel';
import { toCourse } from '../../schema/trainingEntities';
import type { BatonStore } from '../../store/batonStore';

export type SkillCourse = Pick<Course, 'id' | 'title' | 'skills' | 'status'>;

export async function loadSkillCourses(store: BatonStore): Promise<SkillCourse[]> {
  if (!store.resolution.schema.courses) return [];
  const rows = await store.readAll('courses');
  return rows
    .map(toCourse)
    .filter((c) => c.status === 'published' && c.skills.length > 0)
    .map(({ id, title, skills, status }) => ({ id, title, skills, status }));
}
