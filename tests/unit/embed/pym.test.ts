import { describe, expect, it } from 'vitest';
import { parseHostMessage, pymMessage } from '../../../src/embed/pym';
import { hostileMessages } from './hostileMessages';

const CH = 'kz1abc';

describe('pymMessage', () => {
  it('writes Pym.js strings: pym, channel, type and value joined by xPYMx', () => {
    expect(pymMessage(CH, 'height', '1234')).toBe('pymxPYMxkz1abcxPYMxheightxPYMx1234');
  });
});

describe('parseHostMessage', () => {
  it('reads the width a Pym host sends on resize', () => {
    expect(parseHostMessage(pymMessage(CH, 'width', '390'), CH)).toEqual({ type: 'width', width: 390 });
  });

  it('reads viewport and frame position as Pym 1.3 (trackscroll) and the host snippet send them', () => {
    expect(
      parseHostMessage(pymMessage(CH, 'viewport-iframe-position', '390 844 -1200.5 0 6300 390'), CH),
    ).toEqual({
      type: 'viewport',
      viewport: { width: 390, height: 844, top: -1200.5, bottom: 6300 },
    });
  });

  it('reads tiny fractions as Number#toString writes them', () => {
    expect(
      parseHostMessage(pymMessage(CH, 'viewport-iframe-position', '390 844 1e-7 0 900 390'), CH),
    ).toMatchObject({
      viewport: { top: 1e-7 },
    });
  });

  it.each([
    ['another channel', pymMessage('other', 'width', '390')],
    ['a channel that only starts like ours', pymMessage(`${CH}x`, 'width', '390')],
    ['an unknown type', pymMessage(CH, 'navigateTo', 'https://evil.example')],
    ['a type the frame sends, not the host', pymMessage(CH, 'height', '100')],
    ['a missing value', `pymxPYMx${CH}xPYMxwidth`],
    ['an empty width', pymMessage(CH, 'width', '')],
    ['a zero width', pymMessage(CH, 'width', '0')],
    ['a negative width', pymMessage(CH, 'width', '-390')],
    ['an absurd width', pymMessage(CH, 'width', '1000000')],
    ['a hex width', pymMessage(CH, 'width', '0x186')],
    ['Infinity', pymMessage(CH, 'width', 'Infinity')],
    ['NaN', pymMessage(CH, 'width', 'NaN')],
    ['an exponent that overflows', pymMessage(CH, 'viewport-iframe-position', '390 844 1e309 0 900 390')],
    ['five numbers', pymMessage(CH, 'viewport-iframe-position', '390 844 0 0 900')],
    ['seven numbers', pymMessage(CH, 'viewport-iframe-position', '390 844 0 0 900 390 1')],
    ['two spaces', pymMessage(CH, 'viewport-iframe-position', '390  844 0 0 900 390')],
    ['a bottom above the top', pymMessage(CH, 'viewport-iframe-position', '390 844 900 0 0 390')],
    ['a zero viewport height', pymMessage(CH, 'viewport-iframe-position', '390 0 0 0 900 390')],
    [
      'an offset beyond ten million pixels',
      pymMessage(CH, 'viewport-iframe-position', '390 844 -2e7 0 900 390'),
    ],
    ['markup as a value', pymMessage(CH, 'width', '<img src=x onerror=alert(1)>')],
    ['a 10 kB message', pymMessage(CH, 'width', `390${' '.repeat(10_000)}`)],
    ['an object', { type: 'width', width: 390 }],
    ['null', null],
    ['a number', 390],
  ])('rejects %s', (_label, data) => {
    expect(parseHostMessage(data, CH)).toBeNull();
  });

  it('rejects a thousand random and hostile messages', () => {
    const accepted = hostileMessages(CH, 1000, 7).filter((m) => parseHostMessage(m, CH) !== null);
    expect(accepted).toEqual([]);
  });
});
