// The detail page's video: the player, its toolbar, download, link expiry and media problems.
export const video = {
  'The file is larger than {size}, too big to save from this page.':
    '文件大于 {size}，过大，无法从此页面保存。',
  'The provider answered HTTP {status} (the link may have expired).':
    '服务商返回了 HTTP {status}（链接可能已过期）。',
  'The provider answered HTTP {status}.': '服务商返回了 HTTP {status}。',
  'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.':
    '服务商不允许此页面读取该文件（没有 CORS 响应头），因此无法从这里保存。',
  'Cancelled.': '已取消。',
  'This provider serves the video only with your API key, so the page fetches the whole file (up to {size}) when you ask.':
    '该服务商只在带上你的 API 密钥时才提供视频，因此页面会在你请求时下载整个文件（最大 {size}）。',
  'Fetching the video with your key… {received}': '正在用你的密钥获取视频… {received}',
  'Fetching the video with your key… {received} of {total}':
    '正在用你的密钥获取视频… {received} / {total}',
  Cancel: '取消',
  'Load video': '加载视频',
  'Try again': '重试',
  'Download video': '下载视频',
  'Could not load the video: {reason}': '无法加载视频：{reason}',
  'Open in a new tab': '在新标签页中打开',
  'The video is on another host': '视频位于其他主机上',
  "The provider serves this file only with your API key, and it is on <host>{origin}</host>, not on your API's address (<host>{apiOrigin}</host>). Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers.":
    '该服务商只在带上你的 API 密钥时才提供此文件，而它位于 <host>{origin}</host>，不在你的 API 地址（<host>{apiOrigin}</host>）上。你的密钥只会发送给 API，因此页面不会获取它。可在新标签页中打开，查看该主机的响应。',
  'The provider serves this file only with your API key, and it is on <host>{origin}</host>. Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers.':
    '该服务商只在带上你的 API 密钥时才提供此文件，而它位于 <host>{origin}</host>。你的密钥只会发送给 API，因此页面不会获取它。可在新标签页中打开，查看该主机的响应。',
  'This video link expired <time>{when}</time>. Refresh the task to ask the provider for a fresh one.':
    '此视频链接已于<time>{when}</time>过期。请刷新任务，向服务商获取新链接。',
  'This video link expires <time>{when}</time>. Download it before then.':
    '此视频链接将于<time>{when}</time>过期，请在此之前下载。',
  'The download of the file broke off (a network error).': '文件下载中断（网络错误）。',
  'The file is damaged or uses an encoding this browser cannot decode.':
    '文件已损坏，或使用了此浏览器无法解码的编码。',
  'The address was refused or the file is not a video this browser plays: an expired or revoked link fails this way.':
    '地址被拒绝，或该文件不是此浏览器能播放的视频：过期或被撤销的链接会出现这种情况。',
  'The browser could not play the file.': '浏览器无法播放此文件。',
  'The task was fetched again, but the provider sent the same link.':
    '已重新获取任务，但服务商返回的仍是同一个链接。',
  'The provider sent a fresh link, and it did not play either.':
    '服务商返回了新链接，但同样无法播放。',
  'Asking the provider for a fresh link failed: {error}': '向服务商获取新链接失败：{error}',
  'no answer': '没有响应',
  'The video cannot be played': '视频无法播放',
  'The video link has expired': '视频链接已过期',
  'It stopped working <time>{when}</time> ({date}). {reason}':
    '它已于<time>{when}</time>（{date}）失效。{reason}',
  // Chinese puts no space between sentences.
  '{problem} {reason}': '{problem}{reason}',
  'Download the file and play it with another player.': '请下载文件，用其他播放器播放。',
  'Refresh to ask the provider for a new link, or open the link in a new tab to see what the provider answers.':
    '刷新以向服务商获取新链接，或在新标签页中打开链接，查看服务商的响应。',
  'Open the link in a new tab to see what the provider answers.':
    '在新标签页中打开链接，查看服务商的响应。',
  'Open the link in a new tab': '在新标签页中打开链接',
  Playback: '播放',
  'Previous frame': '上一帧',
  'Next frame': '下一帧',
  'Frame –': '帧 –',
  'Frame {frame} of ~{total}': '第 {frame} 帧，共约 {total} 帧',
  'Frame {frame} of {total}': '第 {frame} 帧，共 {total} 帧',
  '(the provider gave no frame count: {fps} fps assumed until the video plays)':
    '（服务商未提供总帧数：在视频播放前按 {fps} fps 估算）',
  Speed: '速度',
  Loop: '循环',
  'Exit full screen': '退出全屏',
  'Full screen': '全屏',
  'there is no API key in this tab.': '此标签页中没有 API 密钥。',
  'Showing frame {frame} in the video, paused.': '已在视频中显示第 {frame} 帧，并暂停。',
  'The video is not loaded yet, so frame {frame} cannot be shown.':
    '视频尚未加载，无法显示第 {frame} 帧。',
  'This browser does not allow full screen here. Use the video’s own full-screen button, or your browser’s full-screen key (F11).':
    '此浏览器不允许在这里全屏。请使用视频自带的全屏按钮，或浏览器的全屏快捷键（F11）。',
  'The browser refused full screen ({reason}). Use the video’s own full-screen button, or your browser’s full-screen key (F11).':
    '浏览器拒绝了全屏（{reason}）。请使用视频自带的全屏按钮，或浏览器的全屏快捷键（F11）。',
  'The browser refused full screen. Use the video’s own full-screen button, or your browser’s full-screen key (F11).':
    '浏览器拒绝了全屏。请使用视频自带的全屏按钮，或浏览器的全屏快捷键（F11）。',
  'Downloading… {received}': '正在下载… {received}',
  'Saved as {fileName}.': '已保存为 {fileName}。',
  '{why} The video was opened in a new tab instead: save it from there. If no tab opened, use “Open in a new tab”.':
    '{why}已改为在新标签页中打开视频，请在那里保存。如果没有打开新标签页，请点击“在新标签页中打开”。',
  'Could not download the video: {why}': '无法下载视频：{why}',
  'No video: the task failed.': '没有视频：任务失败。',
  'No video: the task was cancelled.': '没有视频：任务已取消。',
  'No video: the provider let this task expire (it ran out of time, or the provider no longer keeps its video). Generate it again if you still need it.':
    '没有视频：服务商已让此任务过期（超出时限，或服务商不再保留其视频）。如仍需要，请重新生成。',
  'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.':
    '服务商返回的视频地址不是 https，因此不在这里播放。可在原始响应中查看该地址。',
  'The task finished but the provider sent no video address.':
    '任务已完成，但服务商没有返回视频地址。',
  'The video appears here when the task is done.': '任务完成后，视频会显示在这里。',
  'Copy link': '复制链接',
  'Asking the provider for a fresh link…': '正在向服务商获取新链接…',
  'The video did not load; asking the provider for a fresh link…':
    '视频未能加载，正在向服务商获取新链接…',
  'Player of {id}': '{id} 的播放器',
  'Video of {id}': '{id} 的视频',
  'Keys while the player has focus: <key>,</key> and <key>.</key> step one frame back and forward; <key>Space</key> on the video plays and pauses. Frames are numbered from 0, as the provider numbers them.':
    '播放器获得焦点时的快捷键：<key>,</key> 和 <key>.</key> 分别后退、前进一帧；在视频上按 <key>空格</key> 播放或暂停。帧从 0 开始编号，与服务商的编号一致。',
  'Frame steps work once the video has loaded.': '视频加载完成后才能逐帧查看。',
};
