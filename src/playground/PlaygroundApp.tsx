import { useEffect, useReducer, useState } from 'react';
import type { LocalHost } from '../local/localHost';
import { Controls } from './Controls';
import { TableGrid } from './TableGrid';

interface Props {
  local: LocalHost;
  clock: { offsetMs: number };
  resetDemo: () => Promise<void>;
  emptyBase: () => void;
}

export function PlaygroundApp({ local, clock, resetDemo, emptyBase }: Props) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [sidebarKey, setSidebarKey] = useState(0);
  const [offsetHours, setOffsetHours] = useState(clock.offsetMs / 3_600_000);
  useEffect(() => local.onChange(redraw), [local]);
  useEffect(() =>
    document.body.setAttribute('theme-mode', local.state.session.theme === 'DARK' ? 'dark' : 'light'),
  );
  const reopen = () => setSidebarKey((k) => k + 1);

  return (
    <div className="pg-layout">
      <header>
        <Controls
          local={local}
          clockOffsetHours={offsetHours}
          onClockOffset={(hours) => {
            clock.offsetMs = hours * 3_600_000;
            setOffsetHours(hours);
            reopen();
          }}
          onResetDemo={() => void resetDemo().then(reopen)}
          onEmptyBase={() => {
            emptyBase();
            reopen();
          }}
          onReopenSidebar={reopen}
        />
      </header>
      <section className="pg-base" data-testid="pg-base">
        <TableGrid local={local} />
      </section>
      <aside className="pg-sidebar">
        <iframe key={sidebarKey} title="Baton sidebar" src="../../index.html" data-testid="sidebar-frame" />
      </aside>
    </div>
  );
}
