/** Texts of the ZIP of a drive's accepted files. */
export const zh = {
  'collection.zip.download': '下载已通过的文件（ZIP）',
  'collection.zip.progress': '正在取文件 {{done}} / {{total}}…',
  'collection.zip.done': '已打包 {{count}} 个文件。',
  'collection.zip.missing': '{{count}} 个文件取不到，没有放进压缩包（见压缩包里的缺失清单）：{{list}}',
  'collection.zip.none': '还没有已通过的文件。',
  'collection.zip.failed': '打包失败：{{reason}}',
  'collection.zip.missingName': '缺失清单.txt',
  'collection.zip.missingHeader': '以下文件取不到，没有放进压缩包：',
  'collection.zip.missingLine': '{{person}}：{{file}}（{{reason}}）',
};

export const en: Record<keyof typeof zh, string> = {
  'collection.zip.download': 'Download accepted files (ZIP)',
  'collection.zip.progress': 'Fetching file {{done}} / {{total}}…',
  'collection.zip.done': '{{count}} files packed.',
  'collection.zip.missing':
    '{{count}} files could not be fetched and are not in the archive (see the missing list inside): {{list}}',
  'collection.zip.none': 'No accepted files yet.',
  'collection.zip.failed': 'Packing failed: {{reason}}',
  'collection.zip.missingName': 'missing-files.txt',
  'collection.zip.missingHeader': 'These files could not be fetched and are not in the archive:',
  'collection.zip.missingLine': '{{person}}: {{file}} ({{reason}})',
};
