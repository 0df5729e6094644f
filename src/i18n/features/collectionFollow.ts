/** Texts of following a drive up: extending, upload progress, rows refused by the background check, My work. */
export const zh = {
  'collection.page.extendTo': '新的截止日期',
  'collection.submit.uploading': '正在上传 {{done}}/{{total}}：{{name}}',
  'collection.notice.refused': '你通过表格提交到「{{title}}」的内容没有被接收：{{reason}}',
  'collection.notice.noAuthor':
    '「{{title}}」有一条通过表格提交的记录没有填写成员，不知道是谁交的，请在表格里补上成员：{{reason}}。',
  'collection.notice.stopped':
    '「{{title}}」截止已过 {{days}} 天，之后不再每天发未交名单；收集仍开着，逾期提交照收，需要时请在收集页结束。还没提交的：{{names}}。',
  'collection.refusedRow.notAudience': '提交人不在这次收集的对象里。',
  'collection.refusedRow.notMember': '提交人不是在职成员。',
  'collection.refusedRow.closed': '提交时这次收集已经结束。',
  'collection.refusedRow.notOpen': '这次收集还没有发布。',
  'collection.home.title': '待我提交的收集',
  'collection.home.due': '截止 {{deadline}}',
  'collection.field.atDeadline': '截止时提醒未交的人和部门负责人',
  'collection.field.dailyOrganizer': '截止后每天把未交名单发给我',
};

export const en: Record<keyof typeof zh, string> = {
  'collection.page.extendTo': 'New deadline',
  'collection.submit.uploading': 'Uploading {{done}} of {{total}}: {{name}}',
  'collection.notice.refused':
    'What you submitted to "{{title}}" through the table was not taken: {{reason}}',
  'collection.notice.noAuthor':
    '"{{title}}" has a row submitted through the table with no member, so nobody knows whose it is; please fill in the member: {{reason}}.',
  'collection.notice.stopped':
    '"{{title}}" passed its deadline {{days}} days ago: no more daily missing lists. The drive stays open and takes late submissions; close it on its page when you are done. Still missing: {{names}}.',
  'collection.refusedRow.notAudience': 'The person is not in the audience of this drive.',
  'collection.refusedRow.notMember': 'The person is not an active member.',
  'collection.refusedRow.closed': 'The drive was already closed when this arrived.',
  'collection.refusedRow.notOpen': 'The drive has not been published.',
  'collection.home.title': 'Drives waiting for my files',
  'collection.home.due': 'Due {{deadline}}',
  'collection.field.atDeadline': 'At the deadline, remind those missing and their heads',
  'collection.field.dailyOrganizer': 'After the deadline, send me the missing list daily',
};
