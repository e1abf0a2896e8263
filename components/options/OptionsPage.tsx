import { useEffect } from 'preact/hooks';
import { useSettings } from '../useSettings';
import { applyAppearance } from '../../utils/appearance';
import { FiltersSection } from './FiltersSection';
import { SitesSection } from './SitesSection';
import { TextRulesSection } from './TextRulesSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';

export function OptionsPage() {
  const [settings, update, loaded] = useSettings();
  useEffect(() => applyAppearance(settings.appearance), [settings.appearance]);
  return (
    <div class="page options">
      <header class="bar">
        <strong>Verbatim options</strong>
        <a href="/library.html">Library</a>
      </header>
      <main data-testid="options" data-loaded={loaded ? 'true' : 'false'}>
        <FiltersSection settings={settings} update={update} />
        <SitesSection settings={settings} update={update} />
        <TextRulesSection settings={settings} update={update} />
        <AppearanceSection settings={settings} update={update} />
        <BackupSection settings={settings} update={update} />
      </main>
    </div>
  );
}
