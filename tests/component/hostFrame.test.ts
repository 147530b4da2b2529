import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pymMessage } from '../../src/embed/pym';
import {
  SCROLL_SETTLE_MS,
  createAnchor,
  createHostLink,
  createNavigation,
  createStart,
  type HostLink,
} from '../../src/embed/hostFrame';

/** The messages the frame sent to its parent, as `type value`. */
function sentMessages(): string[] {
  const spy = vi.mocked(window.parent.postMessage);
  return spy.mock.calls.map(([data]) => {
    const text = String(data).replace(/^pymxPYMxkz9xPYMx/, '');
    return text.replace('xPYMx', ' ');
  });
}

/** A chapter section at `top` in the document, `height` tall. */
function section(id: string, top: number, height = 1000): HTMLElement {
  const el = document.createElement('section');
  el.id = id;
  el.className = 'chapter';
  el.getBoundingClientRect = () => ({ top, height }) as DOMRect;
  Object.defineProperty(el, 'offsetHeight', { value: height, configurable: true });
  document.body.append(el);
  return el;
}

function moveTo(el: HTMLElement, top: number): void {
  el.getBoundingClientRect = () => ({ top, height: el.offsetHeight }) as DOMRect;
}

let link: HostLink;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(window.parent, 'postMessage').mockImplementation(() => undefined);
  link = createHostLink('kz9');
  link.latest = { top: 0, height: 800 };
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('createHostLink', () => {
  it('sends no height before the host has told its viewport, then each new height once', () => {
    const quiet = createHostLink('kz9');
    quiet.observedHeight = 5000;
    quiet.sendHeight();
    expect(sentMessages()).toEqual([]);
    quiet.latest = { top: 0, height: 800 };
    quiet.sendHeight();
    quiet.sendHeight();
    expect(sentMessages()).toEqual(['height 5000']);
    expect(vi.mocked(window.parent.postMessage).mock.calls[0]?.[0]).toBe(pymMessage('kz9', 'height', '5000'));
  });
});

describe('createStart', () => {
  it('applies the start chapter once the layout has followed the first report', () => {
    const go = vi.fn();
    const target = section('csto', 3000);
    const start = createStart(target, go);
    expect(start.pending()).toBe(true);
    start.apply(); // no report yet: waiting
    expect(go).not.toHaveBeenCalled();
    start.onReport(0);
    start.apply(); // the layout followed (a resize)
    expect(go).toHaveBeenCalledWith(target);
    expect(start.done()).toBe(true);
    expect(start.pending()).toBe(false);
  });

  it('applies it after a moment when the layout does not change', () => {
    const go = vi.fn();
    const start = createStart(section('csto', 3000), go);
    start.onReport(0);
    vi.advanceTimersByTime(299);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('does not jump under a reader who scrolled the host first', () => {
    const go = vi.fn();
    const start = createStart(section('csto', 3000), go);
    start.onReport(0);
    start.onReport(40);
    vi.advanceTimersByTime(1000);
    start.apply();
    expect(go).not.toHaveBeenCalled();
    expect(start.done()).toBe(true);
  });

  it('holds nothing without a start chapter', () => {
    const start = createStart(null, vi.fn());
    expect(start.pending()).toBe(false);
  });
});

describe('createNavigation', () => {
  it('asks the host to scroll to a chapter and holds the chapter until the host is there', () => {
    const navigation = createNavigation(link);
    const target = section('almaty', 2400);
    navigation.scrollHostTo(target);
    // The frame's height goes first, so that the host can scroll that far.
    expect(sentMessages()).toEqual(['height 0', 'scrollToChildPos 2400', 'parentPositionInfo ']);
    expect(navigation.settled()).toBe(false);
    navigation.followTarget(100); // a report sent before the host scrolled
    expect(navigation.settled()).toBe(false);
    navigation.followTarget(2400);
    expect(navigation.settled()).toBe(true);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS);
    expect(sentMessages().at(-1)).toBe('parentPositionInfo ');
  });

  it('asks again when the layout moves the chapter, until the reader scrolls away', () => {
    const navigation = createNavigation(link);
    const target = section('almaty', 2400);
    navigation.scrollHostTo(target);
    navigation.followTarget(2400);
    moveTo(target, 2600); // a chart above took its measured height
    expect(navigation.keepTarget()).toBe(true);
    expect(sentMessages()).toContain('scrollToChildPos 2600');
    navigation.followTarget(2600);
    navigation.followTarget(3100); // the reader scrolls on
    expect(navigation.keepTarget()).toBe(false);
    expect(navigation.settled()).toBe(true);
  });

  it('takes a host that stopped short as arrived after the settle time, and retries on a layout change', () => {
    const navigation = createNavigation(link);
    const target = section('csto', 9000);
    navigation.scrollHostTo(target);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS);
    navigation.followTarget(7000); // the frame is not tall enough yet
    expect(navigation.settled()).toBe(true);
    const before = sentMessages().length;
    expect(navigation.keepTarget(true)).toBe(true);
    expect(sentMessages().slice(before)).toContain('scrollToChildPos 9000');
  });
});

describe('createAnchor', () => {
  it('asks the host to scroll by as much as the layout moved the chapter at the reading line', () => {
    section('trigger', 0, 1000);
    const protests = section('protests', 1000, 1000);
    link.latest = { top: 800, height: 800 }; // reading line at 800 + 480 = 1280: in protests
    const anchor = createAnchor(link);
    anchor.remember();
    moveTo(protests, 1150);
    anchor.keep(() => true);
    expect(sentMessages()).toEqual(['height 0', 'scrollToChildPos 950']);
  });

  it('stays put while another move has the host', () => {
    const protests = section('protests', 1000, 1000);
    link.latest = { top: 800, height: 800 };
    const anchor = createAnchor(link);
    anchor.remember();
    moveTo(protests, 1150);
    anchor.keep(() => false);
    expect(sentMessages()).toEqual([]);
  });
});
