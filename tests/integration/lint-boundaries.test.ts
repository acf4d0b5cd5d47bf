import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The dependency-direction rule went quietly inert once (no TypeScript resolver, so every
// extension-less import was skipped and nothing was checked). These cases lint virtual files
// with the project's own config at paths inside the real tree, importing real modules, so the
// rule must see each import and report the ones that cross a boundary. The files exist only
// here, so `eslint .` never sees them.
const root = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'import-x/no-restricted-paths';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    // Type-aware rules need a file the TypeScript project knows; these files are virtual, and
    // what is under test here is the import rule, which needs no type information.
    overrideConfig: { ...tseslint.configs.disableTypeChecked, files: ['**/*.{ts,tsx}'] },
  });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

async function restrictedImports(filePath: string, code: string) {
  const messages = await lint(filePath, code);
  return messages.filter((message) => message.ruleId === RULE).map((message) => message.line);
}

describe('the dependency-direction lint rule', () => {
  it('reports a feature importing another feature', async () => {
    const lines = await restrictedImports(
      'src/features/tasks/lint-fixture.tsx',
      [
        "import { TaskDetailPage } from '../task-detail/task-detail-page';",
        "import { SettingsPage } from '../settings/settings-page';",
        'export const pages = [TaskDetailPage, SettingsPage];',
      ].join('\n'),
    );
    expect(lines).toEqual([1, 2]);
  });

  it('reports a feature importing the app shell', async () => {
    const lines = await restrictedImports(
      'src/features/settings/lint-fixture.tsx',
      "import { AppShell } from '../../app/app-shell';\nexport const shell = AppShell;\n",
    );
    expect(lines).toEqual([1]);
  });

  it('reports shared api code importing a feature', async () => {
    const lines = await restrictedImports(
      'src/api/lint-fixture.ts',
      "import { filterTasks } from '../features/tasks/list-filters';\nexport const f = filterTasks;\n",
    );
    expect(lines).toEqual([1]);
  });

  it('reports each shared layer importing a layer above it', async () => {
    // lib -> domain -> stores -> api -> hooks -> components -> features -> app
    const cases = [
      ['src/lib/lint-fixture.ts', "import { parseTask } from '../domain/task-model';"],
      ['src/domain/lint-fixture.ts', "import { fetchTask } from '../api/get-task';"],
      ['src/domain/lint-fixture.ts', "import { lastAnswers } from '../stores/last-answers';"],
      ['src/stores/lint-fixture.ts', "import { fetchTask } from '../api/get-task';"],
      ['src/api/lint-fixture.ts', "import { useTask } from '../hooks/use-task';"],
      ['src/hooks/lint-fixture.ts', "import { TimeAgo } from '../components/ui/time-ago';"],
    ] as const;
    for (const [filePath, line] of cases) {
      const lines = await restrictedImports(filePath, `${line}\nexport const used = 1;\n`);
      expect({ filePath, line, lines }).toEqual({ filePath, line, lines: [1] });
    }
  });

  it('reports the server importing browser code', async () => {
    const lines = await restrictedImports(
      'server/lint-fixture.ts',
      "import { parseTask } from '../src/domain/task-model';\nexport const parse = parseTask;\n",
    );
    expect(lines).toEqual([1]);
  });

  it('passes imports that follow the direction, and scripts that import both sides', async () => {
    const feature = await lint(
      'src/features/tasks/lint-fixture.tsx',
      [
        "import { parseTask } from '../../domain/task-model';",
        "import { StatusBadge } from '../../components/ui/status-badge';",
        "import { TaskRow } from './task-row';",
        'export const parts = [parseTask, StatusBadge, TaskRow];',
      ].join('\n'),
    );
    expect(feature).toEqual([]);

    const script = await lint(
      'scripts/lint-fixture.ts',
      [
        "import { parseTask } from '../src/domain/task-model';",
        "import { createApp } from '../server/app';",
        'export const parts = [parseTask, createApp];',
      ].join('\n'),
    );
    expect(script).toEqual([]);
  });
});
