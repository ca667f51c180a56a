import { useEffect } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** 'system' leaves the OS in charge (prefers-color-scheme); light or dark pins it via data-theme on <html>. */
export function useTheme(theme: ThemeChoice | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
