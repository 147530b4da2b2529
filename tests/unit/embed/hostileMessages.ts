/**
 * A reproducible flood of messages a hostile or buggy host could post: random strings and values, messages in
 * our format with broken numbers, other channels and types, markup, prototype keys, huge strings. None is a
 * valid host message for `channel`.
 */

/** Mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  '',
  ' ',
  '1,5',
  '--1',
  '1e+21',
  '99999999999',
  '<b>1</b>',
  'null',
  'undefined',
  '1/0',
  '١٢٣',
];
/** Well-formed numbers with impossible values: no viewport, frames upside down, offsets beyond any page. */
const OUT_OF_RANGE = [
  '390 0 0 0 700 390',
  '390 -844 0 0 700 390',
  '0 844 0 0 700 390',
  '100001 844 0 0 700 390',
  '390 844 900 0 100 390',
  '390 844 -20000000 0 700 390',
  '390 844 0 0 20000000 390',
];
const TYPES = [
  'width',
  'viewport-iframe-position',
  'height',
  'chapter',
  'navigateTo',
  'scrollToChildPos',
  '__proto__',
];
const JUNK: unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  true,
  {},
  [],
  { type: 'viewport', viewport: { top: 0, height: 800 } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  ['pym', 'x', 'width', '390'],
  '<img src=x onerror=alert(1)>',
  'pymxPYMx',
  'xPYMxxPYMxxPYMx',
];

export function hostileMessages(channel: string, count: number, seed: number): unknown[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const randomString = (length: number) =>
    Array.from({ length }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join('');
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 8;
    if (kind === 0 && i % 16 === 0)
      out.push(['pym', channel, 'viewport-iframe-position', pick(OUT_OF_RANGE)].join('xPYMx'));
    else if (kind === 0) out.push(randomString(Math.floor(rnd() * 64)));
    else if (kind === 1) out.push(pick(JUNK));
    else if (kind === 2) {
      // Our format and channel, a host type, one broken number among good ones.
      const good = ['390', '844', '-100', '0', '700', '390'];
      good[Math.floor(rnd() * good.length)] = pick(BAD_NUMBERS);
      out.push(['pym', channel, 'viewport-iframe-position', good.join(' ')].join('xPYMx'));
    } else if (kind === 3) out.push(['pym', channel, 'width', pick(BAD_NUMBERS)].join('xPYMx'));
    else if (kind === 4)
      out.push(['pym', `${channel}${Math.floor(rnd() * 9)}`, pick(TYPES), '390'].join('xPYMx'));
    else if (kind === 5)
      out.push(['pym', channel, pick(TYPES.slice(2)), '390 844 0 0 700 390'].join('xPYMx'));
    else if (kind === 6) out.push(['pym', channel, 'width', `390${'0'.repeat(300)}`].join('xPYMx'));
    else out.push(['pym', channel, 'viewport-iframe-position', `${rnd()} ${rnd()} x ${rnd()}`].join('xPYMx'));
  }
  return out;
}
