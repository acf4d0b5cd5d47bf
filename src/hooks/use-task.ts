import { useQuery } from '@tanstack/react-query';
import { taskQueryOptions } from '../api/get-task';
import { usePollIntervalSeconds } from '../stores/connection-store';
import { useConnection } from './use-connection';

/** One task, polled at the user's interval until it is finished. */
export function useTask(id: string) {
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  return useQuery(taskQueryOptions(connection, id, pollSeconds * 1000));
}
