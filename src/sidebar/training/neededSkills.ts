/** Skills the work around a member asks for: built-in template stages of their department, open pool tasks. */
import type { Member } from '../../core/model';
import { BUILT_IN_TEMPLATES } from '../../core/templates';
import { skillsAskedIn } from '../../core/training/skills';
import { stageSkills } from '../../core/training/stageSkills';
import type { CoreData } from '../../store/batonStore';

export function neededSkillsFor(member: Member, data: CoreData): string[] {
  const department = data.departments.find((d) => d.id === member.departmentId);
  const stages = BUILT_IN_TEMPLATES.flatMap((t) => t.stages).filter(
    (s) => s.departmentName === department?.name,
  );
  const pool = data.tasks.filter(
    (t) =>
      t.status === 'open' &&
      !t.parentId &&
      (t.suggestedDepartmentIds.length === 0 || t.suggestedDepartmentIds.includes(member.departmentId ?? '')),
  );
  return [...stages.flatMap(stageSkills), ...pool.flatMap((t) => skillsAskedIn(t.description))];
}
