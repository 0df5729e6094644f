/**
 * [SP5] [EV21] The sidebar's tabs on one line: the role's primary tabs (appModel `primaryTabs`), then 更多, a menu
 * of the rest. At 320–400 px every role sees its main destinations and the unread count on 通知 without
 * scrolling or wrapping; when the active tab is in the menu, 更多 shows its name instead.
 */
import { Dropdown } from '@douyinfe/semi-ui';
import { overflowTabs, primaryTabs, type Tab } from './appModel';

interface Props {
  tabs: readonly Tab[];
  active: Tab;
  labelOf: (tab: Tab) => string;
  onChange: (tab: Tab) => void;
  moreLabel: string;
}

export function TabBar({ tabs, active, labelOf, onChange, moreLabel }: Props) {
  const overflow = overflowTabs(tabs);
  return (
    <div role="tablist" className="baton-tabs">
      {primaryTabs(tabs).map((tab) => (
        <TabButton
          key={tab}
          tab={tab}
          selected={tab === active}
          label={labelOf(tab)}
          onClick={() => onChange(tab)}
        />
      ))}
      {overflow.length > 0 && (
        <MoreMenu
          overflow={overflow}
          active={active}
          labelOf={labelOf}
          onChange={onChange}
          moreLabel={moreLabel}
        />
      )}
    </div>
  );
}

function TabButton(props: { tab: Tab; selected: boolean; label: string; onClick?: () => void }) {
  return (
    <button
      type="button"
      role="tab"
      id={`baton-tab-${props.tab}`}
      aria-selected={props.selected}
      aria-controls="baton-tab-panel"
      className="baton-tab"
      data-tab={props.tab}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

function MoreMenu(props: Omit<Props, 'tabs'> & { overflow: Tab[] }) {
  const { overflow, active, labelOf, onChange, moreLabel } = props;
  const activeInMenu = overflow.includes(active);
  // A choice closes the menu at once: left open, it would cover the screen it just opened.
  return (
    <Dropdown
      trigger="click"
      clickToHide
      motion={false}
      position="bottomRight"
      render={
        <Dropdown.Menu>
          {overflow.map((tab) => (
            <Dropdown.Item key={tab} active={tab === active} onClick={() => onChange(tab)} data-tab={tab}>
              {labelOf(tab)}
            </Dropdown.Item>
          ))}
        </Dropdown.Menu>
      }
    >
      <button
        type="button"
        role="tab"
        id={activeInMenu ? `baton-tab-${active}` : 'baton-tab-more'}
        aria-selected={activeInMenu}
        aria-haspopup="menu"
        aria-controls="baton-tab-panel"
        className="baton-tab baton-tab-more"
        data-tab="more"
        data-menu-tabs={overflow.join(' ')}
      >
        {activeInMenu ? labelOf(active) : moreLabel}
        <span aria-hidden="true"> ▾</span>
      </button>
    </Dropdown>
  );
}
