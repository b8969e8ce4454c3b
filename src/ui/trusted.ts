/**
 * Wraps a button handler so it acts only on the user's own input. A page
 * script can `dispatchEvent` a click on anything it can reach; such events are
 * never `isTrusted`, so "Not a scam" or "Dismiss" cannot be pressed for the user.
 */
export function trusted(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}
