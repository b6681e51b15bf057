// The assessments API (contract: assessments v1). generated/api.d.ts does not
// have these paths yet, so calls go through `call`, an untyped request on the
// same openapi-fetch clients lib/api.ts makes: staff calls keep the session's
// bearer token and its refresh-and-retry, candidates' calls carry their attempt
// token (`guestClient`), and every error becomes lib/api's `ApiError` with the
// server's problem+json message and field errors. Once `npm run gen` has
// regenerated api.d.ts these can become typed `client.GET(…)` calls. Live
// shapes (CandidateRow, IntegritySignal, …) are generated/events.ts's.
import { client, guestClient, ok, publicClient, type Client } from '../../lib/api';
import type { AttemptState, CandidateRow, IntegrityKind, IntegritySignal, InvitationStatus } from '../../generated/events';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Raw = (
  method: Method,
  url: string,
  init?: { body?: unknown; parseAs?: 'json' | 'text' | 'blob' },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function call<T>(c: Client, method: Method, url: string, body?: unknown): Promise<T> {
  const request = (c as unknown as { request: Raw }).request;
  return (await ok(request(method, url, body === undefined ? undefined : { body }))) as T;
}

const e = encodeURIComponent;
const A = (id: string) => `/api/v1/assessments/${e(id)}`;
const T = (id: string) => `/api/v1/attempts/${e(id)}`;

// ---- Shapes ----

export interface Counts {
  invited: number;
  started: number;
  submitted: number;
  expired: number;
  revoked: number;
}

export interface AssessmentSummary {
  id: string;
  title: string;
  duration_minutes: number;
  opens_at: number;
  closes_at: number;
  archived: boolean;
  problems: number;
  counts: Counts;
  created_at: number;
}

export interface AssessmentProblem {
  slug: string;
  title: string;
  points: number;
}

export interface AssessmentDetail {
  id: string;
  title: string;
  instructions: string;
  duration_minutes: number;
  opens_at: number;
  closes_at: number;
  languages: string[] | null;
  problems: AssessmentProblem[];
  archived: boolean;
  /** Nobody has started yet. */
  editable: boolean;
  owner: { id: number; name: string };
  counts: Counts;
  created_at: number;
  updated_at: number;
  server_now: number;
}

export interface AssessmentInput {
  title: string;
  instructions: string;
  problems: { slug: string; points: number }[];
  duration_minutes: number;
  opens_at: number;
  closes_at: number;
  languages: string[] | null;
}

export interface InvitationView {
  id: string;
  email: string;
  status: InvitationStatus;
  /** Only in the answer that made the link (create, resend). */
  url: string | null;
  /** False when the server sends no email: the link is to be copied. */
  emailed: boolean;
  extra_minutes: number;
  extra_percent: number;
  attempt: string | null;
  started_at: number | null;
  deadline: number | null;
  created_at: number;
  sent_at: number;
}

export interface Landing {
  assessment: {
    title: string;
    instructions: string;
    duration_minutes: number;
    opens_at: number;
    closes_at: number;
    languages: string[] | null;
    problems: { title: string; points: number }[];
  };
  email: string;
  status: InvitationStatus;
  extra_minutes: number;
  extra_percent: number;
  attempt: string | null;
  server_now: number;
  /** Plain sentences: what proctoring records. */
  recorded: string[];
}

export interface AttemptProblem {
  slug: string;
  title: string;
  points: number;
  code: { language: string; text: string };
  best: { verdict: string | null; score: number } | null;
}

export interface AttemptView {
  id: string;
  state: AttemptState;
  title: string;
  instructions: string;
  started_at: number;
  deadline: number;
  server_now: number;
  /** The public tag of the page that edits now (compare with your claim's). */
  session_tag: string;
  languages: string[];
  problems: AttemptProblem[];
}

export interface AttemptSubmission {
  id: number;
  problem: string;
  language: string;
  state: string;
  verdict: string | null;
  passed: number;
  total: number;
  score: number | null;
  created_at: number;
}

export interface Report {
  assessment: AssessmentDetail;
  candidates: CandidateRow[];
  distribution: { from: number; to: number; count: number }[];
  server_now: number;
}

export interface CandidateReport {
  candidate: CandidateRow;
  signals: IntegritySignal[];
  problems: {
    slug: string;
    title: string;
    points: number;
    score: number;
    verdict: string | null;
    language: string | null;
    code: string;
    submissions: (Omit<AttemptSubmission, 'problem'> & { code: string })[];
  }[];
  similarity: unknown;
}

// ---- Staff ----

export const listAssessments = (archived: boolean, page: number) =>
  call<{ items: AssessmentSummary[]; total: number }>(client, 'GET', `/api/v1/assessments?archived=${archived}&page=${page}`);
export const getAssessment = (id: string) => call<AssessmentDetail>(client, 'GET', A(id));
export const createAssessment = (body: AssessmentInput) => call<AssessmentDetail>(client, 'POST', '/api/v1/assessments', body);
export const updateAssessment = (id: string, body: AssessmentInput) => call<AssessmentDetail>(client, 'PUT', A(id), body);
export const archiveAssessment = (id: string, archived: boolean) =>
  call<AssessmentDetail>(client, 'POST', `${A(id)}/archive`, { archived });

export const invite = (id: string, emails: string[]) =>
  call<{ items: InvitationView[] }>(client, 'POST', `${A(id)}/invitations`, { emails });
export const listInvitations = (id: string) => call<{ items: InvitationView[]; total: number }>(client, 'GET', `${A(id)}/invitations`);
export const resendInvitation = (id: string, inv: string) =>
  call<InvitationView>(client, 'POST', `${A(id)}/invitations/${e(inv)}/resend`);
export const revokeInvitation = (id: string, inv: string) =>
  call<InvitationView>(client, 'POST', `${A(id)}/invitations/${e(inv)}/revoke`);
export const setExtraTime = (id: string, inv: string, minutes: number, percent: number) =>
  call<InvitationView>(client, 'PUT', `${A(id)}/invitations/${e(inv)}/extra`, { minutes, percent });

export const getReport = (id: string) => call<Report>(client, 'GET', `${A(id)}/report`);
export const getCandidateReport = (id: string, inv: string) =>
  call<CandidateReport>(client, 'GET', `${A(id)}/candidates/${e(inv)}`);
export const getReplay = (id: string, inv: string, slug: string) =>
  call<{ updates: [number, string][] }>(client, 'GET', `${A(id)}/candidates/${e(inv)}/replay/${e(slug)}`);

/** The report as CSV, fetched with the session's token (a plain link would carry none). */
export async function reportCsv(id: string): Promise<Blob> {
  const request = (client as unknown as { request: Raw }).request;
  return (await ok(request('GET', `${A(id)}/report.csv`, { parseAs: 'blob' }))) as Blob;
}

// ---- Candidates (no account: the invitation link, then the attempt token) ----

export const getLanding = (token: string) => call<Landing>(publicClient, 'GET', `/api/v1/invitations/${e(token)}`);
export const startAttempt = (token: string) =>
  call<{ token: string; attempt: AttemptView }>(publicClient, 'POST', `/api/v1/invitations/${e(token)}/start`);

/** The attempt's endpoints, speaking with its token. */
export function attemptApi(id: string, token: string) {
  const c = guestClient(token);
  return {
    get: () => call<AttemptView>(c, 'GET', T(id)),
    claim: (session: string | null) =>
      call<{ session: string; session_tag: string; taken_over: boolean }>(c, 'POST', `${T(id)}/sessions`, session ? { session } : {}),
    run: (language: string, code: string, stdin: string) =>
      call<{ id: number; state: string }>(c, 'POST', `${T(id)}/runs`, { language, code, stdin }),
    getRun: (run: number) => call<{ id: number; state: string; result: unknown }>(c, 'GET', `${T(id)}/runs/${run}`),
    submit: (problem: string, language: string, code: string) =>
      call<{ id: number; state: string }>(c, 'POST', `${T(id)}/submissions`, { problem, language, code }),
    submissions: () => call<{ items: AttemptSubmission[]; total: number }>(c, 'GET', `${T(id)}/submissions`),
    signal: (kind: Exclude<IntegrityKind, 'second_session'>, extra: { duration_ms?: number; length?: number } = {}) =>
      call<{ recorded: boolean }>(c, 'POST', `${T(id)}/signals`, { kind, ...extra }),
    finish: () => call<AttemptView>(c, 'POST', `${T(id)}/finish`),
  };
}
export type AttemptApi = ReturnType<typeof attemptApi>;

// ---- This browser's attempt tokens and page session ----

const TOKEN_KEY = (attempt: string) => `codemint.attempt.${attempt}`;
const SESSION_KEY = (attempt: string) => `codemint.attempt-session.${attempt}`;

/** The attempt token, kept per attempt in localStorage: a reload or another tab resumes. */
export function attemptToken(attempt: string): string | null {
  try {
    const raw = localStorage.getItem(TOKEN_KEY(attempt));
    return raw ? ((JSON.parse(raw) as { token?: string }).token ?? null) : null;
  } catch {
    return null;
  }
}

export function storeAttemptToken(attempt: string, token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY(attempt), JSON.stringify({ token }));
  else localStorage.removeItem(TOKEN_KEY(attempt));
}

/** This page's session of the attempt (sessionStorage: a reload is the same session, another tab is not). */
export function pageSession(attempt: string): string | null {
  return sessionStorage.getItem(SESSION_KEY(attempt));
}

export function storePageSession(attempt: string, session: string): void {
  sessionStorage.setItem(SESSION_KEY(attempt), session);
}
