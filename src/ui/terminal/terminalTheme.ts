import type { ITheme } from '@xterm/xterm';

// xterm.js paints on a canvas and cannot read CSS variables itself, so the
// palette of theme.css is resolved here, once per colour scheme.
export function terminalTheme(el: Element): ITheme {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    background: v('--term-bg'),
    foreground: v('--term-fg'),
    cursor: v('--accent'),
    selectionBackground: v('--term-selection'),
    green: v('--ok'),
    brightGreen: v('--ok'),
    cyan: v('--accent'),
    brightCyan: v('--accent'),
    yellow: v('--warn'),
    brightYellow: v('--warn'),
    red: v('--err'),
    brightRed: v('--err'),
  };
}
