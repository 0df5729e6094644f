/** Baton's schema (docs/product.md, "The Base"): the single source for the installer, seed, health check and codecs. */
import * as opt from './options';
import { TASK_VIEWS } from './taskViews';
import type { Names, OptionSpec, TableKey, TableShape, TableSpec } from './schemaTypes';

// Each helper keeps its key's literal type, so the schema's key unions can be derived from SCHEMA.
const n = (zh: string, en: string): Names => ({ zh, en });
const plain =
  <Kind extends 'text' | 'number' | 'dateTime' | 'checkbox' | 'createdTime'>(kind: Kind) =>
  <K extends string>(key: K, zh: string, en: string) => ({ key, names: n(zh, en), kind });
const text = plain('text');
const num = plain('number');
const date = plain('dateTime');
const check = plain('checkbox');
const created = plain('createdTime');
const user = <K extends string>(key: K, zh: string, en: string, multiple = false) => ({
  key,
  names: n(zh, en),
  kind: 'user' as const,
  multiple,
});
const link = <K extends string, L extends string>(
  key: K,
  zh: string,
  en: string,
  linkTo: L,
  multiple = false,
) => ({
  key,
  names: n(zh, en),
  kind: 'link' as const,
  linkTo,
  multiple,
});
const select = <K extends string, O extends readonly OptionSpec[]>(
  key: K,
  zh: string,
  en: string,
  options: O,
) => ({
  key,
  names: n(zh, en),
  kind: 'singleSelect' as const,
  options,
});
const multi = <K extends string>(key: K, zh: string, en: string, options: readonly OptionSpec[] = []) => ({
  key,
  names: n(zh, en),
  kind: 'multiSelect' as const,
  options,
});

export const SCHEMA = [
  {
    key: 'departments',
    names: n('部门', 'Departments'),
    fields: [
      text('name', '部门名称', 'Name'),
      user('head', '负责人', 'Head'),
      text('duties', '职责', 'Duties'),
    ],
    views: [],
  },
  {
    key: 'members',
    names: n('成员', 'Members'),
    fields: [
      text('name', '姓名', 'Name'),
      user('account', '飞书账号', 'Account'),
      link('department', '部门', 'Department', 'departments'),
      select('role', '角色', 'Role', opt.ROLE_OPTIONS),
      text('employeeNo', '工号', 'Employee no.'),
      multi('skills', '技能', 'Skills'),
      check('active', '在职', 'Active'),
      // Written by Baton when a course is passed: the hand-kept 技能 options stay the user's own.
      text('trainedSkills', '培训技能', 'Trained skills'),
    ],
    views: [],
  },
  {
    key: 'tasks',
    names: n('任务', 'Tasks'),
    fields: [
      text('title', '标题', 'Title'),
      select('kind', '类型', 'Kind', opt.TASK_KIND_OPTIONS),
      link('parent', '所属专项', 'Parent', 'tasks'),
      num('sequence', '序号', 'Order'),
      link('primaryDepartment', '主责部门', 'Primary department', 'departments'),
      link('cooperatingDepartments', '配合部门', 'Cooperating departments', 'departments', true),
      user('responsible', '责任人', 'Responsible'),
      user('contributors', '参与人', 'Contributors', true),
      select('status', '状态', 'Status', opt.TASK_STATUS_OPTIONS),
      date('start', '开始日期', 'Start'),
      date('due', '截止日期', 'Due'),
      date('completedAt', '完成时间', 'Completed at'),
      link('dependsOn', '前置任务', 'Depends on', 'tasks', true),
      { key: 'deliverables', names: n('交付物', 'Deliverables'), kind: 'attachment' },
      select('origin', '来源', 'Origin', opt.TASK_ORIGIN_OPTIONS),
      check('extraDuty', '职责外', 'Extra duty'),
      num('points', '贡献分', 'Points'),
      date('acknowledgedAt', '确认时间', 'Acknowledged at'),
      text('description', '说明', 'Description'),
      date('createdAt', '创建时间', 'Created at'),
      text('requestKey', '请求键', 'Request key'),
      link('suggestedDepartments', '建议部门', 'Suggested departments', 'departments', true),
      date('publishedAt', '发布时间', 'Published at'),
      date('assignedAt', '派单时间', 'Assigned at'),
      text('deliverablesOwed', '配合交付物', 'Deliverables owed'),
      date('submittedAt', '提交验收时间', 'Submitted at'),
      // A stage's share of its task's cooperating points against its siblings; empty is 1.
      num('weight', '权重', 'Weight'),
    ],
    views: TASK_VIEWS,
  },
  {
    key: 'taskEvents',
    names: n('任务日志', 'Task events'),
    fields: [
      text('summary', '摘要', 'Summary'),
      link('task', '任务', 'Task', 'tasks'),
      select('type', '类型', 'Type', opt.TASK_EVENT_OPTIONS),
      user('actor', '操作人', 'Actor'),
      text('reason', '原因', 'Reason'),
      date('at', '时间', 'At'),
      text('key', '幂等键', 'Key'),
      created('createdAt', '创建时间', 'Created'),
      { key: 'createdBy', names: n('创建人', 'Created by'), kind: 'createdUser' as const },
    ],
    views: [],
  },
  {
    key: 'collections',
    names: n('收集', 'Collections'),
    fields: [
      text('title', '标题', 'Title'),
      text('requirements', '要求', 'Requirements'),
      multi('allowedFormats', '允许格式', 'Allowed formats', opt.FORMAT_OPTIONS),
      num('maxSizeMb', '大小上限(MB)', 'Max size (MB)'),
      date('deadline', '截止时间', 'Deadline'),
      link('targetDepartments', '目标部门', 'Target departments', 'departments', true),
      link('targetMembers', '目标成员', 'Target members', 'members', true),
      user('organizer', '发起人', 'Organizer'),
      select('status', '状态', 'Status', opt.COLLECTION_STATUS_OPTIONS),
      num('minFiles', '最少文件数', 'Min files'),
      num('maxFiles', '最多文件数', 'Max files'),
      text('namingRule', '命名规则', 'Naming rule'),
      check('needsReview', '需要审核', 'Needs review'),
      num('points', '贡献分', 'Points'),
      check('openToAll', '向所有人开放', 'Open to all'),
      // Days before the deadline to remind those missing, e.g. "3,1".
      text('reminderDays', '提醒计划', 'Reminder days'),
      date('publishedAt', '发布时间', 'Published at'),
      date('closedAt', '关闭时间', 'Closed at'),
      text('key', '请求键', 'Request key'),
      // The stage of a special task the drive was launched from: done when the drive closes.
      link('stage', '阶段', 'Stage', 'tasks'),
      // The reminder plan's switches, ticked to turn a point off: an unticked (or absent) box keeps it on.
      check('noDueReminder', '截止时不提醒', 'No reminder at deadline'),
      check('noDailyList', '不发每日未交名单', 'No daily missing list'),
    ],
    views: [],
  },
  {
    key: 'submissions',
    names: n('提交', 'Submissions'),
    fields: [
      text('title', '标题', 'Title'),
      link('collection', '收集', 'Collection', 'collections'),
      link('member', '成员', 'Member', 'members'),
      { key: 'files', names: n('文件', 'Files'), kind: 'attachment' },
      date('submittedAt', '提交时间', 'Submitted at'),
      check('compliant', '格式合规', 'Compliant'),
      text('problems', '问题', 'Problems'),
      select('review', '审核', 'Review', opt.REVIEW_OPTIONS),
      num('version', '版本', 'Version'),
      num('sizeBytes', '大小(字节)', 'Size (bytes)'),
      // What the check saw of each file (name, size, detected format, hash), as JSON.
      text('fileFacts', '文件检查', 'File facts'),
      check('late', '逾期', 'Late'),
      text('reviewReason', '退回原因', 'Reason sent back'),
      date('checkedAt', '检查时间', 'Checked at'),
      text('key', '幂等键', 'Key'),
      // When the row arrived, filled by the Base: a row from the form view is judged late by it.
      created('createdAt', '创建时间', 'Created'),
    ],
    views: [
      {
        key: 'form',
        names: n('作品提交表单', 'Submission form'),
        kind: 'form',
        manualStep: 'manual.formFields',
      },
    ],
  },
  {
    key: 'courses',
    names: n('课程', 'Courses'),
    fields: [
      text('title', '标题', 'Title'),
      select('category', '类别', 'Category', opt.COURSE_CATEGORY_OPTIONS),
      { key: 'videoUrl', names: n('视频链接', 'Video URL'), kind: 'url' },
      { key: 'videoFile', names: n('视频附件', 'Video file'), kind: 'attachment' },
      text('content', '内容', 'Content'),
      num('passMark', '及格分', 'Pass mark'),
      text('grantsSkill', '授予技能', 'Grants skill'),
      link('requiredFor', '必修部门', 'Required for', 'departments', true),
      date('due', '截止日期', 'Due'),
      num('points', '贡献分', 'Points'),
      select('status', '状态', 'Status', opt.COURSE_STATUS_OPTIONS),
      num('maxAttempts', '最多次数', 'Max attempts'),
      text('key', '幂等键', 'Key'),
    ],
    views: [],
  },
  {
    key: 'questions',
    names: n('题目', 'Questions'),
    fields: [
      text('prompt', '题干', 'Prompt'),
      link('course', '课程', 'Course', 'courses'),
      select('type', '题型', 'Type', opt.QUESTION_TYPE_OPTIONS),
      text('options', '选项', 'Options'),
      text('answer', '答案', 'Answer'),
      num('points', '分值', 'Points'),
      text('answerHash', '答案校验', 'Answer check'),
      text('salt', '盐值', 'Salt'),
      text('explanation', '解析', 'Explanation'),
      num('position', '顺序', 'Order'),
      text('key', '幂等键', 'Key'),
    ],
    views: [],
  },
  {
    key: 'attempts',
    names: n('学习记录', 'Attempts'),
    fields: [
      text('summary', '摘要', 'Summary'),
      link('member', '成员', 'Member', 'members'),
      link('course', '课程', 'Course', 'courses'),
      num('score', '得分', 'Score'),
      check('passed', '通过', 'Passed'),
      num('attemptNo', '第几次', 'Attempt no.'),
      date('at', '时间', 'At'),
      text('key', '幂等键', 'Key'),
    ],
    views: [],
  },
  {
    key: 'survey',
    names: n('需求调研', 'Survey'),
    fields: [
      text('summary', '摘要', 'Summary'),
      link('member', '成员', 'Member', 'members'),
      multi('topics', '想学的主题', 'Topics wanted'),
      text('notes', '备注', 'Notes'),
      select('kind', '类型', 'Kind', opt.SURVEY_KIND_OPTIONS),
      text('round', '轮次', 'Round'),
      // Topics as text, one a line: a round's topics are its own, not options every Base must hold.
      text('choices', '主题', 'Choices'),
      date('closesAt', '截止时间', 'Closes at'),
      check('closed', '已结束', 'Closed'),
      date('at', '时间', 'At'),
      text('key', '幂等键', 'Key'),
    ],
    views: [],
  },
  {
    key: 'contributions',
    names: n('贡献', 'Contributions'),
    fields: [
      text('summary', '摘要', 'Summary'),
      link('member', '成员', 'Member', 'members'),
      select('rule', '规则', 'Rule', opt.CONTRIBUTION_RULE_OPTIONS),
      num('points', '分数', 'Points'),
      select('source', '来源', 'Source', opt.CONTRIBUTION_SOURCE_OPTIONS),
      text('period', '期间', 'Period'),
      text('key', '幂等键', 'Key'),
      link('reverses', '冲销', 'Reverses', 'contributions'),
      text('note', '备注', 'Note'),
      date('at', '时间', 'At'),
      link('task', '任务', 'Task', 'tasks'),
    ],
    views: [],
  },
  {
    key: 'notifications',
    names: n('通知', 'Notifications'),
    fields: [
      text('message', '消息', 'Message'),
      user('recipient', '接收人', 'Recipient'),
      select('type', '类型', 'Type', opt.NOTIFICATION_TYPE_OPTIONS),
      link('task', '任务', 'Task', 'tasks'),
      text('key', '去重键', 'Key'),
      select('status', '状态', 'Status', opt.NOTIFICATION_STATUS_OPTIONS),
      date('at', '时间', 'At'),
      check('read', '已读', 'Read'),
    ],
    views: [],
  },
  {
    key: 'templates',
    names: n('任务模板', 'Task templates'),
    fields: [
      text('name', '模板名称', 'Name'),
      text('description', '说明', 'Description'),
      num('points', '贡献分', 'Points'),
      check('extraDuty', '职责外', 'Extra duty'),
      // One stage a line: "title | department | days", editable in the grid.
      text('stages', '阶段', 'Stages'),
      user('createdBy', '创建人', 'Created by'),
      text('key', '幂等键', 'Key'),
    ],
    views: [],
  },
  {
    key: 'settings',
    names: n('设置', 'Settings'),
    fields: [text('key', '键', 'Key'), text('value', '值', 'Value')],
    views: [],
  },
] as const satisfies readonly TableShape[];

/** The schema as the installer, health check and codecs walk it; assigning checks every link's target. */
export const TABLES: readonly TableSpec[] = SCHEMA;

export function tableSpec(key: TableKey): TableSpec {
  const spec = TABLES.find((t) => t.key === key);
  if (!spec) throw new Error(`unknown table ${key}`);
  return spec;
}
