import { describe, expect, it } from 'vitest';
import { acceptedCodings, isPrecompressible } from '../../../server/precompressed';

describe('acceptedCodings', () => {
  it.each([
    // What browsers send: brotli first, whatever order they list them in.
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip, deflate, br', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br', ['br']],
    ['x-gzip', ['gzip']],
    ['GZip, BR', ['br', 'gzip']],
    // No header, an empty one, or only codings we do not have: the file itself.
    [undefined, []],
    ['', []],
    ['identity', []],
    ['deflate, zstd', []],
  ])('%j takes %j', (header, codings) => {
    expect(acceptedCodings(header)).toEqual(codings);
  });

  it.each([
    ['br;q=0, gzip', ['gzip']],
    ['br; q=0, gzip;q=0', []],
    ['br;q=0.0, gzip;q=1.0', ['gzip']],
    ['*;q=0', []],
    ['*;q=0, gzip', ['gzip']],
    ['gzip;q=0, *', ['br']],
  ])('refuses a coding at q=0: %j takes %j', (header, codings) => {
    expect(acceptedCodings(header)).toEqual(codings);
  });

  it.each([
    ['gzip;q=1, br;q=0.5', ['gzip', 'br']],
    ['br;q=0.8, gzip;q=0.8', ['br', 'gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0.5, gzip', ['gzip', 'br']],
  ])('orders by q-value, br first on a tie: %j takes %j', (header, codings) => {
    expect(acceptedCodings(header)).toEqual(codings);
  });

  it.each([['br;q=abc'], ['br;q=2'], ['br;q=-1'], ['br;q=']])(
    'takes a coding out when its q-value does not parse: %j',
    (header) => {
      expect(acceptedCodings(header)).toEqual([]);
    },
  );
});

describe('isPrecompressible', () => {
  it.each([
    'index.html',
    'assets/index-Dry1Sk_D.js',
    'assets/index-CQaHIwL_.css',
    'favicon.svg',
    'manifest.webmanifest',
    'robots.txt',
    'data.json',
  ])('compresses %s', (file) => {
    expect(isPrecompressible(file)).toBe(true);
  });

  it.each(['demo.mp4', 'demo.jpg', 'demo.png', 'demo.gif', 'index.js.map', 'index.js.br', 'a.gz'])(
    'leaves %s as it is',
    (file) => {
      expect(isPrecompressible(file)).toBe(false);
    },
  );
});
