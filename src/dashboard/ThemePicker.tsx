import { THEMES, THEME_NAMES } from '../themes/themes';
import type { ThemeChoice } from '../state/store';
import { useActions, useThemeChoice } from '../state/store';

const OPTIONS: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  ...THEME_NAMES.map((n) => ({ value: n, label: THEMES[n].label })),
];

/** Light, dark or high contrast; "Auto" follows the system setting. */
export function ThemePicker() {
  const theme = useThemeChoice();
  const { chooseTheme } = useActions();
  return (
    <label className="ee-theme-picker">
      <span>Theme</span>
      <select value={theme} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
