export type PopupState = 'ready' | 'loading' | 'no-article' | 'restricted' | 'error';

export function StateMessage({ state, message, hint }: { state: PopupState; message: string; hint?: string | null }) {
  return (
    <div class="state" role={state === 'error' ? 'alert' : 'status'} data-testid="state" data-state={state}>
      <p class="state-message">{message}</p>
      {hint ? <p class="state-hint">{hint}</p> : null}
    </div>
  );
}
