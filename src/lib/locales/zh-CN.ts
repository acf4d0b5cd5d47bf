// Simplified Chinese, keyed by the English message. Loaded only when the page is in Chinese.
// One file per part of the app; tests/unit/lib/catalog-completeness.test.ts checks the whole.
import type { Catalog } from '../i18n';
import { bulk } from './zh-CN/bulk';
import { common } from './zh-CN/common';
import { compare } from './zh-CN/compare';
import { detail } from './zh-CN/detail';
import { domain } from './zh-CN/domain';
import { keep } from './zh-CN/keep';
import { list } from './zh-CN/list';
import { notify } from './zh-CN/notify';
import { settings } from './zh-CN/settings';
import { transfer } from './zh-CN/transfer';
import { video } from './zh-CN/video';
import { zip } from './zh-CN/zip';

const catalog: Catalog = {
  ...bulk,
  ...common,
  ...compare,
  ...detail,
  ...domain,
  ...keep,
  ...list,
  ...notify,
  ...settings,
  ...transfer,
  ...video,
  ...zip,
};

export default catalog;
