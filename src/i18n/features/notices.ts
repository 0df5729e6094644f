/** Texts of notices (written into the 通知 outbox) and of task history entries (任务日志). */
export const zh = {
  'notice.assigned':
    '{{actor}}派给你一个专项任务「{{title}}」（主责：{{department}}），请在接棒中确认或说明原因拒绝。',
  'notice.copy': '抄送：{{actor}}把「{{title}}」派给了{{department}}的{{owner}}，请知悉并配合。',
  'notice.declined': '{{actor}}拒绝了「{{title}}」，原因：{{reason}}。请重新安排。',
  'notice.reassigned': '{{actor}}把「{{title}}」转派给你，原因：{{reason}}。请在接棒中确认。',
  'notice.claimed': '{{actor}}主动认领了任务大厅里的「{{title}}」。',
  'notice.reminder': '提醒：「{{title}}」已派给你 {{hours}} 个工作小时，还没有确认，请尽快确认或说明原因。',
  'notice.escalation': '升级：「{{title}}」派给{{owner}}已 {{hours}} 个工作小时仍未确认，请跟进。',
  'notice.poolUnclaimed':
    '任务大厅里的「{{title}}」发布 {{hours}} 个工作小时仍无人认领，看到它的部门：{{departments}}。',
  'notice.ready': '可以开始了：「{{parent}}」的「{{title}}」前置阶段已完成。',
  'notice.review': '「{{parent}}」的「{{title}}」已提交交付物，请验收或说明原因退回。',
  'notice.sentBack': '「{{title}}」被退回：{{reason}}。请修改后重新提交。',
  'notice.nudge': '{{actor}}在催办「{{title}}」：「{{waiting}}」在等它。',
  'event.assigned': '{{actor}}派单「{{title}}」给{{department}}',
  'event.published': '{{actor}}把「{{title}}」发布到任务大厅',
  'event.acknowledged': '{{actor}}确认接手「{{title}}」',
  'event.declined': '{{actor}}拒绝「{{title}}」：{{reason}}',
  'event.reassigned': '{{actor}}把「{{title}}」转派给{{to}}：{{reason}}',
  'event.claimed': '{{actor}}认领「{{title}}」',
  'event.work': '{{actor}}更新了「{{title}}」的状态',
  'event.sent_back': '{{actor}}退回「{{title}}」：{{reason}}',
  'event.nudged': '{{actor}}催办「{{title}}」（在等：{{reason}}）',
  'event.derived': '「{{title}}」状态自动变为「{{status}}」',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'notice.assigned':
    '{{actor}} assigned you the special task "{{title}}" (primary: {{department}}). Acknowledge it in Baton, or decline with a reason.',
  'notice.copy':
    'For your information: {{actor}} assigned "{{title}}" to {{owner}} of {{department}}; please support.',
  'notice.declined': '{{actor}} declined "{{title}}": {{reason}}. Please reassign it.',
  'notice.reassigned': '{{actor}} reassigned "{{title}}" to you: {{reason}}. Please acknowledge it in Baton.',
  'notice.claimed': '{{actor}} claimed "{{title}}" from the task pool.',
  'notice.reminder':
    'Reminder: "{{title}}" was assigned to you {{hours}} working hours ago and is not acknowledged yet. Please acknowledge it or say why not.',
  'notice.escalation':
    'Escalation: "{{title}}" has waited {{hours}} working hours for {{owner}} to acknowledge it. Please follow up.',
  'notice.poolUnclaimed':
    '"{{title}}" has been in the task pool for {{hours}} working hours with no one claiming it. Departments that saw it: {{departments}}.',
  'notice.ready': 'You can start: the stage before "{{title}}" of "{{parent}}" is done.',
  'notice.review': '"{{title}}" of "{{parent}}" has a deliverable to accept, or to send back with a reason.',
  'notice.sentBack': '"{{title}}" was sent back: {{reason}}. Please revise and submit again.',
  'notice.nudge': '{{actor}} is nudging "{{title}}": "{{waiting}}" is waiting for it.',
  'event.assigned': '{{actor}} assigned "{{title}}" to {{department}}',
  'event.published': '{{actor}} published "{{title}}" to the task pool',
  'event.acknowledged': '{{actor}} acknowledged "{{title}}"',
  'event.declined': '{{actor}} declined "{{title}}": {{reason}}',
  'event.reassigned': '{{actor}} reassigned "{{title}}" to {{to}}: {{reason}}',
  'event.claimed': '{{actor}} claimed "{{title}}"',
  'event.work': '{{actor}} updated the status of "{{title}}"',
  'event.sent_back': '{{actor}} sent back "{{title}}": {{reason}}',
  'event.nudged': '{{actor}} nudged "{{title}}" (waiting for: {{reason}})',
  'event.derived': '"{{title}}" moved to "{{status}}" by itself',
};
