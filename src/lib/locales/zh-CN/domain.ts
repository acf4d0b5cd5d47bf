// Text made outside the pages and shown by them: failure explanations, time left, the HTTP
// seam's errors, the Query endpoint checks, the readers' own words.
export const domain = {
  'The provider no longer has this task: {endpoint} answered for it before and now says it does not exist. It expired or was removed.':
    '服务商已不再保留此任务：{endpoint} 之前返回过它，现在却说它不存在。任务已过期或被删除。',
  "Not found at any endpoint: asked {endpoints}. Check the id and the base URL, or add your provider's path under Settings → Query endpoints.":
    '所有端点都未找到：已查询 {endpoints}。请检查任务 ID 和接口地址，或在“设置 → 查询端点”中添加服务商的路径。',
  'The built-in simulator did not answer. Start the dashboard with “npm start” to use the demo.':
    '内置模拟器没有响应。请用“npm start”启动控制台以使用演示。',
  'The provider answered with JSON instead of the video, and it holds no usable video address (https).':
    '服务商返回的是 JSON 而不是视频，其中也没有可用的视频地址（https）。',
  'Enter the API base URL, for example https://api.quickrouter.ai.':
    '请输入 API 接口地址，例如 https://api.quickrouter.ai。',
  "“{address}” is not a URL: {why}. Use the API's address, for example https://api.quickrouter.ai.":
    '“{address}”不是网址：{why}。请使用 API 的地址，例如 https://api.quickrouter.ai。',
  'an address has no spaces': '地址中不能有空格',
  'the host name is missing': '缺少主机名',
  "“{address}” is not a URL. Use the API's address, for example https://api.quickrouter.ai.":
    '“{address}”不是网址。请使用 API 的地址，例如 https://api.quickrouter.ai。',
  'The base URL must start with https:// (plain http is only allowed for localhost).':
    '接口地址必须以 https:// 开头（仅 localhost 允许使用 http）。',
  'The base URL must not contain a user name, password, query or fragment: put the key in the API key field.':
    '接口地址不能包含用户名、密码、查询参数或片段：请把密钥填在 API 密钥一栏。',
  'The provider answered with an error (code {code}): “{said}”. Fix what it names, then press Refresh.':
    '服务商返回了错误（代码 {code}）：“{said}”。请按提示修正后点击刷新。',
  'The provider answered with an error (code {code}). Fix what it names, then press Refresh.':
    '服务商返回了错误（代码 {code}）。请按提示修正后点击刷新。',
  '{message} The provider said: “{said}”': '{message}服务商的原话：“{said}”',
  "This server's proxy could not forward the request.": '本服务器的代理无法转发该请求。',
  'The provider rejected the API key (401). Check the key in Settings.':
    '服务商拒绝了该 API 密钥（401）。请在设置中检查密钥。',
  'This key may not read this task (403). Check the key and the base URL in Settings.':
    '此密钥无权读取该任务（403）。请在设置中检查密钥和接口地址。',
  'Task not found ({status}). The id may be mistyped, expired, or belong to another provider.':
    '未找到任务（{status}）。ID 可能有误、已过期，或属于其他服务商。',
  'Rate limited (429): too many requests for this key. Retrying automatically.':
    '已被限流（429）：此密钥的请求过多。正在自动重试。',
  'Rate limited (429): too many requests for this key. Retrying automatically. The provider asked to wait {seconds} s.':
    '已被限流（429）：此密钥的请求过多。正在自动重试。服务商要求等待 {seconds} 秒。',
  'The provider had a problem (HTTP {status} (an HTML error page)).':
    '服务商出错（HTTP {status}（HTML 错误页））。',
  'The provider had a problem (HTTP {status}).': '服务商出错（HTTP {status}）。',
  '{problem} A gateway in front of the provider gave up waiting for it. Retrying automatically.':
    '{problem}服务商前面的网关等待超时，已放弃。正在自动重试。',
  '{problem} Retrying automatically.': '{problem}正在自动重试。',
  'The provider refused the request (HTTP {status}).': '服务商拒绝了该请求（HTTP {status}）。',
  'Refusing to send the API key to {origin}.': '拒绝将 API 密钥发送到 {origin}。',
  'No answer from {origin} within {seconds} s. Retrying automatically.':
    '{origin} 在 {seconds} 秒内没有响应。正在自动重试。',
  'Could not reach {origin}. This server could not be reached.':
    '无法连接 {origin}。无法连接到本服务器。',
  'Could not reach {origin}. The provider may be down, or it does not allow requests from browsers (CORS): turn on “Send requests through this server” in Settings.':
    '无法连接 {origin}。服务商可能已宕机，或不允许来自浏览器的请求（CORS）：请在设置中开启“通过本服务器转发请求”。',
  'Paused: the provider rejected this API key. Enter a valid key in Settings to resume.':
    '已暂停：服务商拒绝了此 API 密钥。请在设置中输入有效的密钥以继续。',
  'no content type': '无内容类型',
  "The provider answered with an empty body. Check that the base URL is the API's address, not a web page.":
    '服务商返回了空的响应体。请确认接口地址是 API 的地址，而不是网页。',
  "The provider answered with a body that is not JSON ({type}). Check that the base URL is the API's address, not a web page.":
    '服务商返回的响应体不是 JSON（{type}）。请确认接口地址是 API 的地址，而不是网页。',
  "Line {number} (“{line}”) is on another address. Query endpoints are paths on the base URL's server (your key goes only there): write the path alone, like /v1/videos/{id}, or change the Base URL.":
    '第 {number} 行（“{line}”）指向其他地址。查询端点是接口地址所在服务器上的路径（密钥只会发往那里）：请只写路径，例如 /v1/videos/{id}，或修改接口地址。',
  'Line {number} (“{line}”) has a space in it. Write one path per line, without spaces.':
    '第 {number} 行（“{line}”）包含空格。每行写一个路径，不要有空格。',
  'Line {number} (“{line}”) must start with a single /, like /v1/videos/{id}.':
    '第 {number} 行（“{line}”）必须以单个 / 开头，例如 /v1/videos/{id}。',
  'Line {number} (“{line}”) has no {id}. Put {id} where the task id goes, like /v1/videos/{id}.':
    '第 {number} 行（“{line}”）缺少 {id}。请在任务 ID 的位置写上 {id}，例如 /v1/videos/{id}。',
  'Line {number} (“{line}”) has {id} more than once. Use it once.':
    '第 {number} 行（“{line}”）包含多个 {id}。只能使用一次。',
  'Line {number} (“{line}”) has characters a URL path cannot hold (such as # or \\).':
    '第 {number} 行（“{line}”）包含网址路径中不能出现的字符（例如 # 或 \\）。',
  'Line {number} (“{line}”) has a . or .. segment. Write the path out in full.':
    '第 {number} 行（“{line}”）包含 . 或 .. 路径段。请写出完整路径。',
  'List at least one query endpoint, for example {example}.':
    '请至少填写一个查询端点，例如 {example}。',
  'List at most {max} query endpoints: every one can cost a request per task.':
    '最多填写 {max} 个查询端点：每个端点都可能让每个任务多花一次请求。',
  'Moderation refused the prompt or an input image': '内容审核拒绝了提示词或输入图片',
  'The provider’s content rules stopped this task before or while generating it.':
    '服务商的内容规则在生成前或生成过程中拦下了此任务。',
  'Reword the prompt or change the input images, then submit a new task.':
    '修改提示词或更换输入图片后，重新提交一个任务。',
  'The finished video was rejected by moderation': '生成的视频未通过内容审核',
  'The video was generated, then the provider’s safety check refused to release it.':
    '视频已经生成，但服务商的安全检查拒绝放出。',
  'Reword the prompt (avoid what the reason names) and submit again. Ask your reseller whether rejected outputs are refunded.':
    '修改提示词（避开原因中提到的内容）后重新提交。可向中转服务商确认被拒的输出是否退款。',
  'Out of quota or credit': '额度或余额不足',
  'The provider refused the work because of the account’s balance, quota or plan.':
    '由于账户余额、额度或套餐限制，服务商拒绝了此任务。',
  'Top up or check the plan with your reseller, then submit again.':
    '请向中转服务商充值或确认套餐，然后重新提交。',
  'Expired or not found': '已过期或未找到',
  'The provider does not know this id: it may be mistyped, expired, or belong to another provider or key.':
    '服务商不认识此 ID：可能输入有误、已过期，或属于其他服务商或密钥。',
  'Check the id and the base URL; providers keep finished tasks only for a while.':
    '请检查任务 ID 和接口地址；服务商只会保留已完成的任务一段时间。',
  'Timed out': '超时',
  'The generation, or the request for it, took longer than the provider allows.':
    '生成过程或对它的请求耗时超过了服务商的上限。',
  'Submit again; shorter or smaller videos finish faster.':
    '请重新提交；更短或更小的视频完成得更快。',
  'Provider unreachable': '无法连接服务商',
  'The dashboard could not reach the provider: it may be down, or it does not accept requests from browsers (CORS).':
    '控制台无法连接服务商：它可能已宕机，或不接受来自浏览器的请求（CORS）。',
  'Turn on “Send requests through this server” in Settings, or try again later.':
    '在设置中开启“通过本服务器转发请求”，或稍后再试。',
  'The provider could not make this video': '服务商未能生成此视频',
  'Something went wrong on the provider’s side.': '服务商那边出了问题。',
  'Submitting the same request again often works; if it keeps failing, contact your reseller with the task id.':
    '重新提交相同的请求通常就能成功；如果一直失败，请带上任务 ID 联系中转服务商。',
  'The provider’s safety filter held back the generated video.':
    '服务商的安全过滤器拦下了生成的视频。',
  'The finished video was rejected by the provider’s moderation.':
    '生成的视频被服务商的内容审核拒绝。',
  'The provider marked this task as failed without giving a reason.':
    '服务商将此任务标记为失败，但没有给出原因。',
  'the provider reports no progress for this task': '服务商没有报告此任务的进度',
  'its progress has not moved for over 5 minutes': '进度已超过 5 分钟没有变化',
  'it needs a few more updates to measure the rate': '还需要几次更新才能测出速度',
  'the queue has not moved enough to measure': '队列移动太少，无法测算',
  'the provider gives no queue position': '服务商没有给出队列位置',
  'nothing has been heard from the provider yet': '尚未收到服务商的任何响应',
  'the provider’s status is unclear': '服务商的状态不明确',
  'any moment now': '随时',
  'about {duration}': '约 {duration}',
  'done any moment now': '随时完成',
  '{duration} left': '剩余 {duration}',
  'leaves the queue any moment now': '随时离开队列',
  'leaves the queue in {duration}': '{duration}后离开队列',
  'the provider reports no progress, nor which model this is to compare it with':
    '服务商没有报告进度，也没有说明是哪个模型，无从比较',
  'no progress reported, and {reason}': '没有报告进度，且{reason}',
  'no finished {model} tasks known in this browser yet; {needed} are needed':
    '此浏览器中还没有已完成的 {model} 任务；需要 {needed} 个',
  'only {count} finished {model} tasks known in this browser; {needed} are needed':
    '此浏览器中只有 {count} 个已完成的 {model} 任务；需要 {needed} 个',
  '{n} s': '{n} 秒',
  '{n} min': '{n} 分钟',
  '{n} h': '{n} 小时',
  'under {duration}': '不到 {duration}',
  'usually {span}': '通常 {span}',
  'usually {span} for {model}, from {count} earlier tasks':
    '{model} 通常 {span}，依据之前的 {count} 个任务',
  'timed by the provider’s created and completed times': '按服务商给出的创建和完成时间计时',
  'timed from when this browser first saw each one until it saw it finish':
    '从此浏览器首次看到每个任务起，到看到它完成为止计时',
  '{provider} timed by the provider, {seen} by when this browser saw them':
    '{provider} 个按服务商计时，{seen} 个按此浏览器看到的时间计时',
  'taking longer than usual': '比平时更久',
  'up to {duration} left': '最多剩余 {duration}',
  'taking longer': '耗时更久',
  '{clock} elapsed · {usual}': '已用 {clock} · {usual}',
  '{clock} since first seen · {usual}': '首次看到后已过 {clock} · {usual}',
  '(whole body)': '（整个响应体）',
  'The file is larger than {size}.': '文件大于 {size}。',
  'input moderation': '输入内容审核',
  'output moderation': '输出内容审核',
  'quota or billing': '额度或计费',
  'expired or not found': '已过期或未找到',
  'timed out': '超时',
  unreachable: '无法连接',
  'provider error': '服务商错误',
};
