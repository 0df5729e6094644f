/**
 * Stage work as plain data: which of start / upload / submit / accept / send back / nudge the viewer may do
 * on a stage. Availability asks the core's own `performWork`, so the page offers exactly what the core would
 * accept. Pure.
 */
import type { Task } from '../../core/model';
import { performWork, type WorkAction } from '../../core/process';
import { nudgeOffer, workContext, type WorkViewer } from '../kernel/workContext';

export type StageActionKind = 'start' | 'upload' | 'submit' | 'accept' | 'sendBack' | 'nudge';

export type StageActions = Record<StageActionKind, boolean>;

// Any non-empty text: availability is about who may act, not about the reason the user will type.
const PROBE_REASON = '-';

/** [W2]-[W5] What the viewer may do on the stage as shown. */
export function stageActions(stage: Task, viewer: WorkViewer): StageActions {
  const none = { start: false, upload: false, submit: false, accept: false, sendBack: false, nudge: false };
  if (!viewer.canEdit) return none;
  const ctx = workContext(stage, viewer);
  const can = (action: WorkAction) => performWork(stage, action, ctx).ok;
  const start = can({ kind: 'start' });
  const submit = can({ kind: 'submit' });
  return {
    start,
    // The owner adds deliverables until the stage is submitted; a first upload starts a ready stage.
    upload: start || submit,
    submit,
    accept: can({ kind: 'accept' }),
    sendBack: can({ kind: 'sendBack', reason: PROBE_REASON }),
    nudge: nudgeOffer(stage, viewer) !== undefined,
  };
}

/** A deliverable as listed: its name and its size (KB / MB), so the reviewer sees what came before opening it. */
export function fileLabel(file: { name: string; size?: number }): string {
  if (!file.size) return file.name;
  const kb = file.size / 1024;
  return `${file.name} (${kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`})`;
}
