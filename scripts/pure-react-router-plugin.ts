// React Router's build defines its components at the top level with `React.forwardRef(…)`,
// `React.memo(…)` and `React.createContext(…)`, unannotated, and then sets `.displayName` on
// each. To a bundler both look like side effects, so every component of the package stayed in
// the first page's JS whether the app used it or not (`<Form>`, the data routers' error
// handling, the framework's prefetching). This adds the `@__PURE__` annotation its build leaves
// out, and drops the top-level `X.displayName = "…"` lines, which only React's developer tools
// read. Nothing else is touched: `React.Children.forEach(…)` does work, and the bundler's own
// `propertyWriteSideEffects: false` would drop writes inside functions too (a ref's
// `.current = true`), which broke navigation.
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const unannotatedReactCall = /\bReact\d*\.(?:forwardRef|memo|createContext)\(/g;
const topLevelDisplayName = /^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm;

export function pureReactRouter(): Plugin {
  return {
    name: 'pure-react-router',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]/ },
      handler(code) {
        const edited = new MagicString(code);
        for (const call of code.matchAll(unannotatedReactCall)) {
          edited.appendLeft(call.index, '/* @__PURE__ */ ');
        }
        for (const line of code.matchAll(topLevelDisplayName)) {
          edited.remove(line.index, line.index + line[0].length);
        }
        if (!edited.hasChanged()) return null;
        return { code: edited.toString(), map: edited.generateMap({ hires: 'boundary' }) };
      },
    },
  };
}
