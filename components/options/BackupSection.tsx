import { useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '../../utils/settings/schema';
import { patternError, selectorError } from '../../utils/settings/validate';
import { download } from '../../utils/download';

/** Export the settings as JSON; import them back, refusing a file that is not ours or not valid. */
export function BackupSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (c: (s: Settings) => Settings) => Promise<Settings>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const exportFile = () => {
    download(
      'verbatim-settings.json',
      JSON.stringify({ kind: 'verbatim-settings', settings }, null, 2),
      'application/json',
    );
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text()) as { kind?: string; settings?: unknown };
      if (parsed?.kind !== 'verbatim-settings' || !parsed.settings)
        throw new Error('this is not a Verbatim settings file');
      const next = normalizeSettings(parsed.settings);
      const problems = [
        ...Object.values(next.sites).flatMap((r) => [...r.remove, ...r.keep].map((sel) => selectorError(sel))),
        ...next.textRules.map((r) => patternError(r.pattern, r.regex)),
      ].filter((e): e is string => e !== null);
      if (problems.length) throw new Error(problems[0]);
      await update(() => next);
      setMessage('Settings imported.');
    } catch (err) {
      setMessage(`Nothing was imported: ${(err as Error).message}.`);
    }
  };
  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Back up settings</h2>
      <button type="button" onClick={exportFile}>
        Export settings
      </button>{' '}
      <label>
        Import settings{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="settings-import"
          onChange={(e) => importFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {message ? (
        <p role="status" data-testid="settings-import-message">
          {message}
        </p>
      ) : null}
    </section>
  );
}
