import type { ReactNode } from 'react';

/** An honest placeholder: says what will be here and what works today. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">{title}</h1>
      {children}
    </section>
  );
}
