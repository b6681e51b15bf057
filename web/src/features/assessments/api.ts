// The assessments API: typed openapi-fetch calls over the generated paths
// (staff with the session's token and its refresh-and-retry, candidates with
// their attempt token through `guestClient`, the link's page with none). The
// OpenAPI document leaves most bodies free-form objects; their shapes are
// named here once (their Rust side: crates/assessments/src). Live shapes
// (CandidateRow, IntegritySignal, …) are generated/events.ts's.
import { client, guestClient, ok, publicClient } from '../../lib/api';
import type { AttemptState, CandidateRow, IntegrityKind, IntegritySignal, InvitationStatus } from '../../generated/events';

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

const path = (id: string) => ({ params: { path: { id } } });
const inv = (id: string, invitation: string) => ({ params: { path: { id, invitation } } });

export const listAssessments = async (archived: boolean, page: number) =>
  (await ok(client.GET('/api/v1/assessments', { params: { query: { archived, page } } }))) as unknown as {
    items: AssessmentSummary[];
    total: number;
  };
export const getAssessment = async (id: string) =>
  (await ok(client.GET('/api/v1/assessments/{id}', path(id)))) as unknown as AssessmentDetail;
export const createAssessment = async (body: AssessmentInput) =>
  (await ok(client.POST('/api/v1/assessments', { body }))) as unknown as AssessmentDetail;
export const updateAssessment = async (id: string, body: AssessmentInput) =>
  (await ok(client.PUT('/api/v1/assessments/{id}', { ...path(id), body }))) as unknown as AssessmentDetail;
export const archiveAssessment = async (id: string, archived: boolean) =>
  (await ok(client.POST('/api/v1/assessments/{id}/archive', { ...path(id), body: { archived } }))) as unknown as AssessmentDetail;

export const invite = async (id: string, emails: string[]) =>
  (await ok(client.POST('/api/v1/assessments/{id}/invitations', { ...path(id), body: { emails } }))) as unknown as {
    items: InvitationView[];
  };
export const listInvitations = async (id: string) =>
  (await ok(client.GET('/api/v1/assessments/{id}/invitations', path(id)))) as unknown as { items: InvitationView[]; total: number };
export const resendInvitation = async (id: string, invitation: string) =>
  (await ok(client.POST('/api/v1/assessments/{id}/invitations/{invitation}/resend', inv(id, invitation)))) as unknown as InvitationView;
export const revokeInvitation = async (id: string, invitation: string) =>
  (await ok(client.POST('/api/v1/assessments/{id}/invitations/{invitation}/revoke', inv(id, invitation)))) as unknown as InvitationView;
export const setExtraTime = async (id: string, invitation: string, minutes: number, percent: number) =>
  (await ok(
    client.PUT('/api/v1/assessments/{id}/invitations/{invitation}/extra', { ...inv(id, invitation), body: { minutes, percent } }),
  )) as unknown as InvitationView;

export const getReport = async (id: string) =>
  (await ok(client.GET('/api/v1/assessments/{id}/report', path(id)))) as unknown as Report;
export const getCandidateReport = async (id: string, invitation: string) =>
  (await ok(client.GET('/api/v1/assessments/{id}/candidates/{invitation}', inv(id, invitation)))) as unknown as CandidateReport;
export const getReplay = async (id: string, invitation: string, slug: string) =>
  (await ok(
    client.GET('/api/v1/assessments/{id}/candidates/{invitation}/replay/{slug}', { params: { path: { id, invitation, slug } } }),
  )) as unknown as { updates: [number, string][] };

/** The report as CSV, fetched with the session's token (a plain link would carry none). */
export const reportCsv = async (id: string) =>
  (await ok(client.GET('/api/v1/assessments/{id}/report.csv', { ...path(id), parseAs: 'blob' }))) as unknown as Blob;

// ---- Candidates (no account: the invitation link, then the attempt token) ----

const link = (token: string) => ({ params: { path: { token } } });

export const getLanding = async (token: string) =>
  (await ok(publicClient.GET('/api/v1/invitations/{token}', link(token)))) as unknown as Landing;
export const startAttempt = async (token: string) =>
  (await ok(publicClient.POST('/api/v1/invitations/{token}/start', link(token)))) as unknown as { token: string; attempt: AttemptView };

/** The attempt's endpoints, speaking with its token. */
export function attemptApi(id: string, token: string) {
  const c = guestClient(token);
  return {
    get: async () => (await ok(c.GET('/api/v1/attempts/{id}', path(id)))) as unknown as AttemptView,
    claim: async (session: string | null) =>
      (await ok(c.POST('/api/v1/attempts/{id}/sessions', { ...path(id), body: session ? { session } : {} }))) as unknown as {
        session: string;
        session_tag: string;
        taken_over: boolean;
      },
    run: async (language: string, code: string, stdin: string) =>
      await ok(c.POST('/api/v1/attempts/{id}/runs', { ...path(id), body: { language, code, stdin } })),
    getRun: async (run: number) =>
      (await ok(c.GET('/api/v1/attempts/{id}/runs/{run}', { params: { path: { id, run } } }))) as unknown as {
        id: number;
        state: string;
        result: unknown;
      },
    submit: async (problem: string, language: string, code: string) =>
      await ok(c.POST('/api/v1/attempts/{id}/submissions', { ...path(id), body: { problem, language, code } })),
    submissions: async () =>
      (await ok(c.GET('/api/v1/attempts/{id}/submissions', path(id)))) as unknown as { items: AttemptSubmission[]; total: number },
    signal: async (kind: Exclude<IntegrityKind, 'second_session'>, extra: { duration_ms?: number; length?: number } = {}) =>
      await ok(c.POST('/api/v1/attempts/{id}/signals', { ...path(id), body: { kind, ...extra } })),
    finish: async () => (await ok(c.POST('/api/v1/attempts/{id}/finish', path(id)))) as unknown as AttemptView,
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
