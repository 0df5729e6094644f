/**
 * The Base's tables, fields, options and views described as data. Table, field and view keys are derived
 * from the schema literal in tables.ts, so a misspelt key anywhere fails to compile.
 */
import type { SCHEMA } from './tables';

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
  /** Filled by the Base when the record is added, from the Base's clock; never written. */
  | 'createdTime'
  /** The person who added the record, filled by the Base: a User-cell id; never written. */
  | 'createdUser'
  | 'checkbox'
  | 'user'
  | 'url'
  | 'attachment'
  | 'link';

export interface OptionSpec {
  key: string;
  names: Names;
  /** Names an earlier install gave the option: still recognised, so a rename never duplicates it. */
  formerNames?: readonly string[];
}

export type ViewKind = 'grid' | 'kanban' | 'gantt' | 'form';

/**
 * What the schema literal is checked against. Its references to other tables and to texts are plain strings
 * here, because those unions are derived from the literal itself; the typed specs below tighten them.
 */
export interface FieldShape {
  key: string;
  names: Names;
  kind: FieldKind;
  options?: readonly OptionSpec[];
  /** For links: the table key the link points to. */
  linkTo?: string;
  /** For links and users: more than one value allowed. */
  multiple?: boolean;
}

export interface ViewShape {
  key: string;
  names: Names;
  kind: ViewKind;
  /** i18n key of the step the user finishes by hand, where the SDK cannot configure the view. */
  manualStep?: string;
  /** What the installer sets through the SDK's view API ([RB8]); by hand when the host will not. */
  settings?: ViewSettingsShape;
}

/** A view's fixed filter (single-select fields is an option), grouping and ascending sort, by key. */
export interface ViewSettingsShape {
  filter?: readonly { field: string; option: string }[];
  group?: readonly string[];
  sort?: readonly string[];
  /** i18n key of the step a person does when the host refuses these settings or lacks the method. */
  manualStep: string;
}

export interface TableShape {
  key: string;
  names: Names;
  /** The first field is the table's primary (index) field. */
  fields: readonly FieldShape[];
  views: readonly ViewShape[];
}

type SchemaTable = (typeof SCHEMA)[number];
type TableOf<T extends TableKey> = Extract<SchemaTable, { key: T }>;

export type TableKey = SchemaTable['key'];
/** The keys of one table's fields; without a table, of any table's. */
export type FieldKey<T extends TableKey = TableKey> = TableOf<T>['fields'][number]['key'];
/** The option keys of a single-select field of table T. */
export type OptionKey<T extends TableKey, K extends string> = Extract<
  TableOf<T>['fields'][number],
  { key: K; kind: 'singleSelect' }
>['options'][number]['key'];
export type ViewKey<T extends TableKey = TableKey> = TableOf<T>['views'][number]['key'];
/** The i18n keys of the steps finished by hand: the catalogue must have a text for each. */
type SchemaView = SchemaTable['views'][number];
export type ManualStepKey =
  | Extract<SchemaView, { manualStep: string }>['manualStep']
  | Extract<SchemaView, { settings: unknown }>['settings']['manualStep'];

export interface FieldSpec extends FieldShape {
  key: FieldKey;
  linkTo?: TableKey;
}

export interface ViewSpec extends ViewShape {
  manualStep?: ManualStepKey;
}

export interface TableSpec extends TableShape {
  key: TableKey;
  fields: readonly FieldSpec[];
  views: readonly ViewSpec[];
}
