/**
 * [TR22] The course that would qualify the viewer for a task, for the pool. The pool knows nothing of the
 * training data: it gets a lookup from missing skills to a course, and 课程 is read only once the pool shows a
 * task asking for a skill the viewer lacks.
 */
import { useEffect, useMemo, useState } from 'react';
import { courseFor } from '../../core/training/skills';
import { loadSkillCourses, type SkillCourse } from '../../services/training/skillCourses';
import type { BatonStore } from '../../store/batonStore';

export type CourseSuggestion = (missing: readonly string[]) => { id: string; title: string } | undefined;

export function useCourseSuggestion(store: BatonStore, wanted: boolean): CourseSuggestion | undefined {
  const [courses, setCourses] = useState<SkillCourse[]>();
  const load = wanted && courses === undefined;
  useEffect(() => {
    if (!load) return;
    let live = true;
    // A pool without the course table, or a failed read, simply suggests nothing.
    void loadSkillCourses(store)
      .catch(() => [])
      .then((found) => live && setCourses(found));
    return () => {
      live = false;
    };
  }, [store, load]);
  return useMemo(() => courses && ((missing) => courseFor(courses, missing)), [courses]);
}
