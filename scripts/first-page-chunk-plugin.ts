// Everything the first page imports statically goes into one chunk. Left to itself, Rolldown
// splits off the modules the first page shares with pages loaded on demand into small extra
// chunks (React, the i18n layer, a store or two), each one more request and its own gzip
// dictionary: about 1 kB more to download, and the split moved with every lazy import added.
// The set is the static import graph from the entry (the entry included, so the first page is
// one file, bundler runtime and all), read once the build has parsed it.
import type { Plugin } from 'vite';

export function firstPageChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const firstPage = new Set<string>();
  const plugin: Plugin = {
    name: 'first-page-chunk',
    apply: 'build',
    buildEnd() {
      firstPage.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const waiting = [...entries];
      for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
        if (firstPage.has(id)) continue;
        firstPage.add(id);
        waiting.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => firstPage.has(id) };
}
