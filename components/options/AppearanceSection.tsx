import type { Settings } from '../../utils/settings/schema';
import { AppearanceControls } from '../AppearanceControls';
import type { Appearance } from '../../utils/appearance';

export function AppearanceSection({
  settings,
  update,
  setAppearance,
}: {
  settings: Settings;
  update: (c: (s: Settings) => Settings) => Promise<Settings>;
  setAppearance: (a: Partial<Appearance>) => void;
}) {
  return (
    <section aria-labelledby="appearance-h">
      <h2 id="appearance-h">Reading</h2>
      <AppearanceControls value={settings.appearance} onChange={setAppearance} />
      <p class="meta">
        Text size {settings.appearance.fontSize}px, column {settings.appearance.width} characters wide.
      </p>
      <label>
        <input
          type="checkbox"
          checked={settings.showShortQuotes}
          onChange={(e) => update((s) => ({ ...s, showShortQuotes: (e.currentTarget as HTMLInputElement).checked }))}
        />{' '}
        Show short quoted phrases (under six words) in the Quotes view
      </label>
    </section>
  );
}
