export type PopupState = 'ready' | 'loading' | 'no-article' | 'restricted' | 'error';

export function StateMessage({ state, message }: { state: PopupState; message: string }) {
  return (
    <p class="state" role={state === 'error' ? 'alert' : 'status'} data-testid="state" data-state={state}>
      {message}
    </p>
  );
}
