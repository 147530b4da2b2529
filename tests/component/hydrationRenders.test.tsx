/**
 * Hydration must not be followed by a re-render of the whole story for nothing: each such render is a long
 * task on a phone (Total Blocking Time). The hooks that App calls at the top keep the server's values when
 * the browser's are the same, so components using them render once while hydrating and not again.
 */
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmbed } from '../../src/embed/useEmbed';
import { resetPreferences, usePreferences } from '../../src/chrome/usePreferences';
import { useReducedMotion } from '../../src/chrome/useReducedMotion';

let root: Root | null = null;
let container: HTMLElement | null = null;

beforeEach(() => {
  resetPreferences();
  window.localStorage.clear();
});

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
  resetPreferences();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Renders `use` on the "server", hydrates it, flushes effects, and counts the client renders. */
async function clientRenders(use: () => unknown): Promise<number> {
  let renders = 0;
  function Probe(): ReactElement {
    const value = use();
    renders += 1;
    return <output>{JSON.stringify(value ?? null)}</output>;
  }
  container = document.createElement('div');
  container.innerHTML = renderToString(<Probe />);
  document.body.append(container);
  renders = 0;
  await act(async () => {
    root = hydrateRoot(container!, <Probe />);
  });
  return renders;
}

describe('after hydration on a plain page with no saved choices', () => {
  it('usePreferences does not render again', async () => {
    expect(await clientRenders(() => usePreferences())).toBe(1);
  });

  it('useEmbed does not render again', async () => {
    expect(await clientRenders(() => useEmbed())).toBe(1);
  });

  it('useReducedMotion does not render again', async () => {
    expect(await clientRenders(() => useReducedMotion())).toBe(1);
  });
});

describe('after hydration where the browser differs from the server', () => {
  it('usePreferences renders once more with a saved theme', async () => {
    window.localStorage.setItem('kz2022:theme', 'dark');
    expect(await clientRenders(() => usePreferences().theme)).toBe(2);
    expect(container?.textContent).toBe('"dark"');
  });

  it('useEmbed renders once more in an embed', async () => {
    window.history.replaceState(null, '', '/?embed=1');
    expect(await clientRenders(() => useEmbed().mode)).toBe(2);
    expect(container?.textContent).toBe('"fixed"');
  });
});
