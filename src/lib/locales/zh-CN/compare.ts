// The compare page: tasks side by side, their videos played together.
export const compare = {
  'Compare {count} tasks': '对比 {count} 个任务',
  'Cannot compare these tasks': '无法对比这些任务',
  'These are not task ids: {entries}.': '以下不是任务 ID：{entries}。',
  'Compare shows {min} to {max} different tasks side by side; this address names {count}.':
    '对比页面可并排显示 {min} 到 {max} 个不同的任务；此地址包含 {count} 个。',
  '{count} more entries are not task ids either.': '另有 {count} 项也不是任务 ID。',
  'Select {min} to {max} tasks on the <link>task list</link> to compare them.':
    '请在<link>任务列表</link>中选择 {min} 到 {max} 个任务进行对比。',
  'Playback of every video': '所有视频的播放控制',
  Play: '播放',
  Pause: '暂停',
  Seek: '播放进度',
  Sync: '同步',
  'The controls work once a video has loaded.': '有视频加载完成后即可使用这些控制。',
  'Sync is on: the first video that has loaded keeps the time and the others follow it, muted.':
    '同步已开启：最先加载完成的视频作为基准时钟，其余视频跟随它并静音。',
  'Sync is off: each video also has its own controls, and the bar still moves them all.':
    '同步已关闭：每个视频另有各自的控件，控制栏仍会同时控制全部视频。',
  'Keys while the focus is in this bar: <key>Space</key> or <key>K</key> plays and pauses; <key>,</key> and <key>.</key> step one frame back and forward.':
    '焦点在此控制栏中时的快捷键：<key>空格</key> 或 <key>K</key> 播放或暂停；<key>,</key> 和 <key>.</key> 分别后退、前进一帧。',
};
