/** Texts about the host: finding it, and the Check page's host diagnostics. */
export const zh = {
  'host.outside.retry': '重试',
  'host.outside.noAnswer':
    '多维表格没有及时响应。如果你正在多维表格的插件面板中打开接棒，可能只是加载较慢：请点「重试」。',
  'host.sdkFailed.title': '接棒没能加载完整',
  'host.sdkFailed.body': '与飞书通信所需的代码没有下载成功，多半是网络波动。请点「重新加载」。',
  'install.viewsByHand': '多维表格不允许插件创建这些视图，请手动添加（名称照写）：{{views}}。',
  'health.applyViewSettings': '由插件设置视图的筛选、分组和排序',
  'health.viewSettingsApplied': '视图已设置好。',
  'health.viewSettingsRefused': '多维表格没有接受插件的视图设置，请按上面的步骤手动设置。',
  'diagnostics.title': '宿主诊断',
  'diagnostics.intro':
    '在这个多维表格里实测飞书的几处未写明的行为（身份、建表、视图、按 id 读取、筛选条件数、事件、上传、读取耗时），接棒会据此调整。会临时建一张表，结束后删除。',
  'diagnostics.run': '运行诊断',
  'diagnostics.done': '诊断完成，结果已保存到「设置」。',
  'diagnostics.notBoss': '只有老板可以运行宿主诊断。',
  'diagnostics.failed': '诊断没有完成：{{reason}}',
  'diagnostics.copy': '复制报告',
  'diagnostics.copied': '已复制',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'host.outside.retry': 'Try again',
  'host.outside.noAnswer':
    'The Base did not answer in time. If you are opening Baton in a Base’s plugin panel, it may just be loading slowly: try again.',
  'host.sdkFailed.title': 'Baton did not load completely',
  'host.sdkFailed.body':
    'The code that talks to Feishu could not be downloaded, most likely a network hiccup. Please reload.',
  'install.viewsByHand':
    'The Base does not let a plugin create these views; please add them by hand, with these names: {{views}}.',
  'health.applyViewSettings': 'Let the plugin set the views’ filters, grouping and sorts',
  'health.viewSettingsApplied': 'The views are set.',
  'health.viewSettingsRefused':
    'The Base did not take the plugin’s view settings: please set them by hand as listed above.',
  'diagnostics.title': 'Host diagnostics',
  'diagnostics.intro':
    'Measures in this Base what Feishu’s documentation leaves open (identity, tables, views, reads by id, filter size, events, uploads, read timing); Baton adapts to what it finds. A scratch table is made and deleted afterwards.',
  'diagnostics.run': 'Run diagnostics',
  'diagnostics.done': 'Diagnostics finished; the results are saved in Settings.',
  'diagnostics.notBoss': 'Only the boss can run the host diagnostics.',
  'diagnostics.failed': 'The diagnostics did not finish: {{reason}}',
  'diagnostics.copy': 'Copy report',
  'diagnostics.copied': 'Copied',
};
