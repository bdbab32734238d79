/** Enter and Space activate a focusable non-button element, as they would a button. */
export function activateOnKey(activate: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate();
  };
}
