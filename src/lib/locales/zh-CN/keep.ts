// Videos kept in this browser (issue 12, part 6): keeping one on its page, many from the list,
// and the storage meter in Settings.
export const keep = {
  // The store and the fetching of the file.
  'There is not enough room in this browser’s storage for this video ({size}). Nothing else was removed. Remove kept videos in Settings, or free space on the disk, then try again.':
    '此浏览器的存储空间不足以保存该视频（{size}）。其他内容均未删除。请在设置中移除已保存的视频，或释放磁盘空间，然后重试。',
  'This browser does not let this page keep files (a private window, or site data turned off).':
    '此浏览器不允许本页面保存文件（可能是无痕窗口，或已关闭网站数据）。',
  'The browser could not store the file: {reason}': '浏览器无法保存该文件：{reason}',
  'The provider serves this file only with your API key, on {origin}, where the key is never sent.':
    '该服务商只在带上你的 API 密钥时才提供此文件，而文件位于 {origin}，密钥绝不会发送到那里。',

  // The task's page.
  'Looking for a copy kept in this browser…': '正在查找此浏览器中保存的副本…',
  'Playing the copy kept in this browser ({size}, kept {when}). It plays even after the provider’s link has expired.':
    '正在播放保存在此浏览器中的副本（{size}，保存于 {when}）。即使服务商的链接已过期，它仍可播放。',
  'Keeping the video in this browser… {received}': '正在将视频保存到此浏览器… {received}',
  'Removed from this browser.': '已从此浏览器中移除。',
  'Could not remove the video: {why}': '无法移除视频：{why}',
  'Kept in this browser ({size}): it plays here after the provider’s link expires.':
    '已保存在此浏览器（{size}）：服务商的链接过期后，仍可在这里播放。',
  'There is no video to keep until the task has finished.': '任务完成后才有可保存的视频。',
  'Could not keep the video: {why} Open the link in a new tab and save it from there.':
    '无法保存视频：{why}请在新标签页中打开链接，从那里保存。',
  'Could not keep the video: {why}': '无法保存视频：{why}',
  'This video is kept in this browser.': '此视频已保存在此浏览器中。',
  'Kept in this browser': '已保存在此浏览器',
  'Remove from this browser': '从此浏览器中移除',
  'Cancel keeping': '取消保存',
  'Stores the file in this browser, so it plays after the provider’s link expires.':
    '将文件保存在此浏览器中，服务商的链接过期后仍可播放。',

  // Many at once, from the list.
  'Keep in this browser': '保存在此浏览器',
  'Keep videos in this browser': '将视频保存在此浏览器',
  'Keeps the finished videos of the {count} selected tasks in this browser, one at a time, so that they play after the providers’ links expire.':
    '将所选 {count} 个任务中已完成的视频逐个保存在此浏览器中，服务商的链接过期后仍可播放。',
  'Finished: {finished} of {count}. Not kept yet: {toFetch}.':
    '已完成：{finished} / {count}。尚未保存：{toFetch}。',
  'Keeping videos': '视频保存进度',
  'Keeping {done} of {total}: <id>{id}</id>… {received}':
    '正在保存第 {done} 个，共 {total} 个：<id>{id}</id>… {received}',
  'Kept {count} videos ({size}).': '已保存 {count} 个视频（{size}）。',
  '{count} were kept already.': '{count} 个此前已保存。',
  'Skipped {count}: not finished, or finished without a video.':
    '已跳过 {count} 个：尚未完成，或已完成但没有视频。',
  'Cancelled: {count} were not tried.': '已取消：{count} 个未处理。',
  'Could not keep {count}:': '{count} 个无法保存：',
  'Videos not kept': '未保存的视频',
  '<id>{id}</id>: {why}': '<id>{id}</id>：{why}',
  'Open the link of {id} in a new tab': '在新标签页中打开 {id} 的链接',
  'Every finished video selected is kept already.': '所选的已完成视频都已保存。',
  'None of the selected tasks has finished with a video.': '所选任务中没有已完成且带视频的任务。',
  'Keep {count} videos': '保存 {count} 个视频',

  // The storage meter in Settings.
  'Videos kept in this browser': '保存在此浏览器中的视频',
  '{count} videos take {size}.': '{count} 个视频占用 {size}。',
  'No videos are kept in this browser. Keep a finished task’s video from its page, or many at once from the task list, and it plays here after the provider’s link expires.':
    '此浏览器中没有保存任何视频。可在已完成任务的页面保存其视频，或在任务列表中批量保存；服务商的链接过期后，视频仍可在这里播放。',
  'Storage this site uses': '本网站已用的存储空间',
  'This site stores {usage} in this browser, which allows it {quota}.':
    '本网站在此浏览器中已存储 {usage}，浏览器允许的上限为 {quota}。',
  'The browser granted persistent storage: it keeps these files until you remove them.':
    '浏览器已授予持久存储：这些文件会一直保留，直到你将其移除。',
  'The browser did not grant persistent storage: it may delete these files when the disk runs short of space.':
    '浏览器未授予持久存储：磁盘空间不足时，它可能会删除这些文件。',
  'Persistent storage is asked for when the first video is kept, so that the browser does not delete them to make room.':
    '保存第一个视频时会申请持久存储，以免浏览器为腾出空间而删除它们。',
  'This browser does not say whether it keeps these files when space runs short.':
    '此浏览器未说明空间不足时是否会保留这些文件。',
  'Kept videos': '已保存的视频',
  'Remove all': '全部移除',
  'Remove all {count} videos kept in this browser ({size})? They will no longer play here once the providers’ links have expired.':
    '要移除保存在此浏览器中的全部 {count} 个视频（{size}）吗？服务商的链接过期后，它们将无法再在这里播放。',
  'Remove {count} videos': '移除 {count} 个视频',
  'Removed {count} videos ({size}) from this browser.':
    '已从此浏览器中移除 {count} 个视频（{size}）。',
  'Could not remove the videos: {why}': '无法移除视频：{why}',
};
