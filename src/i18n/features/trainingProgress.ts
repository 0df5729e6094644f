/** Texts of a learner's kept place in a course: sections read, where the video stopped. */
export const zh = {
  'training.progress.summary': '学习中 · 已读 {{read}}/{{total}} 节',
  'training.progress.summaryVideo': '学习中 · 已读 {{read}}/{{total}} 节 · 视频看到 {{at}}',
  'training.progress.markRead': '标为已读',
  'training.progress.read': '✓ 已读',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'training.progress.summary': 'In progress · {{read}}/{{total}} sections read',
  'training.progress.summaryVideo': 'In progress · {{read}}/{{total}} sections read · video at {{at}}',
  'training.progress.markRead': 'Mark as read',
  'training.progress.read': '✓ Read',
};
