// The task list, its rows and filters, the connection banners, the shared UI pieces (status
// badges, progress bars, buttons) and the names of what the browser stores.
export const list = {
  // Status words: the badges, the filter buttons and the detail page's title.
  Queued: '排队中',
  Running: '生成中',
  Succeeded: '已完成',
  Failed: '失败',
  Cancelled: '已取消',
  Expired: '已过期',
  Unknown: '未知',
  Loading: '加载中',
  Waiting: '等待中',
  Error: '出错',
  'Not found': '未找到',
  'Status “{status}”': '状态“{status}”',
  'Loading…': '加载中…',
  'Progress unknown': '进度未知',
  'No progress': '无进度',
  Copied: '已复制',
  'Copy failed: select and copy': '复制失败：请手动选中并复制',
  'There is no API key in this tab: enter one in Settings to ask the provider.':
    '此标签页没有 API 密钥：请先在设置中填写，才能向服务商查询。',

  // The page.
  'Watch your video tasks': '跟踪你的视频生成任务',
  'Paste an API key in <link>Settings</link> and your task ids below. No key yet? The demo runs a few tasks on the simulator built into this server: you will see them queue, progress, fail or finish, and play.':
    '在<link>设置</link>中填写 API 密钥，并在下方粘贴任务 ID。还没有密钥？演示会在本服务器的内置模拟器上运行几个任务：你会看到它们排队、生成、失败或完成，还能播放视频。',
  'Starting the demo…': '正在启动演示…',
  'Try the demo': '试用演示',
  'Enter an API key': '填写 API 密钥',
  'Task IDs': '任务 ID',
  '{examples}\nSeparate ids with spaces, commas or new lines, or paste a provider’s answer.':
    '{examples}\n多个 ID 用空格、逗号或换行分隔，也可以直接粘贴服务商的响应。',
  'Add tasks': '添加任务',
  'Paste at least one task id, for example {id}.': '请至少粘贴一个任务 ID，例如 {id}。',
  'Added {count} tasks.': '已添加 {count} 个任务。',
  '{count} ids were already in the list and skipped: {ids}.':
    '{count} 个 ID 已在列表中，已跳过：{ids}。',
  '{count} entries are not a task id and stayed in the box: {entries}. Task ids look like veo3.1-fast:1770350082-…, grok:<uuid>, cgt-2025…, video_68d…, task_…, job-…, a long number or a UUID.':
    '{count} 项不是任务 ID，已留在输入框中：{entries}。任务 ID 形如 veo3.1-fast:1770350082-…、grok:<uuid>、cgt-2025…、video_68d…、task_…、job-…，或是一串长数字、一个 UUID。',
  '{count} pasted answers have no task id in id, task_id, data.task_id, output.task_id or task.id, and stayed in the box.':
    '{count} 个粘贴的响应在 id、task_id、data.task_id、output.task_id 或 task.id 中都没有任务 ID，已留在输入框中。',

  // The list.
  'Tasks ({count})': '任务（{count}）',
  'Tasks ({count}): {statuses}': '任务（{count}）：{statuses}',
  '{count} queued': '{count} 个排队中',
  '{count} running': '{count} 个生成中',
  '{count} failed': '{count} 个失败',
  '{count} with errors': '{count} 个出错',
  All: '全部',
  Errors: '出错',
  'Filter by status': '按状态筛选',
  'All models ({count})': '全部模型（{count}）',
  'Model not known yet ({count})': '模型未知（{count}）',
  '{model} ({count})': '{model}（{count}）',
  'Refresh all': '全部刷新',
  'Failures by cause': '失败原因统计',
  '<count>{count}</count> {cause}': '{cause} <count>{count}</count> 个',
  'Showing {shown} of {count} tasks': '共 {count} 个任务，显示 {shown} 个',
  'Removed <id>{id}</id>.': '已移除 <id>{id}</id>。',
  Undo: '撤销',
  'No tasks yet. Paste task ids above, or try the demo to see how it works.':
    '还没有任务。在上方粘贴任务 ID，或试用演示看看效果。',
  'No task matches this filter.': '没有符合筛选条件的任务。',
  'Clear filters': '清除筛选',

  // A row.
  'Task {id}': '任务 {id}',
  'Preview of {id}': '{id} 的预览',
  'Video preview of {id}': '{id} 的视频预览',
  'Animated preview of {id}': '{id} 的动图预览',
  '#{position} in queue': '队列第 {position} 位',
  "The provider's last answer, kept in this browser. Finished tasks are not asked again; Refresh asks now.":
    '服务商最近一次的响应，保存在此浏览器中。已结束的任务不会再次查询；点“刷新”立即查询。',
  'Saved <ago></ago>': '<ago></ago>保存',
  'Updated <ago></ago>': '<ago></ago>更新',
  'Checked <ago></ago>': '<ago></ago>查询',
  'When the provider last changed this task: its status, progress or place in the queue.':
    '服务商最后一次改动此任务（状态、进度或排队位置）的时间。',
  'Waiting for an API key': '等待 API 密钥',
  'Retrying…': '重试中…',
  'Stalled: no change for {duration}, checked every 5 min.':
    '停滞：已 {duration} 无变化，改为每 5 分钟检查一次。',
  Resume: '恢复',
  '{cause}: {message}': '{cause}：{message}',
  'Last update failed: {message}': '上次更新失败：{message}',
  'Refresh {id}': '刷新 {id}',
  'Remove {id}': '移除 {id}',
  Remove: '移除',

  // Banners over every page.
  'No API key in this tab: nothing is checked or refreshed. <link>Enter a key in Settings</link>.':
    '此标签页没有 API 密钥：不会查询或刷新任何任务。<link>在设置中填写密钥</link>。',
  'This browser would not store {what} (its storage is full or blocked, as in a private window). It stays in this tab until you close it; free some space or allow site data to keep it.':
    '浏览器无法保存以下内容：{what}（存储空间已满或被阻止，例如在无痕窗口中）。它会保留到你关闭此标签页为止；如需长期保留，请释放一些空间或允许网站存储数据。',
  "Some saved data could not be read ({what}), so it started afresh. A copy of what could not be read is kept in this browser's storage.":
    '部分已保存的数据无法读取（{what}），已重新开始。无法读取的内容在此浏览器的存储中留有一份副本。',
  'You are offline. Polling is paused and resumes when the connection is back.':
    '你已离线。轮询已暂停，网络恢复后会自动继续。',
  '{host} is rate limiting this key (429). Every request to it is paused for <countdown></countdown>.':
    '{host} 正在对此密钥限流（429）。发往它的所有请求暂停 <countdown></countdown>。',
  '{seconds} s': '{seconds} 秒',
  '{host} rejected the API key (401/403). Polling is paused for it. <link>Enter a valid key in Settings</link>.':
    '{host} 拒绝了此 API 密钥（401/403），已暂停对它的轮询。<link>在设置中填写有效的密钥</link>。',
  'Page not found': '页面未找到',
  'There is nothing at this address. <link>Go to the task list</link>.':
    '此地址没有内容。<link>返回任务列表</link>。',

  // What the browser would not store, or could not read: "{what}" in the banners above.
  'the API key': 'API 密钥',
  'the settings': '设置',
  'the language': '语言设置',
  'the theme': '主题设置',
  'the task list': '任务列表',
  'some entries of the task list': '任务列表中的部分条目',
  'the task history': '任务历史记录',
  'what the provider last said of each task': '服务商对每个任务最近一次的响应',
  'which Query endpoint answered each task': '每个任务由哪个查询端点响应',
  'There are no tasks to refresh yet: add some above.': '还没有可刷新的任务：请先在上方添加。',
};
