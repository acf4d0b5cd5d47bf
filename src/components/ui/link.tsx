// The app's links, made of React Router's own parts for custom links (`useHref`,
// `useLinkClickHandler`, `useMatch`). React Router's `<Link>` also carries its framework mode's
// prefetching and view transitions, which this app does not use: about 2 kB gzip of the first
// page. Importing `Link` or `NavLink` from 'react-router' is refused by the lint config.
import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler, useMatch, type To } from 'react-router';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  /** Replace the current entry in the history instead of adding one. */
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * A client-side link: a real `<a href>` (open in a new tab, copy, middle-click all work), whose
 * plain left click navigates without a reload. A handler given as `onClick` runs first and may
 * prevent it.
 */
export function Link({ to, replace, target, onClick, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    >
      {children}
    </a>
  );
}

interface NavLinkProps extends Omit<LinkProps, 'className' | 'to'> {
  to: string;
  /** Current only on this path itself, not on the paths below it. */
  end?: boolean;
  className: (state: { isActive: boolean }) => string;
}

/** A link in the main navigation: `aria-current="page"` while its page is shown. */
export function NavLink({ to, end = false, className, ...rest }: NavLinkProps) {
  const isActive = useMatch({ path: to, end }) !== null;
  return (
    <Link
      {...rest}
      to={to}
      aria-current={isActive ? 'page' : undefined}
      className={className({ isActive })}
    />
  );
}
