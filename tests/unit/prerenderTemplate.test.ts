import { describe, expect, it } from 'vitest';
import { chunksOf, depthOf, fillTemplate, relocate } from '../../scripts/lib/template.mjs';

const TEMPLATE = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="UTF-8" />
    <!-- edition-head: replaced -->
    <title>Dev title</title>
    <!-- /edition-head -->
    <link rel="icon" href="./favicon.svg" />
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-2.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const PARTS = {
  lang: 'en',
  head: '<title>T</title>',
  html: '<a href="./x">app</a>',
  preloads: ['assets/en-3.js'],
};

describe('fillTemplate', () => {
  it("puts the edition's language, head and app markup into the template", () => {
    const page = fillTemplate(TEMPLATE, { ...PARTS, depth: 0 });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>T</title>');
    expect(page).not.toContain('Dev title');
    expect(page).not.toContain('edition-head');
    expect(page).toContain('<div id="root"><a href="./x">app</a></div>');
    expect(page).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/en-3.js">',
    );
    expect(page.indexOf('modulepreload')).toBeLessThan(page.indexOf('</head>'));
  });

  it("points a page one folder down at the root's assets, leaving the app markup alone", () => {
    const page = fillTemplate(TEMPLATE, { ...PARTS, depth: 1 });
    expect(page).toContain('src="../assets/index-1.js"');
    expect(page).toContain('href="../assets/index-2.css"');
    expect(page).toContain('href="../favicon.svg"');
    expect(page).toContain('href="../assets/en-3.js"');
    expect(page).toContain('<a href="./x">app</a>');
    expect(page).not.toMatch(/(src|href)="\.\/(assets|favicon)/);
  });

  it('preloads the first view’s font files anonymously, before the script chunks and at normal priority', () => {
    const page = fillTemplate(TEMPLATE, {
      ...PARTS,
      fonts: ['assets/literata-latin-400-normal-x.woff2'],
      depth: 2,
    });
    expect(page).toContain(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="../../assets/literata-latin-400-normal-x.woff2">',
    );
    expect(page.indexOf('as="font"')).toBeLessThan(page.indexOf('modulepreload'));
    expect(page).not.toMatch(/as="font"[^>]*fetchpriority/);
    expect(fillTemplate(TEMPLATE, { ...PARTS, depth: 0 })).not.toContain('as="font"');
  });

  it('fetches the scripts at low priority: the page is readable without them', () => {
    const page = fillTemplate(TEMPLATE, {
      ...PARTS,
      html: '<script type="module" src="x"></script>',
      depth: 0,
    });
    expect(page).toContain(
      '<script type="module" fetchpriority="low" crossorigin src="./assets/index-1.js">',
    );
    expect(page).toContain('<link rel="modulepreload" fetchpriority="low"');
    expect(page).toContain('<div id="root"><script type="module" src="x"></script></div>');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-2.css">');
  });

  it('does not read replacement patterns in the markup as such', () => {
    const page = fillTemplate(TEMPLATE, { ...PARTS, html: "<p>$& $' $1</p>", depth: 0 });
    expect(page).toContain("<p>$& $' $1</p>");
  });

  it.each([
    ['the head block', TEMPLATE.replace('<!-- /edition-head -->', '')],
    ['the root', TEMPLATE.replace('<div id="root"></div>', '<div id="app"></div>')],
    ['a single root', TEMPLATE.replace('</body>', '<div id="root"></div></body>')],
  ])('fails loudly when the template lacks %s', (_label, template) => {
    expect(() => fillTemplate(template, { ...PARTS, depth: 0 })).toThrow(/index.html: expected one/);
  });
});

describe('relocate and depthOf', () => {
  it('counts folders below the site root', () => {
    expect(depthOf('')).toBe(0);
    expect(depthOf('en/')).toBe(1);
    expect(depthOf('a/b/')).toBe(2);
  });

  it('rewrites only relative src and href attributes', () => {
    expect(relocate('<img src="./a.png"><a href="https://x/./y">', 2)).toBe(
      '<img src="../../a.png"><a href="https://x/./y">',
    );
  });
});

describe('chunksOf', () => {
  it("lists a dynamic entry's file and, once each, the chunks it imports", () => {
    const manifest = {
      'src/content/en/index.ts': { file: 'assets/en.js', imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_base.js'] },
      '_base.js': { file: 'assets/base.js', imports: ['_shared.js'] },
    };
    expect(chunksOf(manifest, 'src/content/en/index.ts')).toEqual([
      'assets/en.js',
      'assets/shared.js',
      'assets/base.js',
    ]);
  });

  it('fails for a pack the client build does not have', () => {
    expect(() => chunksOf({}, 'src/content/xx/index.ts')).toThrow(/no entry src\/content\/xx/);
  });
});
