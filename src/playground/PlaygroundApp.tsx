import { Spin, Typography } from '@douyinfe/semi-ui';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { BaseSize } from './baseSizes';
import { Controls } from './Controls';
import { TableGrid } from './TableGrid';
import { usePlayground } from './usePlayground';
import type { WorkerBase } from './workerHost';

interface Props {
  base: WorkerBase;
  /** Whether the Base came from a save: a first visit builds the demo company. */
  restored: boolean;
  clock: { offsetMs: number };
}

export function PlaygroundApp({ base, restored, clock }: Props) {
  const { outline, version } = usePlayground(base);
  const [sidebarKey, setSidebarKey] = useState(0);
  const [building, setBuilding] = useState(!restored);
  const [offsetHours, setOffsetHours] = useState(clock.offsetMs / 3_600_000);
  const reopen = () => setSidebarKey((k) => k + 1);
  // The sidebar opens on the new Base only once it is there, as after a reload.
  const replace = (work: () => Promise<unknown>) => {
    setBuilding(true);
    void work()
      .catch((error: unknown) =>
        console.warn(`playground: the Base was not replaced (${(error as Error)?.message ?? 'error'})`),
      )
      .finally(() => {
        setBuilding(false);
        reopen();
      });
  };
  const build = (size: BaseSize) => {
    const now = Date.now() + clock.offsetMs;
    replace(() => base.control('build', size, dayjs(now).startOf('day').valueOf(), now));
  };
  useEffect(() => {
    if (!restored) build('demo');
  }, [base]); // eslint-disable-line react-hooks/exhaustive-deps -- once, for a first visit
  const dark = outline?.session.theme === 'DARK';
  useEffect(() => document.body.setAttribute('theme-mode', dark ? 'dark' : 'light'), [dark]);
  if (!outline) return null;

  return (
    <div className="pg-layout">
      <header>
        <Controls
          base={base}
          outline={outline}
          building={building}
          clockOffsetHours={offsetHours}
          onClockOffset={(hours) => {
            clock.offsetMs = hours * 3_600_000;
            setOffsetHours(hours);
            reopen();
          }}
          onBuild={build}
          onEmptyBase={() => replace(() => base.control('empty'))}
          onReopenSidebar={reopen}
        />
      </header>
      <section className="pg-base" data-testid="pg-base">
        {building ? <Building /> : <TableGrid base={base} outline={outline} version={version} />}
      </section>
      <aside className="pg-sidebar">
        {building ? (
          <Building />
        ) : (
          <iframe key={sidebarKey} title="Baton sidebar" src="../../index.html" data-testid="sidebar-frame" />
        )}
      </aside>
    </div>
  );
}

function Building() {
  return (
    <div className="pg-building" data-testid="pg-building">
      <Spin />
      <Typography.Text type="tertiary">正在生成… building…</Typography.Text>
    </div>
  );
}
