// The duels API. The OpenAPI document leaves a duel's view as a free-form
// object; its shape is generated from Rust (`DuelView` in generated/events.ts)
// and named here once, with the result, replay, history and queue shapes
// (their Rust side: crates/duels/src/{history,start}.rs).
import type { DuelView } from '../../generated/events';
import { client, ok } from '../../lib/api';

export interface QueueStatus {
  queued: boolean;
  difficulty: string | null;
  since: number | null;
  rating: number;
  window: number;
  window_per_sec: number;
  max_window: number;
  server_now: number;
  active_duel: string | null;
}

export interface ResultSubmission {
  id: number;
  user_id: number;
  at: number;
  language: string;
  verdict: string | null;
  passed: number;
  late: boolean;
}

export interface DuelResultView {
  duel: DuelView;
  players: { user_id: number; name: string; code: string; submissions: ResultSubmission[] }[];
}

export interface HistoryItem {
  id: string;
  state: DuelView['state'];
  created_at: number;
  finished_at: number | null;
  problem: string | null;
  opponent_id: number | null;
  opponent: string | null;
  rating_before: number | null;
  rating_after: number | null;
  outcome: 'win' | 'loss' | 'draw' | null;
  reason: string | null;
}

export const getDuel = async (id: string) =>
  (await ok(client.GET('/api/v1/duels/{id}', { params: { path: { id } } }))) as unknown as DuelView;

export const joinDuel = async (id: string) =>
  (await ok(client.POST('/api/v1/duels/{id}/join', { params: { path: { id } } }))) as unknown as DuelView;

export const forfeitDuel = async (id: string) =>
  (await ok(client.POST('/api/v1/duels/{id}/forfeit', { params: { path: { id } } }))) as unknown as DuelView;

export const createDuel = async (body: { difficulty?: string; duration_secs?: number; language?: string }) =>
  (await ok(client.POST('/api/v1/duels', { body }))) as unknown as DuelView;

export const queueStatus = async () => (await ok(client.GET('/api/v1/duels/queue'))) as unknown as QueueStatus;

export const joinQueue = async (difficulty: string | null) =>
  (await ok(client.POST('/api/v1/duels/queue', { body: difficulty ? { difficulty } : {} }))) as unknown as QueueStatus;

export const leaveQueue = () => ok(client.DELETE('/api/v1/duels/queue'));

export const duelResult = async (id: string) =>
  (await ok(client.GET('/api/v1/duels/{id}/result', { params: { path: { id } } }))) as unknown as DuelResultView;

export const userDuels = async (id: number, page = 1) => {
  const r = await ok(client.GET('/api/v1/users/{id}/duels', { params: { path: { id }, query: { page } } }));
  return { ...r, items: r.items as unknown as HistoryItem[] };
};

/** "+12" / "−8": a rating change as players read it. */
export function delta(before: number | null | undefined, after: number | null | undefined): string {
  if (before == null || after == null) return '';
  const d = Math.round(after - before);
  return d >= 0 ? `+${d}` : `−${-d}`;
}

export const rating = (r: number | null | undefined) => (r == null ? '—' : String(Math.round(r)));

/** m:ss (or h:mm:ss) of a duration in ms, never negative. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export const REASONS: Record<string, string> = {
  solved: 'solved it first',
  score: 'passed more tests when time ran out',
  draw: 'a draw: nothing told the players apart',
  forfeit: 'the opponent forfeited',
  abandoned: 'abandoned: nobody played it out',
};
