/** Texts of deliverables (交付物) on a stage: opening files, who uploaded them, the upload's busy state; en must have the same keys as zh. */
export const zh = {
  'event.uploaded': '{{actor}}上传了「{{title}}」的交付物：{{files}}',
  'deliverables.title': '交付物',
  'deliverables.open': '打开或下载 {{file}}',
  'deliverables.by': '{{name}} 上传于 {{time}}',
  'deliverables.at': '上传于 {{time}}',
  'deliverables.openFailed': '打不开「{{file}}」：{{reason}}',
  'deliverables.retry': '重试上传',
};

export const en: Record<keyof typeof zh, string> = {
  'event.uploaded': '{{actor}} uploaded deliverables to "{{title}}": {{files}}',
  'deliverables.title': 'Deliverables',
  'deliverables.open': 'Open or download {{file}}',
  'deliverables.by': 'Uploaded by {{name}} at {{time}}',
  'deliverables.at': 'Uploaded at {{time}}',
  'deliverables.openFailed': 'Could not open "{{file}}": {{reason}}',
  'deliverables.retry': 'Retry upload',
};
