/** Texts of the automations command (run by an administrator from a terminal or a scheduler). */
export const zh = {
  'automations.usage': '用法：npm run automations -- {{jobs}}（不写则全部按顺序运行）。{{help}}。',
  // One text per background job, shown in the usage line; a job without one is listed by name only.
  'automations.job.tableEdits': 'tableEdits：给在表格里改成「已完成」的任务补上完成时间和日志',
  'automations.job.contestRepair':
    'contestRepair：同时操作中落败、没来得及复原就关掉的一方留下的改动，复原为胜出的结果',
  'automations.job.cascade': 'cascade：按前置关系更新阶段状态并通知可开始的人',
  'automations.job.escalate': 'escalate：逐级催办超时未确认或无人认领的任务',
  'automations.job.deadlines': 'deadlines：提醒即将到期和已逾期的任务',
  'automations.job.unfinished': 'unfinished：撤回中途失败、超过 15 分钟的派单草稿',
  'automations.job.claims': 'claims：补完中途失败的认领',
  'automations.job.untold': 'untold：补发已生效但没发出的通知（例如操作后侧边栏被关掉）',
  'automations.job.collection': 'collection：收集的到期提醒，并检查从表单或表格提交的文件',
  'automations.job.duplicates': 'duplicates：同一去重键的重复通知和日志只保留一条',
  'automations.job.courseReminders': 'courseReminders：提醒逾期未通过的必修课程（本人，三天后其负责人）',
  'automations.job.digest': 'digest：每周一上午给老板和部门负责人发一条本周问题汇总',
  'automations.job.scoring': 'scoring：按已完成的任务等事实核对贡献分台账，只补写差额',
  'automations.job.deliver':
    'deliver：把待发送的通知用应用机器人发成飞书消息并标为已发送（需设置 BATON_DELIVER_MESSAGES=1）',
  'automations.usage.separator': '；',
  'automations.unknownJob': '不认识的任务「{{job}}」，只能是 {{jobs}} 之一。',
  'automations.config.baseToken': '缺少 BATON_BASE_TOKEN：多维表格链接中 /base/ 后面的那一串。',
  'automations.config.credentials':
    '缺少凭证：设置 FEISHU_APP_ID 和 FEISHU_APP_SECRET（企业自建应用，且已把多维表格共享给该应用），或设置 BATON_PERSONAL_BASE_TOKEN（多维表格的授权码），二选一。',
  'automations.config.bothCredentials': '应用凭证和授权码只能设置一种，请删掉其中一种。',
  'automations.config.origin':
    'BATON_OPENAPI_ORIGIN 必须是 https:// 开头的地址，例如 https://open.feishu.cn。',
  'automations.notInstalled':
    '这个多维表格还没有安装接棒（缺少：{{tables}}）。请先在多维表格里打开接棒插件完成安装。',
  'automations.busy': '有人正开着接棒侧边栏（或上一次运行还没结束），后台工作由它完成，这次不用运行。',
  'automations.noAccess':
    '读不到「设置」表里的内容。多维表格开启了高级权限时，请在高级权限里给这个应用（或授权码）可管理权限。',
  'automations.config.appIncomplete': 'FEISHU_APP_ID 和 FEISHU_APP_SECRET 要一起设置。',
  'automations.done':
    '完成：{{statuses}} 个状态已更新，发出 {{ready}} 条“可以开始”通知，{{escalated}} 条催办通知。',
  'automations.failed': '运行没有完成：{{reason}}。再运行一次即可，已写入的不会重复。',
  'automations.invalidLease':
    '「设置」表 runner 一行记录的后台租约（{{holder}}，到 {{until}}）远超正常时长，已作废并由这次运行接替。多半是某台电脑的时钟走快了，或有人手工改了这一行：请校准该电脑的时间。',
  'automations.halted.inputMissing':
    '后台工作已停止：「任务」表缺少字段或字段类型不对（{{fields}}），否则会把所有等待中的阶段当作没有前置任务放行。请在接棒侧边栏的“多维表格检查”页修复。',
  'automations.halted.relinkPending':
    '后台工作已停止：「任务」表的字段（{{fields}}）是重新建的，原来的内容不在了。请把内容重新填好，再到接棒侧边栏的“多维表格检查”页确认。',
  'automations.deliverOff':
    '没有开启通知发送：设置 BATON_DELIVER_MESSAGES=1（并用企业自建应用的凭证）后才能运行 deliver。',
  'automations.config.deliverNeedsApp':
    'BATON_DELIVER_MESSAGES 需要企业自建应用的凭证（FEISHU_APP_ID 和 FEISHU_APP_SECRET）：授权码不能以机器人身份发消息。',
  'automations.delivered':
    '通知发送：{{sent}} 条已发送，{{unreachable}} 条无法送达，{{failed}} 条发送失败留待下次，{{stale}} 条超过 3 天未发。',
  'automations.deliveryFailed': '发送失败的原因：{{reason}}。下次运行会再试，不会重复发送。',
  'automations.deliveryOptionMissing':
    '「通知」表的「状态」缺少选项「无法送达」，这些通知暂留待发送：请在接棒侧边栏的“多维表格检查”页修复。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'automations.usage':
    'Usage: npm run automations -- {{jobs}} (all, in this order, when none is given). {{help}}.',
  'automations.job.tableEdits':
    'tableEdits: give tasks set to Done in the grid their completion time and history',
  'automations.job.contestRepair':
    'contestRepair: put back the outcome of two actions at once where the loser closed before restoring it',
  'automations.job.cascade':
    'cascade: update stage statuses from their predecessors and tell whoever can start',
  'automations.job.escalate': 'escalate: escalate tasks not acknowledged or not claimed in time',
  'automations.job.deadlines': 'deadlines: remind of tasks due soon or overdue',
  'automations.job.unfinished': 'unfinished: roll back sends left half done for over 15 minutes',
  'automations.job.claims': 'claims: complete claims left half done',
  'automations.job.untold':
    'untold: send the notices of changes that landed untold (a sidebar closed right after an action)',
  'automations.job.collection':
    'collection: the reminders of collection drives and the check of files submitted through the form or the grid',
  'automations.job.duplicates': 'duplicates: keep one notice or history row per key',
  'automations.job.courseReminders':
    'courseReminders: remind of required courses overdue (the member, three days later their head)',
  'automations.job.digest':
    'digest: on Monday morning, one summary of the problems of the week to the boss and each head',
  'automations.job.scoring':
    'scoring: reconcile the contribution ledger with the facts (done tasks and more), writing only the difference',
  'automations.job.deliver':
    'deliver: send the notices waiting in the outbox as Feishu messages from the app and mark them sent (needs BATON_DELIVER_MESSAGES=1)',
  'automations.usage.separator': '; ',
  'automations.unknownJob': 'Unknown job "{{job}}": it must be one of {{jobs}}.',
  'automations.config.baseToken': 'BATON_BASE_TOKEN is missing: the part after /base/ in the Base link.',
  'automations.config.credentials':
    'No credentials: set FEISHU_APP_ID and FEISHU_APP_SECRET (a custom app the Base is shared with), or BATON_PERSONAL_BASE_TOKEN (the Base authorization code), one of the two.',
  'automations.config.bothCredentials': 'Set either the app credentials or the authorization code, not both.',
  'automations.config.origin':
    'BATON_OPENAPI_ORIGIN must start with https://, for example https://open.feishu.cn.',
  'automations.notInstalled':
    'Baton is not installed in this Base yet (missing: {{tables}}). Open the Baton plugin in the Base once to install it.',
  'automations.busy':
    'Someone has the Baton sidebar open (or the previous run is still going) and does the background work; nothing to do this time.',
  'automations.noAccess':
    'The Settings table reads empty. If the Base has advanced permissions on, give this app (or authorization code) manage rights there.',
  'automations.config.appIncomplete': 'Set FEISHU_APP_ID and FEISHU_APP_SECRET together.',
  'automations.done':
    'Done: {{statuses}} statuses updated, {{ready}} "you can start" notices and {{escalated}} escalation notices sent.',
  'automations.failed': 'The run did not finish: {{reason}}. Run it again; nothing written is written twice.',
  'automations.invalidLease':
    'The background lease in the Settings row "runner" ({{holder}}, until {{until}}) ran far longer than any lease; it was ignored and this run took over. Most likely a computer\'s clock runs ahead, or someone edited the row by hand: set that clock right.',
  'automations.halted.inputMissing':
    'Background work is stopped: the Tasks table is missing fields or has them with the wrong type ({{fields}}); otherwise every waiting stage would be released as if it had no predecessors. Repair them on the Base check page of the Baton sidebar.',
  'automations.halted.relinkPending':
    'Background work is stopped: fields of the Tasks table ({{fields}}) were recreated and their contents are gone. Enter them again, then confirm on the Base check page of the Baton sidebar.',
  'automations.deliverOff':
    "Notice delivery is off: set BATON_DELIVER_MESSAGES=1 (with a custom app's credentials) to run deliver.",
  'automations.config.deliverNeedsApp':
    "BATON_DELIVER_MESSAGES needs a custom app's credentials (FEISHU_APP_ID and FEISHU_APP_SECRET): an authorization code cannot send messages as a bot.",
  'automations.delivered':
    'Notices: {{sent}} sent, {{unreachable}} unreachable, {{failed}} failed and left for the next run, {{stale}} waiting over 3 days not sent.',
  'automations.deliveryFailed':
    'Why sending failed: {{reason}}. The next run tries again without sending anything twice.',
  'automations.deliveryOptionMissing':
    'The Status field of Notifications lacks the option "Unreachable", so those notices still wait: fix it on the Base check page of the Baton sidebar.',
};
