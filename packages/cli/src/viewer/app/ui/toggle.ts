import { type ComponentChildren, h } from 'preact';
import { useState } from 'preact/hooks';

/** A link-styled button that shows what `render` draws only while open (a diff is built on demand). */
export function Toggle(props: {
  label: string;
  hideLabel: string;
  testId: string;
  render: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return h(
    'div',
    { class: 'toggle' },
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        'aria-expanded': open ? 'true' : 'false',
        onClick: () => setOpen(!open),
        'data-testid': props.testId,
      },
      open ? props.hideLabel : props.label,
    ),
    open ? props.render() : null,
  );
}
