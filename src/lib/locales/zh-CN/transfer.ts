// Keeping and sharing the list (issue 12): Export (JSON, CSV, a share link), Import, and the
// offer a shared link opens.
export const transfer = {
  // Export
  'Export {count} tasks': '导出 {count} 个任务',
  'Saves each task’s id, batch, last known status, model, prompt, when it was created and added, and its video link where that is not a signed one. Never your API key.':
    '保存每个任务的 ID、批次、最后已知状态、模型、提示词、创建时间和添加时间，以及视频链接（带签名的链接除外）。绝不包含你的 API 密钥。',
  'Download JSON': '下载 JSON',
  'Download CSV': '下载 CSV',
  'In the CSV, a cell that starts with = + - or @ gets an apostrophe in front, so that a spreadsheet shows it instead of running it.':
    'CSV 中以 = + - 或 @ 开头的单元格前会加一个撇号，这样电子表格只会显示它，而不会把它当作公式执行。',
  '{count} video links are left out: they are signed, expire or need your API key (a signed link lets anyone who has the file download the video).':
    '有 {count} 个视频链接未导出：它们带签名、会过期或需要你的 API 密钥（带签名的链接能让任何拿到文件的人下载视频）。',
  'Share link': '分享链接',
  'A link to this dashboard with {count} task ids, their batches, the base URL and the Query endpoints; never your API key. Whoever opens it is asked before anything is added or changed.':
    '一个指向本面板的链接，包含 {count} 个任务 ID、它们的批次、接口地址和查询端点，绝不包含你的 API 密钥。打开链接的人在添加或更改任何内容之前都会先被询问。',
  'The user name and password in the base URL are left out of the link: they would let anyone use your account.':
    '链接中不包含接口地址里的用户名和密码：它们会让任何人都能使用你的账户。',
  'These parts of the base URL are left out of the link, as they look like keys or signatures: {names}.':
    '接口地址中的以下部分看起来像密钥或签名，未放入链接：{names}。',
  'These parameters of the Query endpoints are left out of the link, as they look like keys or signatures: {names}.':
    '查询端点中的以下参数看起来像密钥或签名，未放入链接：{names}。',
  'Copy share link': '复制分享链接',

  // Import
  Import: '导入',
  'The file is larger than 20 MB, too large for a list of tasks.':
    '文件超过 20 MB，作为任务列表来说太大了。',
  'The file could not be read. Choose it again.': '无法读取该文件，请重新选择。',
  'The file is not text: choose the .json or .csv file that Export saved, or a text file with one task id per line.':
    '该文件不是文本文件：请选择“导出”保存的 .json 或 .csv 文件，或每行一个任务 ID 的文本文件。',
  'Imported “{file}”': '已导入“{file}”',
  'Nothing was added from “{file}”': '未从“{file}”添加任何任务',
  '{count} were already in the list and stay as they were.': '{count} 个已在列表中，保持不变。',
  '{count} of them are in other batches in the file. Their batches in your list were kept:':
    '其中 {count} 个在文件中属于其他批次，已保留它们在你列表中的批次：',
  '{id}: no batch in your list, “{incoming}” in the file':
    '{id}：列表中无批次，文件中为“{incoming}”',
  '{id}: “{batch}” in your list, “{incoming}” in the file':
    '{id}：列表中为“{batch}”，文件中为“{incoming}”',
  'Use the file’s batches': '使用文件中的批次',
  'Put {count} tasks in the file’s batches.': '已将 {count} 个任务放入文件中的批次。',
  '{count} entries could not be read and were left out:': '{count} 项无法读取，已跳过：',
  'The file has no task ids in it.': '文件中没有任务 ID。',
  'The file starts like JSON but is not valid JSON, so nothing was imported.':
    '文件看起来是 JSON，但不是有效的 JSON，因此没有导入任何内容。',
  'The JSON has no list of tasks (an export has them under “tasks”).':
    '该 JSON 中没有任务列表（导出文件中的任务位于“tasks”下）。',
  'A quoted value that starts on line {number} is never closed, so nothing was imported.':
    '从第 {number} 行开始的带引号的值没有闭合，因此没有导入任何内容。',
  'Line {number}: “{id}” is not a task id.': '第 {number} 行：“{id}”不是任务 ID。',
  'Task {number} in the file: “{id}” is not a task id.':
    '文件中的第 {number} 个任务：“{id}”不是任务 ID。',
  'Line {number}: “{id}” is a long number that a spreadsheet has rounded. Import the file as exported (not saved again from the spreadsheet), or the JSON export.':
    '第 {number} 行：“{id}”是被电子表格四舍五入过的长数字。请导入导出时的原文件（不要用电子表格另存），或导入 JSON 格式的导出文件。',
  'Task {number} in the file: “{id}” is a long number that a spreadsheet has rounded. Import the file as exported (not saved again from the spreadsheet), or the JSON export.':
    '文件中的第 {number} 个任务：“{id}”是被电子表格四舍五入过的长数字。请导入导出时的原文件（不要用电子表格另存），或导入 JSON 格式的导出文件。',
  'Task {number} in the file: the id {id} is written as a number, which JSON cannot hold exactly; write it in quotes.':
    '文件中的第 {number} 个任务：ID {id} 写成了数字，JSON 无法精确保存这么长的数字，请给它加上引号。',
  'Line {number} has no task id.': '第 {number} 行没有任务 ID。',
  'Task {number} in the file has no task id.': '文件中的第 {number} 个任务没有任务 ID。',
  'Line {number}: {id} is listed again (first on line {first}); it is taken once.':
    '第 {number} 行：{id} 重复出现（首次在第 {first} 行），只导入一次。',
  'Task {number} in the file: {id} is listed again (first as task {first}); it is taken once.':
    '文件中的第 {number} 个任务：{id} 重复出现（首次为第 {first} 个任务），只导入一次。',
  'Line {number}: the added date “{added}” is not a date; the task counts as added now.':
    '第 {number} 行：添加时间“{added}”不是有效日期，该任务按现在添加计。',
  'Task {number} in the file: the added date “{added}” is not a date; the task counts as added now.':
    '文件中的第 {number} 个任务：添加时间“{added}”不是有效日期，该任务按现在添加计。',

  // A shared link, opened
  'A shared list of tasks': '分享的任务列表',
  'This share link is damaged or incomplete, so nothing in it can be used. Ask for the link again.':
    '此分享链接已损坏或不完整，其中的内容都无法使用。请重新索取链接。',
  'The link lists {count} tasks. Nothing is added until you say so.':
    '链接中有 {count} 个任务。在你确认之前不会添加任何任务。',
  'Tasks in the link': '链接中的任务',
  '{count} entries of the link are not task ids and are left out: {entries}.':
    '链接中有 {count} 项不是任务 ID，已跳过：{entries}。',
  '{count} of them are already in your list and stay as they are.':
    '其中 {count} 个已在你的列表中，保持不变。',
  'Add {count} tasks': '添加 {count} 个任务',
  'The base URL in the link cannot be used, so yours stays: {problem}':
    '链接中的接口地址无法使用，保留你当前的接口地址：{problem}',
  'The link names another base URL: {url} (yours is {current}). Your API key is sent to the base URL: switch only if you trust this address.':
    '链接指定了另一个接口地址：{url}（你当前的是 {current}）。你的 API 密钥会发送到接口地址，请仅在信任该地址时切换。',
  'Use this base URL': '使用此接口地址',
  'The base URL is now {url}.': '接口地址已改为 {url}。',
  'The Query endpoints in the link cannot be used, so yours stay: each must be a path with {id}, like /v1/videos/{id}.':
    '链接中的查询端点无法使用，保留你当前的查询端点：每一项都必须是包含 {id} 的路径，例如 /v1/videos/{id}。',
  'The link names other Query endpoints:': '链接指定了其他查询端点：',
  'Use these Query endpoints': '使用这些查询端点',
  'The Query endpoints are now the link’s.': '查询端点已改为链接中的设置。',
};
