import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="card space-y-2">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="text-sm">
        There is nothing at this address.{' '}
        <Link to="/" className="link">
          Go to the task list
        </Link>
        .
      </p>
    </div>
  );
}
