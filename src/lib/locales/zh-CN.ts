// Simplified Chinese, keyed by the English message. Loaded only when the page is in Chinese.
// One file per part of the app; tests/unit/lib/catalog-completeness.test.ts checks the whole.
import type { Catalog } from '../i18n';
import { common } from './zh-CN/common';
import { settings } from './zh-CN/settings';

const catalog: Catalog = { ...common, ...settings };

export default catalog;
