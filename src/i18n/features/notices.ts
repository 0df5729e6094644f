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
  'event.assigned': '{{actor}}派单「{{title}}」给{{department}}',
  'event.published': '{{actor}}把「{{title}}」发布到任务大厅',
  'event.acknowledged': '{{actor}}确认接手「{{title}}」',
  'event.declined': '{{actor}}拒绝「{{title}}」：{{reason}}',
  'event.reassigned': '{{actor}}把「{{title}}」转派给{{to}}：{{reason}}',
  'event.claimed': '{{actor}}认领「{{title}}」',
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
  'event.assigned': '{{actor}} assigned "{{title}}" to {{department}}',
  'event.published': '{{actor}} published "{{title}}" to the task pool',
  'event.acknowledged': '{{actor}} acknowledged "{{title}}"',
  'event.declined': '{{actor}} declined "{{title}}": {{reason}}',
  'event.reassigned': '{{actor}} reassigned "{{title}}" to {{to}}: {{reason}}',
  'event.claimed': '{{actor}} claimed "{{title}}"',
};
