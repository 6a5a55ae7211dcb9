import { useEffect } from 'react';
import { useThemeChoice } from '../state/store';

/** Put the chosen theme on <html>: "auto" leaves it to prefers-color-scheme in CSS. */
export function ThemeSync() {
  const theme = useThemeChoice();
  useEffect(() => {
    const el = document.documentElement;
    if (theme === 'auto') delete el.dataset.theme;
    else el.dataset.theme = theme;
  }, [theme]);
  return null;
}
