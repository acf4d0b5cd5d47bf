// The Chinese catalog against the source: every message the source passes to t(), tp() and
// <RichText> is translated, no translation is left over from a message that is gone, and each
// translation keeps its message's placeholders and tags. The source must write its messages out
// (a literal), or no catalog could be checked against it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import catalog from '../../../src/lib/locales/zh-CN';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Found {
  messages: Map<string, string>; // message → where it was first seen
  unreadable: string[];
}

function literal(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    return node.text;
  }
  return undefined;
}

function findMessages(): Found {
  const found: Found = { messages: new Map(), unreadable: [] };
  const files = sourceFiles(join(root, 'src')).filter((file) => !file.includes('/locales/'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const add = (message: string | undefined, node: ts.Node, what: string) => {
      if (message === undefined) found.unreadable.push(`${what} at ${where(node)}`);
      else if (!found.messages.has(message)) found.messages.set(message, where(node));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        if (name === 't') add(literal(node.arguments[0]), node, 't()');
        if (name === 'tp') {
          const forms = node.arguments[1];
          const form = (key: string) =>
            forms && ts.isObjectLiteralExpression(forms)
              ? forms.properties.find(
                  (property): property is ts.PropertyAssignment =>
                    ts.isPropertyAssignment(property) && property.name.getText() === key,
                )?.initializer
              : undefined;
          add(
            literal(form('one')) === undefined ? undefined : literal(form('other')),
            node,
            'tp()',
          );
        }
      }
      if (
        (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) &&
        node.tagName.getText() === 'RichText'
      ) {
        const attribute = node.attributes.properties.find(
          (property): property is ts.JsxAttribute =>
            ts.isJsxAttribute(property) && property.name.getText() === 'message',
        );
        add(attribute?.initializer && literal(attribute.initializer), node, '<RichText message>');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const placeholders = (message: string) => [...message.matchAll(/\{\w+\}/g)].map(String).sort();
const tags = (message: string) => [...message.matchAll(/<\/?\w+>/g)].map(String).sort();

describe('the zh-CN catalog', () => {
  const { messages, unreadable } = findMessages();

  it('can read every message in the source', () => {
    expect(unreadable).toEqual([]);
    // Guards the reader itself: the app has hundreds of messages.
    expect(messages.size).toBeGreaterThan(10);
  });

  it('translates every message', () => {
    const missing = [...messages].filter(([message]) => !(message in catalog));
    expect(missing.map(([message, where]) => `${where}: ${message}`)).toEqual([]);
  });

  it('has no translation of a message the source no longer has', () => {
    expect(Object.keys(catalog).filter((message) => !messages.has(message))).toEqual([]);
  });

  it('keeps each message’s placeholders and tags', () => {
    const broken = Object.entries(catalog).filter(
      ([english, chinese]) =>
        placeholders(english).join() !== placeholders(chinese).join() ||
        tags(english).join() !== tags(chinese).join(),
    );
    expect(broken).toEqual([]);
  });

  it('translates each message in one file only', async () => {
    const dir = join(root, 'src/lib/locales/zh-CN');
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const name of readdirSync(dir)) {
      const part: Record<string, Record<string, string>> = await import(join(dir, name));
      for (const message of Object.keys(Object.values(part)[0] ?? {})) {
        const first = seen.get(message);
        if (first) twice.push(`${message} (${first}, ${name})`);
        seen.set(message, name);
      }
    }
    expect(twice).toEqual([]);
  });
});
