/** The Base's tables, fields, options and views described as data. */
export interface Names {
  zh: string;
  en: string;
}

export type FieldKind =
  | 'text'
  | 'number'
  | 'singleSelect'
  | 'multiSelect'
  | 'dateTime'
  | 'checkbox'
  | 'user'
  | 'url'
  | 'attachment'
  | 'link';

export interface OptionSpec {
  key: string;
  names: Names;
}

export interface FieldSpec {
  key: string;
  names: Names;
  kind: FieldKind;
  options?: OptionSpec[];
  /** For links: the table key the link points to. */
  linkTo?: TableKey;
  /** For links and users: more than one value allowed. */
  multiple?: boolean;
}

export type ViewKind = 'grid' | 'kanban' | 'gantt' | 'form';

export interface ViewSpec {
  key: string;
  names: Names;
  kind: ViewKind;
  /** i18n key of the step the user finishes by hand, where the SDK cannot configure the view. */
  manualStep?: string;
}

export type TableKey =
  | 'departments'
  | 'members'
  | 'tasks'
  | 'taskEvents'
  | 'collections'
  | 'submissions'
  | 'courses'
  | 'questions'
  | 'attempts'
  | 'survey'
  | 'contributions'
  | 'notifications'
  | 'templates'
  | 'settings';

export interface TableSpec {
  key: TableKey;
  names: Names;
  /** The first field is the table's primary (index) field. */
  fields: FieldSpec[];
  views: ViewSpec[];
}
