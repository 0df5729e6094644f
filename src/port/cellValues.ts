/**
 * Cell value shapes exactly as the js-sdk returns and accepts them (IOpenCellValue and friends).
 * Only the shapes Baton uses are listed.
 */
export interface TextSegment {
  type: 'text';
  text: string;
}
export interface UrlSegment {
  type: 'url';
  text: string;
  link: string;
}
export interface MentionSegment {
  type: 'mention';
  mentionType: string;
  text: string;
  token: string;
  id?: string;
  name?: string;
  link?: string;
}
export type Segment = TextSegment | UrlSegment | MentionSegment;
export interface SelectOptionValue {
  id: string;
  text: string;
}
export interface UserValue {
  id: string;
  name?: string;
  enName?: string;
  email?: string;
}
export interface AttachmentValue {
  name: string;
  size: number;
  type: string;
  token: string;
  timeStamp: number;
}
export interface LinkValue {
  text: string;
  type: string;
  recordIds: string[];
  tableId: string;
  record_ids: string[];
  table_id: string;
}
export type CellValue =
  | null
  | Segment[]
  | number
  | boolean
  | SelectOptionValue
  | SelectOptionValue[]
  | UserValue[]
  | AttachmentValue[]
  | LinkValue
  | OtherCellValue;

/** Shapes of field types Baton does not use (formula, location, group chat...): read, never written. */
export type OtherCellValue = string | number[] | object;
