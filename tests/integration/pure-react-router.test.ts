// The plugin that lets unused React Router components drop out of the first page
// (scripts/pure-react-router-plugin.ts): what it changes, and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { pureReactRouter } from '../../scripts/pure-react-router-plugin';

const ROUTER_FILE = '/app/node_modules/react-router/dist/production/chunk-ABC.mjs';

function transform(code: string, id = ROUTER_FILE): string | undefined {
  const plugin = pureReactRouter();
  const hook = plugin.transform;
  if (typeof hook !== 'object' || hook === null || !('handler' in hook)) {
    throw new Error('expected an object transform hook with a filter');
  }
  const filter = hook.filter?.id;
  if (!(filter instanceof RegExp)) throw new Error('expected an id filter');
  return filter.test(id) ? run(hook.handler, code, id) : undefined;
}

function run(handler: (...args: never[]) => unknown, code: string, id: string) {
  // The handler reads nothing from its context.
  const result = Reflect.apply(handler, undefined, [code, id]) as
    { code: string } | null | undefined;
  return result?.code;
}

describe('pureReactRouter', () => {
  it('marks top-level component and context definitions pure and drops their display names', () => {
    const code = [
      'var LocationContext = React.createContext(null);',
      'LocationContext.displayName = "Location";',
      'var Link = React10.forwardRef(function Link2(props, ref) {});',
      'Link.displayName = "Link";',
      'var MemoizedDataRoutes = React3.memo(DataRoutes2);',
    ].join('\n');
    expect(transform(code)?.split('\n')).toEqual([
      'var LocationContext = /* @__PURE__ */ React.createContext(null);',
      '',
      'var Link = /* @__PURE__ */ React10.forwardRef(function Link2(props, ref) {});',
      '',
      'var MemoizedDataRoutes = /* @__PURE__ */ React3.memo(DataRoutes2);',
    ]);
  });

  it('leaves calls that do work, and writes inside functions, as they are', () => {
    const code = [
      'function createRoutesFromChildren(children) {',
      '  React.Children.forEach(children, (element) => {});',
      '  activeRef.current = true;',
      '  Component.displayName = "Inner";',
      '}',
      'RenderErrorBoundary.contextType = RSCRouterContext;',
    ].join('\n');
    expect(transform(code)).toBeUndefined();
  });

  it('touches no other package and none of the app’s own files', () => {
    const code = 'var Ctx = React.createContext(null);\nCtx.displayName = "Ctx";';
    expect(transform(code, '/app/node_modules/@tanstack/react-query/build/modern/x.js')).toBe(
      undefined,
    );
    expect(transform(code, '/app/src/features/react-router/dist/x.ts')).toBeUndefined();
  });
});
