/** Texts of collection drives (收集): notices, file problems, refusals and the screens. */
import type { FileProblem } from '../../core/collection/compliance';
import type { DriveProblem } from '../../core/collection/validation';

export const zh = {
  'collection.notice.published':
    '{{organizer}}发起收集「{{title}}」：{{requirements}}。格式：{{formats}}，截止：{{deadline}}。请在接棒侧边栏的“收集”里提交。',
  'collection.notice.remind': '「{{title}}」还有 {{days}} 天截止（{{deadline}}），你还没有提交。',
  'collection.notice.due': '「{{title}}」已到截止时间，你还没有提交。请尽快提交，之后提交会标记为逾期。',
  'collection.notice.dueHead': '「{{title}}」已到截止时间，本部门还没提交的：{{names}}。',
  'collection.notice.daily': '「{{title}}」截止已过 {{days}} 天，还没提交的：{{names}}。',
  'collection.notice.extended': '「{{title}}」的截止时间延长到 {{deadline}}，你还没有提交。',
  'collection.notice.nudge': '{{organizer}}提醒你提交「{{title}}」，截止：{{deadline}}。',
  'collection.notice.sentBack': '你提交的「{{title}}」被退回：{{reason}}。请修改后重新提交。',
  'collection.notice.problems': '你在「{{title}}」提交的文件有问题：{{problems}} 请修改后重新提交。',
  'collection.format.unknown': '无法识别的格式',
  'collection.problem.empty': '「{{file}}」是空文件（0 字节）。',
  'collection.problem.tooLarge': '「{{file}}」有 {{sizeMb}} MB，超过上限 {{maxMb}} MB。',
  'collection.problem.disguised':
    '「{{file}}」的扩展名是 .{{claimed}}，但内容其实是 {{actual}}，不是 {{claimed}} 文件。请另存为真正的 {{claimed}} 再提交。',
  'collection.problem.wrongFormat': '「{{file}}」的格式是 {{actual}}，这次只收：{{allowed}}。',
  'collection.problem.naming': '「{{file}}」不符合命名规则，应为「{{expected}}」。',
  'collection.problem.sameFile': '「{{file}}」和「{{other}}」是同一个文件。',
  'collection.problem.tooFew': '至少要交 {{min}} 个文件，现在是 {{count}} 个。',
  'collection.problem.tooMany': '最多交 {{max}} 个文件，现在是 {{count}} 个。',
  'collection.invalid.titleEmpty': '请填写标题。',
  'collection.invalid.deadlineMissing': '请选择截止时间。',
  'collection.invalid.deadlinePast': '截止时间必须晚于现在（延期时也要晚于原截止时间）。',
  'collection.invalid.audienceEmpty': '收集对象里没有在职成员：请选择部门或成员，或开放给所有人。',
  'collection.invalid.sizeInvalid': '单个文件大小上限要大于 0，且不超过 2048 MB。',
  'collection.invalid.formatsEmpty': '请至少选择一种允许的格式。',
  'collection.invalid.filesRange': '每人文件数：最少 0 到 50，最多 1 到 50，且最少不能大于最多。',
  'collection.invalid.namingRule': '命名规则只能用 {部门}、{姓名}、{标题}，且不能含 \\ / : * ? " < > |。',
  'collection.invalid.pointsInvalid': '贡献分不能是负数。',
  'collection.invalid.remindersInvalid': '提醒天数要是 1 到 60 的整数，例如 3,1。',
  'collection.refusal.notMember': '你不在成员表里（或已离职），不能操作收集。',
  'collection.refusal.notAllowed': '只有老板、部门负责人和人事部可以发起收集；只有发起人和老板可以管理它。',
  'collection.refusal.notAudience': '这次收集不包括你，不能提交。如需参加，请联系发起人。',
  'collection.refusal.notOpen': '这次收集还没有发布。',
  'collection.refusal.closed': '这次收集已经结束，不再接收提交。',
  'collection.refusal.noFiles': '请先选择要提交的文件。',
  'collection.refusal.tooMany': '一次最多提交 {{max}} 个文件，你选了 {{count}} 个。',
  'collection.refusal.driveGone': '这次收集已被删除，提交没有保存。',
  'collection.refusal.submissionGone': '这条提交已被删除。',
  'collection.refusal.reasonMissing': '退回时请写明原因。',
  'collection.refusal.invalid': '发布前请先修正：{{problems}}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'collection.notice.published':
    '{{organizer}} is collecting "{{title}}": {{requirements}}. Formats: {{formats}}; deadline: {{deadline}}. Submit under Collect in the Baton sidebar.',
  'collection.notice.remind':
    '"{{title}}" closes in {{days}} days ({{deadline}}) and you have not submitted yet.',
  'collection.notice.due':
    '"{{title}}" has reached its deadline and you have not submitted. Please submit now; it will be marked late.',
  'collection.notice.dueHead':
    '"{{title}}" has reached its deadline; not yet submitted in your department: {{names}}.',
  'collection.notice.daily': '"{{title}}" closed {{days}} days ago; still missing: {{names}}.',
  'collection.notice.extended':
    'The deadline of "{{title}}" is now {{deadline}}; you have not submitted yet.',
  'collection.notice.nudge': '{{organizer}} reminds you to submit "{{title}}", due {{deadline}}.',
  'collection.notice.sentBack':
    'Your submission to "{{title}}" was sent back: {{reason}}. Please fix it and resubmit.',
  'collection.notice.problems':
    'Your files for "{{title}}" have problems: {{problems}} Please fix them and resubmit.',
  'collection.format.unknown': 'an unrecognised format',
  'collection.problem.empty': '"{{file}}" is empty (0 bytes).',
  'collection.problem.tooLarge': '"{{file}}" is {{sizeMb}} MB, over the {{maxMb}} MB limit.',
  'collection.problem.disguised':
    '"{{file}}" is named .{{claimed}} but its content is {{actual}}, not a {{claimed}} file. Save it as a real {{claimed}} and submit again.',
  'collection.problem.wrongFormat': '"{{file}}" is {{actual}}; this drive accepts only: {{allowed}}.',
  'collection.problem.naming': '"{{file}}" does not follow the naming rule; it should be "{{expected}}".',
  'collection.problem.sameFile': '"{{file}}" and "{{other}}" are the same file.',
  'collection.problem.tooFew': 'At least {{min}} files are needed; there are {{count}}.',
  'collection.problem.tooMany': 'At most {{max}} files are accepted; there are {{count}}.',
  'collection.invalid.titleEmpty': 'Enter a title.',
  'collection.invalid.deadlineMissing': 'Choose a deadline.',
  'collection.invalid.deadlinePast':
    'The deadline must be in the future (and later than the current one when extending).',
  'collection.invalid.audienceEmpty':
    'The audience holds no active member: choose departments or members, or open the drive to all.',
  'collection.invalid.sizeInvalid': 'The size limit per file must be above 0 and at most 2048 MB.',
  'collection.invalid.formatsEmpty': 'Choose at least one allowed format.',
  'collection.invalid.filesRange':
    'Files per person: minimum 0 to 50, maximum 1 to 50, minimum not above maximum.',
  'collection.invalid.namingRule':
    'The naming rule may use only {部门}, {姓名}, {标题} and none of \\ / : * ? " < > |.',
  'collection.invalid.pointsInvalid': 'Points cannot be negative.',
  'collection.invalid.remindersInvalid': 'Reminder days must be whole numbers from 1 to 60, e.g. 3,1.',
  'collection.refusal.notMember': 'You are not an active member, so you cannot act on collections.',
  'collection.refusal.notAllowed':
    'Only the boss, department heads and HR publish drives; only the organizer and the boss manage one.',
  'collection.refusal.notAudience':
    'This drive does not include you. Ask the organizer if you should take part.',
  'collection.refusal.notOpen': 'This drive has not been published yet.',
  'collection.refusal.closed': 'This drive is closed and takes no more submissions.',
  'collection.refusal.noFiles': 'Choose the files to submit first.',
  'collection.refusal.tooMany': 'At most {{max}} files at once; you chose {{count}}.',
  'collection.refusal.driveGone': 'This drive was deleted; the submission was not saved.',
  'collection.refusal.submissionGone': 'This submission was deleted.',
  'collection.refusal.reasonMissing': 'Give a reason when sending back.',
  'collection.refusal.invalid': 'Fix these before publishing: {{problems}}',
};

// Every code core can return has its text: a new code without one fails to compile.
type Covers<K extends string> = [K] extends [keyof typeof zh] ? true : never;
export const COVERED: [
  Covers<`collection.problem.${FileProblem['code']}`>,
  Covers<`collection.invalid.${DriveProblem}`>,
] = [true, true];
