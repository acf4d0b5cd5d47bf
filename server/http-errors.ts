// Every JSON error this server sends (simulator and proxy) uses OpenAI's error envelope, because
// that is what the resellers send and what the dashboard already knows how to read.
export interface ApiErrorBody {
  error: { message: string; type: string; code: string | null };
}

export function apiErrorBody(message: string, type: string, code: string | null): ApiErrorBody {
  return { error: { message, type, code } };
}
