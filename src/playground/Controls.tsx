import { Button, Checkbox, InputNumber, Select, Space, Typography } from '@douyinfe/semi-ui';
import type { LocalHost } from '../local/localHost';
import { ProfileSelect } from './ProfileSelect';

interface Props {
  local: LocalHost;
  clockOffsetHours: number;
  onClockOffset: (hours: number) => void;
  onResetDemo: () => void;
  onEmptyBase: () => void;
  /** The sidebar reads who is looking when it opens: switching user reopens it, as in Feishu. */
  onReopenSidebar: () => void;
}

/** Stand-ins for what Feishu decides: who is logged in, language, theme, permissions, network. */
export function Controls({
  local,
  clockOffsetHours,
  onClockOffset,
  onResetDemo,
  onEmptyBase,
  onReopenSidebar,
}: Props) {
  const { session, users } = local.state;
  const switchTo = (change: Parameters<LocalHost['setSession']>[0]) => {
    local.setSession(change);
    onReopenSidebar();
  };
  return (
    <Space wrap spacing={12} className="pg-controls">
      <Typography.Text strong>接棒 playground</Typography.Text>
      <ProfileSelect />
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
        onChange={(theme) => local.setSession({ theme: theme as 'LIGHT' | 'DARK' })}
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
      <Button size="small" onClick={() => local.failures.failNext(3)} data-testid="pg-fail">
        下 3 次调用失败 fail next 3
      </Button>
      <Button size="small" type="warning" onClick={onResetDemo} data-testid="pg-reset">
        重置演示 reset demo
      </Button>
      <Button size="small" type="danger" onClick={onEmptyBase} data-testid="pg-empty">
        空白多维表格 empty Base
      </Button>
    </Space>
  );
}
