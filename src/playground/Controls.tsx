import { Button, Checkbox, InputNumber, Select, Space, Typography } from '@douyinfe/semi-ui';
import type { LocalSession } from '../local/localState';
import type { BaseOutline } from './gridData';
import { ProfileSelect } from './ProfileSelect';
import { SizeSelect } from './SizeSelect';
import type { BaseSize } from './baseSizes';
import type { WorkerBase } from './workerHost';

interface Props {
  base: WorkerBase;
  outline: BaseOutline;
  building: boolean;
  clockOffsetHours: number;
  onClockOffset: (hours: number) => void;
  onBuild: (size: BaseSize) => void;
  onEmptyBase: () => void;
  /** The sidebar reads who is looking when it opens: switching user reopens it, as in Feishu. */
  onReopenSidebar: () => void;
}

/** Stand-ins for what Feishu decides: who is logged in, language, theme, permissions, network, the Base. */
export function Controls({
  base,
  outline,
  building,
  clockOffsetHours,
  onClockOffset,
  onBuild,
  onEmptyBase,
  onReopenSidebar,
}: Props) {
  const { session, users } = outline;
  const switchTo = (change: Partial<LocalSession>) =>
    void base.control('setSession', change).then(onReopenSidebar);
  return (
    <Space wrap spacing={12} className="pg-controls">
      <Typography.Text strong>接棒 playground</Typography.Text>
      <ProfileSelect />
      <SizeSelect baseName={outline.baseName} building={building} onBuild={onBuild} />
      <Select
        size="small"
        style={{ width: 150 }}
        value={session.userId}
        onChange={(userId) => switchTo({ userId: userId as string })}
        optionList={users.map((u) => ({ value: u.id, label: u.name }))}
        filter
        prefix="用户"
        data-testid="pg-user"
      />
      <Select
        size="small"
        value={session.language}
        onChange={(language) => switchTo({ language: language as string })}
        optionList={[
          { value: 'zh', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        data-testid="pg-language"
      />
      <Select
        size="small"
        value={session.theme}
        onChange={(theme) => void base.control('setSession', { theme: theme as 'LIGHT' | 'DARK' })}
        optionList={[
          { value: 'LIGHT', label: '浅色 Light' },
          { value: 'DARK', label: '深色 Dark' },
        ]}
        data-testid="pg-theme"
      />
      <Checkbox
        checked={session.readOnly}
        onChange={(e) => switchTo({ readOnly: Boolean(e.target.checked) })}
      >
        只读 read-only
      </Checkbox>
      <InputNumber
        size="small"
        style={{ width: 130 }}
        prefix="时钟 +h"
        data-testid="pg-clock"
        value={clockOffsetHours}
        onChange={(v) => onClockOffset(Number(v) || 0)}
      />
      <Button size="small" onClick={() => void base.control('failNext', 3)} data-testid="pg-fail">
        下 3 次调用失败 fail next 3
      </Button>
      <Button
        size="small"
        type="warning"
        disabled={building}
        onClick={() => onBuild('demo')}
        data-testid="pg-reset"
      >
        重置演示 reset demo
      </Button>
      <Button size="small" type="danger" disabled={building} onClick={onEmptyBase} data-testid="pg-empty">
        空白多维表格 empty Base
      </Button>
    </Space>
  );
}
