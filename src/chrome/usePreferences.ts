import { useEffect, useSyncExternalStore } from 'react';

/** The reader's theme choice; `auto` follows the system. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

interface Preferences {
  theme: ThemeChoice;
  motionOff: boolean;
}

const THEME_KEY = 'kz2022:theme';
const MOTION_KEY = 'kz2022:motion-off';
const SERVER_PREFERENCES: Preferences = { theme: 'auto', motionOff: false };

/** Storage may be blocked (third-party iframes, privacy modes): every access falls back silently. */
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Blocked storage: the choice holds for this page view only.
  }
}

function parseTheme(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

// A tiny external store: one snapshot object per change, so React re-renders exactly when a choice changes.
const listeners = new Set<() => void>();
let current: Preferences | null = null;

/** The defaults as the very object the server renders with, so that hydration sees no change. */
function canonical(prefs: Preferences): Preferences {
  const { theme, motionOff } = SERVER_PREFERENCES;
  return prefs.theme === theme && prefs.motionOff === motionOff ? SERVER_PREFERENCES : prefs;
}

function getSnapshot(): Preferences {
  // React compares the client snapshot with the server's by identity after hydrating; an equal but new object
  // would make it re-render the whole story at once, synchronously, for nothing.
  current ??= canonical({ theme: parseTheme(read(THEME_KEY)), motionOff: read(MOTION_KEY) === '1' });
  return current;
}

function getServerSnapshot(): Preferences {
  return SERVER_PREFERENCES;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: Partial<Preferences>): void {
  current = canonical({ ...getSnapshot(), ...next });
  if (next.theme !== undefined) write(THEME_KEY, next.theme === 'auto' ? null : next.theme);
  if (next.motionOff !== undefined) write(MOTION_KEY, next.motionOff ? '1' : null);
  for (const listener of listeners) listener();
}

/** Forget the in-memory choice (tests). */
export function resetPreferences(): void {
  current = null;
}

/** Options of {@link usePreferences}. */
export interface PreferencesOptions {
  /** A theme that wins over the saved choice (the embed's `theme=` parameter). */
  forcedTheme?: 'light' | 'dark' | null;
}

/** The reader's choices and their setters. */
export interface PreferenceControls {
  theme: ThemeChoice;
  /** The embed fixed the theme (`?theme=`): the switch is left out. */
  themeLocked: boolean;
  setTheme: (next: ThemeChoice) => void;
  motionOff: boolean;
  setMotionOff: (next: boolean) => void;
}

/**
 * Theme and motion switches. The theme is applied to `<html data-theme>` (the CSS tokens follow it) and both
 * choices are saved where storage works. Server rendering and hydration use the defaults (`auto`, motion on).
 */
export function usePreferences({ forcedTheme = null }: PreferencesOptions = {}): PreferenceControls {
  const prefs = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const theme: ThemeChoice = forcedTheme ?? prefs.theme;

  useEffect(
    function applyTheme() {
      const root = document.documentElement;
      if (theme === 'auto') delete root.dataset.theme;
      else root.dataset.theme = theme;
    },
    [theme],
  );

  return {
    theme,
    themeLocked: forcedTheme !== null,
    setTheme: (next: ThemeChoice) => update({ theme: next }),
    motionOff: prefs.motionOff,
    setMotionOff: (next: boolean) => update({ motionOff: next }),
  };
}
