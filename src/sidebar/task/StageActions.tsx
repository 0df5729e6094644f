import { Button, Dropdown } from '@douyinfe/semi-ui';
import { useState, type ReactNode } from 'react';
import type { Task } from '../../core/model';
import { moveStage, type StageMove } from '../../core/stageOrder';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { startOfDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import type { ActionForm } from './ResponsibilityActions';
import type { ActionTarget } from './taskPageModel';

interface MenuItem {
  key: string;
  label: string;
  danger?: boolean;
  run: () => void;
}

interface Props {
  target: ActionTarget;
  stage?: Task;
  tasks: Task[];
  /** The stage's acknowledge / decline / reassign, their forms opened from the menu. */
  renderActions: (menu: { form?: ActionForm; onForm: (form?: ActionForm) => void }) => ReactNode;
  /** The stage's work, with the menu at the end of its one row of buttons. */
  renderWork: (menu: ReactNode) => ReactNode;
  onMoved: () => void;
}

/**
 * [EV20] One stage on its special task's page: its secondary actions (reassign, decline, move up or down) are in
 * one "more" menu at the end of the stage's row of buttons, so a stage never takes more than one row of them.
 */
export function StageActions({ target, stage, tasks, renderActions, renderWork, onMoved }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState<ActionForm>();
  const runner = useCommands(commands);
  const movable = useMovable(stage, tasks);
  const toggle = (next: ActionForm) => setForm(form === next ? undefined : next);
  const move = async (direction: StageMove) => {
    if (!stage) return;
    const outcome = await runner.run('moveStage', { stage, move: direction });
    if (outcome?.phase === 'done') onMoved();
  };
  const items: MenuItem[] = [
    ...(target.actions.reassign
      ? [{ key: 'reassign', label: t('taskPage.reassign'), run: () => toggle('reassign') }]
      : []),
    ...(target.actions.decline
      ? [{ key: 'decline', label: t('taskPage.decline'), danger: true, run: () => toggle('decline') }]
      : []),
    ...(['up', 'down'] as const).filter(movable).map((direction) => ({
      key: direction,
      label: t(`stageOrder.${direction}`),
      run: () => void move(direction),
    })),
  ];
  const menu = items.length > 0 && <StageMoreMenu items={items} busy={runner.saving} />;
  return (
    <>
      {renderActions({ form, onForm: setForm })}
      <FeedbackBanner feedback={runner.lastFeedback()} testId="stage-move-feedback" />
      {renderWork(menu || undefined)}
    </>
  );
}

/** Whether the viewer may move the stage each way now, as the core would decide. */
function useMovable(stage: Task | undefined, tasks: Task[]) {
  const session = useSession();
  const now = useNow()();
  return (direction: StageMove) =>
    stage !== undefined &&
    moveStage(stage, direction, {
      ...session.data,
      tasks,
      actorUserId: session.context.userId,
      now,
      todayStart: startOfDay(now),
      key: '',
    }).ok;
}

function StageMoreMenu({ items, busy }: { items: MenuItem[]; busy: boolean }) {
  const { t } = useI18n();
  return (
    <Dropdown
      trigger="click"
      position="bottomRight"
      render={
        <Dropdown.Menu>
          {items.map((item) => (
            <Dropdown.Item
              key={item.key}
              type={item.danger ? 'danger' : undefined}
              onClick={item.run}
              data-testid={`stage-more-${item.key}`}
            >
              {item.label}
            </Dropdown.Item>
          ))}
        </Dropdown.Menu>
      }
    >
      <Button loading={busy} data-testid="stage-more">
        {t('stageOrder.more')}
      </Button>
    </Dropdown>
  );
}
