/** Select options of the schema, keyed by the domain's own values. */
import type { OptionSpec } from './schemaTypes';

// Each option keeps its key's literal type, so a select field's values are checked against its options.
const o = <K extends string>(key: K, zh: string, en: string) =>
  ({ key, names: { zh, en } }) satisfies OptionSpec;

export const TASK_STATUS_OPTIONS = [
  o('draft', '草稿', 'Draft'),
  o('open', '待认领', 'Open'),
  o('assigned', '待确认', 'Assigned'),
  o('waiting', '等待前置', 'Waiting'),
  o('ready', '可开始', 'Ready'),
  o('in_progress', '进行中', 'In progress'),
  o('in_review', '待验收', 'In review'),
  o('done', '已完成', 'Done'),
  o('declined', '已拒绝', 'Declined'),
  o('cancelled', '已取消', 'Cancelled'),
];

export const TASK_KIND_OPTIONS = [o('special', '专项任务', 'Special task'), o('stage', '阶段', 'Stage')];
export const TASK_ORIGIN_OPTIONS = [o('assigned', '派单', 'Assigned'), o('claimed', '认领', 'Claimed')];
export const ROLE_OPTIONS = [
  o('boss', '老板', 'Boss'),
  o('manager', '部门负责人', 'Department head'),
  o('employee', '员工', 'Employee'),
];

export const TASK_EVENT_OPTIONS = [
  o('assigned', '派单', 'Assigned'),
  o('acknowledged', '确认', 'Acknowledged'),
  o('declined', '拒绝', 'Declined'),
  o('reassigned', '转派', 'Reassigned'),
  o('claimed', '认领', 'Claimed'),
  o('status_change', '状态变更', 'Status change'),
  o('sent_back', '退回', 'Sent back'),
  o('nudged', '催办', 'Nudged'),
  o('created', '创建', 'Created'),
  o('published', '发布到任务大厅', 'Published to pool'),
  o('edited', '修改', 'Edited'),
  o('commented', '评论', 'Comment'),
];

export const FORMAT_OPTIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'jpg', 'png', 'mp4', 'zip'].map((f) =>
  o(f, f, f),
);
export const COLLECTION_STATUS_OPTIONS = [
  o('draft', '草稿', 'Draft'),
  o('open', '收集中', 'Open'),
  o('closed', '已截止', 'Closed'),
];
export const REVIEW_OPTIONS = [
  o('pending', '待审核', 'Pending'),
  o('accepted', '通过', 'Accepted'),
  o('rejected', '退回', 'Rejected'),
];
// Named as the 学习 tab names them; Bases installed under the first names keep theirs and are found by them.
export const COURSE_CATEGORY_OPTIONS = [
  { ...o('big_picture', '全局观', 'Big picture'), formerNames: ['全局认知'] },
  { ...o('skill', '专项技能', 'Skill'), formerNames: ['技能'] },
  o('incentive', '激励', 'Incentive'),
];
export const COURSE_STATUS_OPTIONS = [o('draft', '草稿', 'Draft'), o('published', '已发布', 'Published')];
export const SURVEY_KIND_OPTIONS = [o('round', '调研', 'Round'), o('answer', '回答', 'Answer')];
export const QUESTION_TYPE_OPTIONS = [
  o('single', '单选', 'Single choice'),
  o('multiple', '多选', 'Multiple choice'),
  o('true_false', '判断', 'True / false'),
];
export const CONTRIBUTION_RULE_OPTIONS = [
  o('owner', '主责完成', 'Owner'),
  o('cooperating', '配合完成', 'Cooperating'),
  o('claim', '主动认领', 'Voluntary claim'),
  o('on_time', '按时完成', 'On time'),
  o('course', '课程通过', 'Course passed'),
  o('submission', '按时提交', 'Submission on time'),
  o('award', '管理者奖励', 'Manager award'),
  o('late', '逾期扣分', 'Late delivery'),
  o('reversal', '冲销', 'Reversal'),
];
export const CONTRIBUTION_SOURCE_OPTIONS = [
  o('task', '任务', 'Task'),
  o('course', '课程', 'Course'),
  o('collection', '收集', 'Collection'),
  o('award', '奖励', 'Award'),
];
export const NOTIFICATION_STATUS_OPTIONS = [
  o('pending', '待发送', 'Pending'),
  o('sent', '已发送', 'Sent'),
  // [RB9] Set by the automations' delivery when the app can never message the recipient.
  o('unreachable', '无法送达', 'Unreachable'),
];
export const NOTIFICATION_TYPE_OPTIONS = [
  o('assigned', '派单通知', 'Assigned'),
  o('copy', '抄送', 'Copy'),
  o('reminder', '提醒', 'Reminder'),
  o('escalation', '升级', 'Escalation'),
  o('ready', '可开始', 'Ready to start'),
  o('nudge', '催办', 'Nudge'),
  o('declined', '拒绝', 'Declined'),
  o('reassigned', '转派', 'Reassigned'),
  o('claimed', '认领', 'Claimed'),
  o('pool', '任务大厅', 'Task pool'),
  o('review', '待验收', 'Review requested'),
  o('sentBack', '退回', 'Sent back'),
  o('acknowledged', '已确认', 'Acknowledged'),
  o('published', '大厅新任务', 'New in pool'),
  o('dueSoon', '即将到期', 'Due soon'),
  o('overdue', '已逾期', 'Overdue'),
  o('changed', '任务变更', 'Task changed'),
  o('mentioned', '提到你', 'Mentioned'),
  o('collection', '收集', 'Collection'),
  o('digest', '每周汇总', 'Weekly digest'),
  o('award', '贡献分', 'Points'),
];
