import { Fragment, type ReactNode } from 'react';
import { Link } from './link';
import { fill, translate, type MessageValues } from '../../lib/i18n';

interface RichTextProps {
  /** English, with `<name>…</name>` around the words that become elements. */
  message: string;
  /** What each named part becomes: a link, emphasis, code. */
  parts: Readonly<Record<string, (text: string) => ReactNode>>;
  values?: MessageValues;
}

/**
 * A translated message with elements inside it, in the order the language puts them. The tags
 * are read from the catalog's text before any value is filled in, so a value (an id, a reason
 * from the provider) can never become an element.
 */
export function RichText({ message, parts, values }: RichTextProps) {
  const pieces = translate(message).split(/<(\w+)>(.*?)<\/\1>/);
  // split() with two groups: text, name, inner text, text, name, inner text, …, text.
  return pieces.map((piece, index) => {
    const kind = index % 3;
    if (kind === 1) return null;
    const text = fill(piece, values);
    const render = kind === 2 ? parts[pieces[index - 1] ?? ''] : undefined;
    return <Fragment key={index}>{render ? render(text) : text}</Fragment>;
  });
}

/** A part of a message that links to a page of the app: `parts={{ link: linkTo('/settings') }}`. */
export const linkTo =
  (to: string, className = 'link') =>
  (text: string) => (
    <Link to={to} className={className}>
      {text}
    </Link>
  );
