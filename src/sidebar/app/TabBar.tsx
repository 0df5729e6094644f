/**
 * [SP5] The sidebar's tabs: short labels that wrap onto a second line rather than scroll, so at 320–400 px every
 * role sees all its destinations, and the unread count on 通知, without scrolling or a hidden overflow menu.
 */
import type { Tab } from './appModel';

interface Props {
  tabs: readonly Tab[];
  active: Tab;
  labelOf: (tab: Tab) => string;
  onChange: (tab: Tab) => void;
}

export function TabBar({ tabs, active, labelOf, onChange }: Props) {
  return (
    <div role="tablist" className="baton-tabs">
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`baton-tab-${tab}`}
          aria-selected={tab === active}
          aria-controls="baton-tab-panel"
          className="baton-tab"
          data-tab={tab}
          onClick={() => onChange(tab)}
        >
          {labelOf(tab)}
        </button>
      ))}
    </div>
  );
}
