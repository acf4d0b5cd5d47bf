// The shell and words used all over the app.
export const common = {
  'just now': '刚刚',
  'built-in simulator': '内置模拟器',
  'key set': '已设置密钥',
  'asking other tabs for the key…': '正在向其他标签页获取密钥…',
  'no key': '未设置密钥',
  'Skip to content': '跳到主要内容',
  Main: '主导航',
  Tasks: '任务',
  Settings: '设置',
  Language: '语言',
  'That language could not be loaded: check the connection and try again.':
    '无法加载该语言：请检查网络连接后重试。',
  Theme: '主题',
  System: '跟随系统',
  Light: '浅色',
  Dark: '深色',
  'Thumbnail of {id}': '{id} 的缩略图',
  Refresh: '刷新',
  Model: '模型',
  'Progress of {id}': '{id} 的进度',
};
