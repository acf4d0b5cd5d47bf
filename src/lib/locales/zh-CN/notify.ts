// Being told when tasks finish: the notifications, the tab's title, and their settings.
export const notify = {
  'Task succeeded': '任务已完成',
  'Task failed': '任务失败',
  'Task cancelled': '任务已取消',
  'Task expired': '任务已过期',
  'Task finished': '任务已结束',
  '{succeeded} succeeded, {failed} failed': '{succeeded} 个已完成，{failed} 个失败',
  '{count} tasks finished': '{count} 个任务已结束',
  'Batch “{batch}” finished': '批次“{batch}”已结束',
  '({count})': '（{count}）',
  Notifications: '通知',
  'Notify me when tasks finish': '任务结束时通知我',
  'A browser notification when a task, or a whole batch, finishes or fails. While this is on, the tab that checks your tasks keeps checking them when it is hidden, each at most once every {seconds} s.':
    '任务或整个批次完成或失败时，显示浏览器通知。开启后，负责查询任务的标签页在隐藏时也会继续查询，每个任务至多每 {seconds} 秒一次。',
  'Play a sound': '播放提示音',
  'A short chime with each notification.': '每条通知响一声简短的提示音。',
  'Your browser blocks notifications from this site. To allow them, click the icon at the left of the address bar, set Notifications to Allow, then turn this on again.':
    '浏览器已阻止本站的通知。如需允许：点击地址栏左侧的图标，将“通知”设为“允许”，然后重新开启此项。',
  'The browser did not give permission. Turn this on again to be asked once more.':
    '浏览器未授予通知权限。重新开启此项即可再次询问。',
  'This browser cannot show notifications.': '此浏览器无法显示通知。',
};
