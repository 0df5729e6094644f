/** Texts about the host: finding it, and the Check page's host diagnostics. */
export const zh = {
  'host.outside.retry': '重试',
  'host.outside.noAnswer':
    '多维表格没有及时响应。如果你正在多维表格的插件面板中打开接棒，可能只是加载较慢：请点「重试」。',
  'host.sdkFailed.title': '接棒没能加载完整',
  'host.sdkFailed.body': '与飞书通信所需的代码没有下载成功，多半是网络波动。请点「重新加载」。',
  'install.viewsByHand': '多维表格不允许插件创建这些视图，请手动添加（名称照写）：{{views}}。',
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
};
