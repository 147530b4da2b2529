import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ThemeChoice } from './usePreferences';

/** Props of {@link Controls}. */
export interface ControlsProps {
  pack: LanguagePack;
  theme: ThemeChoice;
  themeLocked: boolean;
  onTheme: (theme: ThemeChoice) => void;
  motionOff: boolean;
  onMotionOff: (off: boolean) => void;
}

const THEMES: ThemeChoice[] = ['auto', 'light', 'dark'];

/** Reader settings: theme (system, light, dark) and a switch that turns motion off. */
export function Controls({
  pack,
  theme,
  themeLocked,
  onTheme,
  motionOff,
  onMotionOff,
}: ControlsProps): ReactElement {
  const themeLabel: Record<ThemeChoice, string> = {
    auto: pack.ui.themeAuto,
    light: pack.ui.themeLight,
    dark: pack.ui.themeDark,
  };
  return (
    <div className="controls">
      {!themeLocked && (
        <div className="control-group" role="group" aria-label={pack.ui.themeLabel}>
          <span className="control-label" aria-hidden="true">
            {pack.ui.themeLabel}
          </span>
          {THEMES.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={theme === choice}
              onClick={() => onTheme(choice)}
            >
              {themeLabel[choice]}
            </button>
          ))}
        </div>
      )}
      <button type="button" aria-pressed={motionOff} onClick={() => onMotionOff(!motionOff)}>
        {pack.ui.motionOff}
      </button>
    </div>
  );
}
