// The window opens where the editor left it, but never off every screen.
export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1440, height: 900, maximized: false };

/** Keeps saved bounds only when they overlap a display's work area by a usable amount. */
export function restoreBounds(saved: Bounds | null, displays: { x: number; y: number; width: number; height: number }[]): Bounds {
  if (!saved) return DEFAULT_BOUNDS;
  const width = Math.max(800, saved.width);
  const height = Math.max(560, saved.height);
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const visible = displays.some((d) => {
    const ox = Math.min(saved.x! + width, d.x + d.width) - Math.max(saved.x!, d.x);
    const oy = Math.min(saved.y! + height, d.y + d.height) - Math.max(saved.y!, d.y);
    return ox >= 100 && oy >= 100;
  });
  return visible ? { x: saved.x, y: saved.y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}
