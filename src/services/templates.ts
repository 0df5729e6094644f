/** Task templates: the built-in ones and those the boss saved into the Base. */
import type { Task } from '../core/model';
import { commandRefusal, type PermissionRefusal } from '../core/permissions';
import { BUILT_IN_TEMPLATES, templateFromTask, type TaskTemplate } from '../core/templates';
import { fromTemplate, toTemplate } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';

export async function listTemplates(store: BatonStore): Promise<TaskTemplate[]> {
  if (!store.resolution.schema.templates) return BUILT_IN_TEMPLATES;
  const saved = (await store.readAll('templates'))
    .map(toTemplate)
    .filter((t) => t.name && t.stages.length > 0);
  return [...BUILT_IN_TEMPLATES, ...saved];
}

export type SaveTemplateResult = { ok: true } | { ok: false; code: PermissionRefusal };

/**
 * [P3] Saves a special task and its stages as a template; saving the same task again adds nothing.
 * [K3] Only the boss saves templates.
 */
export async function saveAsTemplate(
  store: BatonStore,
  data: CoreData,
  task: Task,
  actorUserId: string,
): Promise<SaveTemplateResult> {
  const refusal = commandRefusal(data, actorUserId, 'saveTemplate');
  if (refusal) return { ok: false, code: refusal };
  const stages = data.tasks.filter((t) => t.parentId === task.id);
  const template = templateFromTask(task, stages, data.departments);
  const key = `template/${task.id}`;
  await store.addKeyed('templates', 'key', [fromTemplate(template, key, actorUserId)], true);
  return { ok: true };
}
