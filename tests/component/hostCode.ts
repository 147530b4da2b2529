import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * The host link (`src/embed/hostFrame.ts`) is a chunk of its own: `useHostFrame` imports it once an auto-height
 * embed starts. Waits until that import has resolved and the frame is connected to the host.
 */
export async function hostCodeLoaded(): Promise<void> {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}
