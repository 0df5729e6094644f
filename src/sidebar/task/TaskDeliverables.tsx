import { DeliverableList } from './DeliverableList';
import { useDeliverables } from './useDeliverables';

/** [EV17] A special task's own deliverables (files put in its 交付物 cell), opening as a stage's do. */
export function TaskDeliverables({ taskId }: { taskId: string }) {
  const { files, uploaders } = useDeliverables(taskId);
  return <DeliverableList stageId={taskId} files={files} uploaders={uploaders} />;
}
