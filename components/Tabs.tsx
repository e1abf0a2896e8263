import type { ComponentChildren } from 'preact';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

/** An ARIA tab list: arrow keys move between tabs, Home/End jump to the ends. */
export function Tabs<T extends string>({
  tabs,
  current,
  onSelect,
  idPrefix,
}: {
  tabs: TabDef<T>[];
  current: T;
  onSelect: (id: T) => void;
  idPrefix: string;
}) {
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current);
    const to =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    onSelect(next.id);
    document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          type="button"
          role="tab"
          key={t.id}
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`${idPrefix}-panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({
  id,
  idPrefix,
  current,
  children,
}: {
  id: string;
  idPrefix: string;
  current: string;
  children: ComponentChildren;
}) {
  return (
    <section
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      hidden={id !== current}
      tabIndex={0}
    >
      {children}
    </section>
  );
}
