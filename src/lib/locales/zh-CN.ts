// Simplified Chinese, keyed by the English message. Loaded only when the page is in Chinese.
// One file per part of the app; tests/unit/lib/catalog-completeness.test.ts checks the whole.
import type { Catalog } from '../i18n';
import { common } from './zh-CN/common';
import { detail } from './zh-CN/detail';
import { domain } from './zh-CN/domain';

const catalog: Catalog = { ...common, ...detail, ...domain };

export default catalog;
