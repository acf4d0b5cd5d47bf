// The Settings page: the provider's address and endpoints, the key, and how fast to ask.
export const settings = {
  'Nothing was saved: fix the fields marked in red.': '未保存任何内容：请修改标红的字段。',
  'Saved.': '已保存。',
  'Saved. Add an API key to start polling.': '已保存。添加 API 密钥后即开始轮询。',
  'The key was removed from every open tab and from this device.':
    '已从所有打开的标签页和本设备中移除该密钥。',
  'Base URL': '接口地址',
  "The provider's API address, with or without /v1. Default {url}.":
    '服务商的 API 地址，带不带 /v1 均可。默认为 {url}。',
  'Use built-in simulator': '使用内置模拟器',
  'Query endpoints': '查询端点',
  "One path per line, with {id} where the task id goes. Each task is asked at the first path that knows it, and remembered there; ids like <code>veo…:</code>, <code>grok:</code>, <code>cgt-…</code> try their family's path first. Add your provider's own paths, e.g. <code>/api/v3/contents/generations/tasks/{id}</code> or <code>/kling/v1/videos/text2video/{id}</code>.":
    '每行一个路径，用 {id} 表示任务 ID 的位置。每个任务依次尝试各路径，在第一个能查到它的路径上查询并记住该路径；<code>veo…:</code>、<code>grok:</code>、<code>cgt-…</code> 这类 ID 会先尝试其所属系列的路径。可添加服务商自己的路径，例如 <code>/api/v3/contents/generations/tasks/{id}</code> 或 <code>/kling/v1/videos/text2video/{id}</code>。',
  'Restore default endpoints': '恢复默认端点',
  'API key': 'API 密钥',
  "Sent only to the base URL's own server, as <code>Authorization: Bearer …</code>":
    '仅以 <code>Authorization: Bearer …</code> 的形式发送到接口地址所在的服务器。',
  'Hide key': '隐藏密钥',
  'Show key': '显示密钥',
  'Remember on this device': '在本设备上记住',
  'The key will be stored in this browser until you press “Forget key”: anyone using this device profile can read it.':
    '密钥将保存在此浏览器中，直到你点击“忘记密钥”；使用此设备配置文件的任何人都能读取它。',
  'Without this, the key is kept only while a tab of this dashboard is open; tabs opened meanwhile take it from an open one.':
    '不勾选时，密钥仅在本控制台有标签页打开期间保留；期间新打开的标签页会从已打开的标签页获取密钥。',
  'Optional. Some resellers ask for it, e.g. api.quickrouter.ai.':
    '选填。部分中转服务商要求填写，例如 api.quickrouter.ai。',
  'Poll interval': '轮询间隔',
  "Seconds between checks of each unfinished task ({range}). Every check spends your key's rate limit.":
    '每个未完成任务两次查询之间的秒数（{range}）。每次查询都会消耗密钥的限流额度。',
  'Max requests in flight': '最大并发请求数',
  'At most this many requests at once ({range}).': '同时进行的请求不超过此数量（{range}）。',
  'Requests per second': '每秒请求数',
  "Budget for one base URL. A 429 pauses it until the provider's wait is over.":
    '单个接口地址的请求额度。遇到 429 时会暂停，直到服务商要求的等待时间结束。',
  'Send requests through this server': '通过本服务器转发请求',
  "For providers that do not allow browsers to call them (CORS). This server forwards the request to the provider if its host is on the server's allow-list.":
    '适用于不允许浏览器直接调用的服务商（CORS）。若服务商的主机在本服务器的允许列表中，本服务器会将请求转发给它。',
  Save: '保存',
  'Forget key': '忘记密钥',
  'Changes you made earlier and did not save are filled in below.':
    '下方已填入你之前未保存的修改。',
  'Discard changes': '放弃修改',
  'This base URL cannot be used.': '无法使用此接口地址。',
  'An API key has no spaces inside. Paste only the key, without “Bearer”.':
    'API 密钥中不含空格。请只粘贴密钥本身，不要带“Bearer”。',
  'Enter a host name only, like api.quickrouter.ai (no https://, no path).':
    '请只填写主机名，例如 api.quickrouter.ai（不带 https://，也不带路径）。',
  'Enter a number of seconds from {min} to {max}.': '请输入 {min} 到 {max} 之间的秒数。',
  'Enter a whole number from 1 to {max}.': '请输入 1 到 {max} 之间的整数。',
};
