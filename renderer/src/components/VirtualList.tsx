// A fixed-row-height virtual list: only the rows in view (plus a margin) are in the DOM, so an inbox
// of 5,000 stories scrolls as lightly as one of fifty.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type KeyboardEvent } from 'react';

interface Props<T> {
  items: T[];
  rowHeight: number;
  itemKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Index to keep in view (the keyboard cursor). */
  scrollToIndex: number;
  label: string;
  activeId?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  id?: string;
  multiselectable?: boolean;
}

const OVERSCAN = 6;

export function VirtualList<T>({ items, rowHeight, itemKey, renderRow, scrollToIndex, label, activeId, onKeyDown, id, multiselectable }: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [scrollToIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    rows.push(
      <div key={itemKey(item)} className="vrow" style={{ transform: `translateY(${i * rowHeight}px)`, height: rowHeight }}>
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      id={id}
      className="vlist"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multiselectable || undefined}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist-inner" style={{ height: items.length * rowHeight }}>{rows}</div>
    </div>
  );
}
