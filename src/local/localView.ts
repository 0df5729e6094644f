/**
 * One view of the local Base, as the SDK's IView: filter, sort and group changes stay on this handle (the
 * caller's own, as in Feishu) until `applySetting` saves them on the view for everyone. Which setters a view
 * has follows its type (a kanban has no grouping, a form no settings at all); a host profile can refuse them.
 */
import {
  ViewType,
  type BaseView,
  type ViewFilterCondition,
  type ViewMeta,
  type ViewSettingsProperty,
  type ViewSortInfo,
} from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import type { LocalClient } from './localClient';
import { copy } from './localState';

type Draft = Required<ViewSettingsProperty>;

const FILTERS: ReadonlySet<number> = new Set([
  ViewType.Grid,
  ViewType.Kanban,
  ViewType.Gallery,
  ViewType.Gantt,
  ViewType.Calendar,
]);
const SORTS: ReadonlySet<number> = new Set([
  ViewType.Grid,
  ViewType.Kanban,
  ViewType.Gallery,
  ViewType.Gantt,
]);
const GROUPS: ReadonlySet<number> = new Set([ViewType.Grid, ViewType.Gantt]);

/** The handle `getViewById` answers: only the setters its type has. */
export function localView(client: LocalClient, tableId: string, views: ViewMeta[], viewId: string): BaseView {
  const meta = views.find((v) => v.id === viewId);
  if (!meta) throw new HostError(HostErrorCode.ViewNotFound, `view ${viewId} not found`);
  const handle = new LocalViewHandle(client, tableId, meta);
  const view: BaseView = {
    id: meta.id,
    getMeta: () => handle.getMeta(),
    applySetting: () => handle.applySetting(),
  };
  if (FILTERS.has(meta.type)) view.addFilterCondition = (c) => handle.addFilterCondition(c);
  if (SORTS.has(meta.type)) view.setSortInfo = (s) => handle.set('sortInfo', s);
  if (GROUPS.has(meta.type)) view.setGroupInfo = (g) => handle.set('groupInfo', g);
  return view;
}

class LocalViewHandle {
  private readonly draft: Draft;
  private readonly viewId: string;
  private conditions = 0;

  constructor(
    private readonly client: LocalClient,
    private readonly tableId: string,
    meta: ViewMeta,
  ) {
    this.viewId = meta.id;
    const saved = (meta.property ?? {}) as ViewSettingsProperty;
    this.draft = {
      filterInfo: copy(saved.filterInfo ?? null),
      sortInfo: copy(saved.sortInfo ?? []),
      groupInfo: copy(saved.groupInfo ?? []),
    };
  }

  getMeta(): Promise<ViewMeta> {
    return this.client.call('getViewMeta', this.tableId, 0, () => copy(this.stored(this.client.view())));
  }

  addFilterCondition(param: ViewFilterCondition | ViewFilterCondition[]): Promise<boolean> {
    return this.client.call('addFilterCondition', this.tableId, 0, () => {
      this.refuseIfProfileSays();
      const added = (Array.isArray(param) ? param : [param]).map((c) => ({
        ...copy(c),
        conditionId: c.conditionId ?? `cond${++this.conditions}`,
      }));
      const filter = this.draft.filterInfo ?? { conjunction: 'and', conditions: [] };
      this.draft.filterInfo = { ...filter, conditions: [...filter.conditions, ...added] };
      return true;
    });
  }

  set(key: 'sortInfo' | 'groupInfo', entries: ViewSortInfo[]): Promise<boolean> {
    return this.client.call(key === 'sortInfo' ? 'setSortInfo' : 'setGroupInfo', this.tableId, 0, () => {
      this.refuseIfProfileSays();
      this.draft[key] = copy(entries);
      return true;
    });
  }

  applySetting(): Promise<void> {
    return this.client.mutate('applySetting', this.tableId, 0, () => {
      this.refuseIfProfileSays();
      const view = this.stored(this.client.base.state);
      view.property = { ...(view.property as object), ...copy(this.draft) };
      this.client.base.touch({ event: 'schema', tableId: this.tableId });
    });
  }

  private stored(state: ReturnType<LocalClient['view']>): ViewMeta {
    const view = state.tables.find((t) => t.id === this.tableId)?.views.find((v) => v.id === this.viewId);
    if (!view) throw new HostError(HostErrorCode.ViewNotFound, `view ${this.viewId} not found`);
    return view;
  }

  private refuseIfProfileSays(): void {
    if (this.client.base.quirks.refusesViewSettings)
      throw new HostError(HostErrorCode.ViewUnknown, 'view settings are not supported here');
  }
}
