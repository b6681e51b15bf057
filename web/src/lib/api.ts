// The REST client: typed from the server's OpenAPI document (generated into
// src/generated/api.d.ts), with the session's bearer token, one silent
// refresh-and-retry on 401, and errors turned into `ApiError` carrying the
// server's problem+json message.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/api';
import { freshToken, markExpired, refreshSession, session } from './session';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const token = await freshToken();
  if (token) input.headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(input);
  if (res.status !== 401 || !session()) return res;
  // The access token was refused: rotate once and retry; if that fails too the
  // session is over and the app shows the login page.
  const next = await refreshSession();
  // No new token (offline, server error): keep the session, report the 401.
  if (!next || next.access === token) return res;
  retry.headers.set('authorization', `Bearer ${next.access}`);
  const again = await fetch(retry);
  if (again.status === 401 && session()?.access === next.access) markExpired();
  return again;
}

export const client = createClient<paths>({ baseUrl: '', fetch: authFetch });
export type Client = typeof client;

/** A client that sends no session: for calls whose 401 is an answer about
 * what was sent (a setup token), not about the session, which must not be
 * refreshed or ended over it. */
export const publicClient: Client = createClient<paths>({ baseUrl: '' });

/** A client that speaks as a room's guest (their token is for that room only). */
export function guestClient(token: string): Client {
  return createClient<paths>({
    baseUrl: '',
    fetch: (input: Request) => {
      input.headers.set('authorization', `Bearer ${token}`);
      return fetch(input);
    },
  });
}

interface ProblemJson {
  title?: string;
  detail?: string;
  code?: string;
  errors?: { field?: string; message?: string }[];
}

export function toApiError(status: number, body: unknown): ApiError {
  const p = (body ?? {}) as ProblemJson;
  const fields: Record<string, string> = {};
  for (const e of p.errors ?? []) if (e.field) fields[e.field] = e.message ?? 'is invalid';
  const message =
    p.detail || p.title || (status === 0 ? 'cannot reach the server' : `request failed (${status})`);
  return new ApiError(status, p.code ?? 'error', message, fields);
}

/** Unwrap an openapi-fetch result: the data, or throw the server's problem. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let r;
  try {
    r = await call;
  } catch {
    throw new ApiError(0, 'network', 'cannot reach the server; check your connection');
  }
  if (r.error !== undefined || !r.response.ok) throw toApiError(r.response.status, r.error);
  return r.data as T;
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = Object.entries(e.fields);
    if (fields.length && !e.message.includes(fields[0][0])) {
      return `${e.message}: ${fields.map(([f, m]) => `${f} ${m}`).join('; ')}`;
    }
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}
