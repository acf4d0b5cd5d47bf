import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NotFoundRoute() {
  return (
    <div className="card space-y-2">
      <PageHeading title="Page not found" className="text-lg font-semibold">
        Page not found
      </PageHeading>
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
