// Downloading the selected tasks' videos as one ZIP file (issue 12).
export const zip = {
  '{count} videos of {selected} selected go into one ZIP file.':
    '已选 {selected} 个任务，其中 {count} 个视频将打包进一个 ZIP 文件。',
  'Skipped {count} tasks:': '跳过 {count} 个任务：',
  'Skipped tasks': '跳过的任务',
  '{id}: {reason}': '{id}：{reason}',
  'it finished, but the provider sent no video address': '任务已完成，但服务商没有返回视频地址',
  'its video address is not https': '视频地址不是 https',
  'its file needs your API key but is on {origin}, and the key goes only to the API':
    '文件需要 API 密钥，但位于 {origin}，而密钥只会发送给 API',
  'its file needs your API key, and this tab has none': '文件需要 API 密钥，但此标签页没有密钥',
  'not finished yet': '尚未完成',
  'the task failed': '任务失败',
  'the task was cancelled': '任务已取消',
  'the provider let the task expire': '服务商已让任务过期',
  'the provider does not know this task': '服务商找不到此任务',
  'its status could not be read': '无法读取任务状态',
  'its status is not known yet': '任务状态尚未知',
  'About {size} in all (an estimate). You choose where the ZIP file goes, and it is written as the videos arrive.':
    '总计约 {size}（估算值）。你可以选择 ZIP 文件的保存位置，视频边下载边写入。',
  'About {size} in all (an estimate). The ZIP is put together in this page’s memory, then saved to your downloads.':
    '总计约 {size}（估算值）。ZIP 文件会先在此页面的内存中生成，再保存到下载目录。',
  'This may be more than this browser can hold: above 2 GB the download can fail or slow the page down. Select fewer tasks, or use a Chromium-based browser, which writes the ZIP straight to a file.':
    '这可能超出此浏览器的承受能力：超过 2 GB 时下载可能失败或使页面变慢。请少选一些任务，或改用基于 Chromium 的浏览器，它会把 ZIP 直接写入文件。',
  'Download ZIP': '下载 ZIP',
  'ZIP file': 'ZIP 文件',
  'No file was chosen, so nothing was downloaded.': '未选择文件，因此没有下载任何内容。',
  'ZIP progress': 'ZIP 下载进度',
  '{done} of {total} videos, {size}': '{done}/{total} 个视频，{size}',
  '{done} of {total} videos, {size}: fetching {fileName}…':
    '{done}/{total} 个视频，{size}：正在获取 {fileName}…',
  'The ZIP is not finished. Stop it and close?': 'ZIP 尚未完成。要停止并关闭吗？',
  'Stop and close': '停止并关闭',
  'Keep downloading': '继续下载',
  'Cancelled: no ZIP was saved.': '已取消：未保存 ZIP 文件。',
  'Could not write the ZIP: {reason}': '无法写入 ZIP 文件：{reason}',
  'The unfinished file {fileName} was removed.': '未完成的文件 {fileName} 已删除。',
  '{fileName} was left unfinished: delete it.': '{fileName} 未写完，请将其删除。',
  'Saved {count} videos ({size}) in {fileName}.':
    '已将 {count} 个视频（{size}）保存到 {fileName}。',
  'No video could be fetched, so no ZIP was saved.': '没有获取到任何视频，因此未保存 ZIP 文件。',
  'Could not fetch {count} videos:': '{count} 个视频无法获取：',
  'Videos not fetched': '未获取的视频',
  'the host answered HTTP {status} (the link may have expired)':
    '文件服务器返回 HTTP {status}（链接可能已过期）',
  'the host answered HTTP {status}': '文件服务器返回 HTTP {status}',
  'the host refused a browser download: CORS or an expired link':
    '文件服务器拒绝了浏览器下载：CORS 限制或链接已过期',
  'the connection broke off before the whole file arrived': '文件未下载完连接就中断了',
};
