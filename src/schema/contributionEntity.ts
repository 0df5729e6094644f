/** Ledger entries (贡献) from decoded records and back. */
import type { ContributionRule, ContributionSource } from '../core/scoring/facts';
import type { LedgerEntry } from '../core/scoring/ledger';
import { CONTRIBUTION_RULE_OPTIONS, CONTRIBUTION_SOURCE_OPTIONS } from './options';
import type { DecodedRecord, FieldValues, PlainValue } from './cellCodec';

const RULES = new Set<string>(CONTRIBUTION_RULE_OPTIONS.map((o) => o.key));
const SOURCES = new Set<string>(CONTRIBUTION_SOURCE_OPTIONS.map((o) => o.key));
/** A late correction's note names the closed period it corrects, in a form the record page reads back. */
const CORRECTS = 'corrects:';

const str = (v: PlainValue) => (typeof v === 'string' ? v : '');
const one = (v: PlainValue) => (Array.isArray(v) ? v[0] : undefined);

export function toEntry({ id, values }: DecodedRecord<'contributions'>): LedgerEntry {
  const note = str(values.note);
  const rule = str(values.rule);
  const source = str(values.source);
  return {
    id,
    key: str(values.key),
    memberId: one(values.member),
    rule: RULES.has(rule) ? (rule as ContributionRule) : undefined,
    source: SOURCES.has(source) ? (source as ContributionSource) : undefined,
    points: typeof values.points === 'number' ? values.points : 0,
    period: str(values.period),
    taskId: one(values.task),
    reversesId: one(values.reverses),
    corrects: note.startsWith(CORRECTS) ? note.slice(CORRECTS.length) : undefined,
    reason: note.startsWith(CORRECTS) ? undefined : note || undefined,
    at: typeof values.at === 'number' ? values.at : undefined,
    summary: str(values.summary),
  };
}

export function fromEntry(entry: Omit<LedgerEntry, 'id'>): FieldValues<'contributions'> {
  return {
    summary: entry.summary,
    member: entry.memberId ? [entry.memberId] : [],
    rule: entry.rule,
    points: entry.points,
    source: entry.source,
    period: entry.period,
    key: entry.key,
    reverses: entry.reversesId ? [entry.reversesId] : [],
    note: entry.reason ?? (entry.corrects ? CORRECTS + entry.corrects : ''),
    at: entry.at,
    task: entry.taskId ? [entry.taskId] : [],
  };
}
