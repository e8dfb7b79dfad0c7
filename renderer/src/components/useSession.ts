// Redraw on every change of one story session.
import { useSyncExternalStore } from 'react';
import type { StorySession } from '../editor/session.ts';

const noop = () => () => {};

export function useSession(s: StorySession | null): number {
  return useSyncExternalStore(s ? s.subscribe : noop, s ? s.getVersion : () => 0);
}
