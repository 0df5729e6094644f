/** Texts of home as an inbox; en must have the same keys as zh. */
export const zh = {
  'home.inbox.act': '等我处理',
  'home.inbox.ready': '可以开始',
  'home.inbox.rest': '其他在办',
  'home.inbox.noParent': '（专项已不在表中）',
  'home.need.acknowledge': '待我确认接收',
  'home.need.review': '待我验收',
  'home.need.reown': '需要新的负责人',
  'home.reason.reviewer': '我验收',
  'home.unread': '{{count}} 条未读通知',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'home.inbox.act': 'Waiting on me',
  'home.inbox.ready': 'Ready to start',
  'home.inbox.rest': 'Also on my plate',
  'home.inbox.noParent': '(special task no longer in the table)',
  'home.need.acknowledge': 'Acknowledge',
  'home.need.review': 'Review',
  'home.need.reown': 'Needs a new owner',
  'home.reason.reviewer': 'I review',
  'home.unread': '{{count}} unread notices',
};
