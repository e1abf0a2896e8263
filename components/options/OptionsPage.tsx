import { useSettings } from '../useSettings';
import { useAppearance } from '../useAppearance';
import { FiltersSection } from './FiltersSection';
import { SitesSection } from './SitesSection';
import { TextRulesSection } from './TextRulesSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';

export function OptionsPage() {
  const [settings, update, loaded] = useSettings();
  const setAppearance = useAppearance(settings, update);
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
        <AppearanceSection settings={settings} update={update} setAppearance={setAppearance} />
        <BackupSection settings={settings} update={update} />
      </main>
    </div>
  );
}
