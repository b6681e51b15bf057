// The room page's state and every way it changes: the room's own events from
// `/ws`, what REST calls answer, and the page's controls. A pure reducer, so a
// change can be read (and tested) without React; submission progress is
// `useSubmissionProgress`'s, shared with the problem page.
import type { SchemaRoomDto } from '../../generated/api';
import type { MemberInfo, RunResult, ServerEvent, TimelineEvent } from '../../generated/events';
import { languageLabel } from '../../lib/languages';

/** A line of the side panels' feeds. */
export interface FeedItem {
  key: string;
  kind: 'chat' | 'note' | 'signal' | 'system';
  at: number;
  name: string;
  text: string;
  chars?: number;
}

export interface SharedProblem {
  slug: string;
  title: string;
  statement: string;
}

export interface SharedRun {
  state: string;
  by: string;
  result: RunResult | null;
}

export interface RoomState {
  room: SchemaRoomDto;
  members: MemberInfo[];
  /** Chat, notes, signals and system lines, by time. */
  feed: FeedItem[];
  problem: SharedProblem | null;
  run: SharedRun;
  stdin: string;
  error: unknown;
  /** The invite link was just copied. */
  copied: boolean;
}

export type RoomAction =
  /** A `/ws` event; `now` stamps the lines the page makes up itself. */
  | { type: 'event'; event: ServerEvent; now: number }
  /** Members and past events, loaded on arrival and after each reconnect. */
  | { type: 'history_loaded'; members: MemberInfo[]; events: TimelineEvent[] }
  | { type: 'problem_loaded'; problem: SharedProblem }
  | { type: 'room_updated'; room: SchemaRoomDto }
  | { type: 'member_updated'; member: MemberInfo }
  | { type: 'run_requested'; by: string }
  | { type: 'run_refused'; previous: SharedRun }
  | { type: 'stdin_changed'; stdin: string }
  | { type: 'error'; error: unknown }
  | { type: 'copied'; copied: boolean };

export function initialRoomState(room: SchemaRoomDto): RoomState {
  return {
    room,
    members: [],
    feed: [],
    problem: null,
    run: { state: 'idle', by: '', result: null },
    stdin: '',
    error: null,
    copied: false,
  };
}

export function roomReducer(s: RoomState, a: RoomAction): RoomState {
  switch (a.type) {
    case 'event':
      return onEvent(s, a.event, a.now);
    case 'history_loaded': {
      // Merge: live events may have arrived while the history was loading.
      const history = a.events.flatMap(feedItem);
      const seen = new Set(history.map((f) => f.key));
      const feed = [...history, ...s.feed.filter((f) => !seen.has(f.key))].sort((x, y) => x.at - y.at);
      return { ...s, members: a.members, feed };
    }
    case 'problem_loaded':
      return { ...s, problem: a.problem };
    case 'room_updated':
      return { ...s, room: a.room };
    case 'member_updated':
      return { ...s, members: upsert(s.members, a.member) };
    case 'run_requested':
      return { ...s, run: { state: 'queued', by: a.by, result: null } };
    case 'run_refused':
      return { ...s, run: a.previous };
    case 'stdin_changed':
      return { ...s, stdin: a.stdin };
    case 'error':
      return { ...s, error: a.error };
    case 'copied':
      return { ...s, copied: a.copied };
  }
}

function onEvent(s: RoomState, e: ServerEvent, now: number): RoomState {
  if ('room' in e && e.room !== s.room.id) return s;
  const add = (f: FeedItem) => ({ ...s, feed: [...s.feed, f] });
  const addOnce = (f: FeedItem) => (s.feed.some((x) => x.key === f.key) ? s : add(f));
  switch (e.type) {
    case 'participant_joined':
    case 'lobby_request':
      return { ...s, members: upsert(s.members, e.member) };
    case 'lobby_decision': {
      const text = `${e.member.status === 'admitted' ? 'admitted' : 'turned away'} ${e.member.name}`;
      return {
        ...add({ key: `d${e.member.member}${now}`, kind: 'system', at: now, name: e.by, text }),
        members: upsert(s.members, e.member),
      };
    }
    case 'language_changed':
      return {
        ...add({ key: `l${now}`, kind: 'system', at: now, name: e.by, text: `switched to ${languageLabel(e.language)}` }),
        room: { ...s.room, language: e.language },
      };
    case 'problem_chosen':
      return { ...s, problem: { slug: e.slug, title: e.title, statement: e.statement }, room: { ...s.room, problem: e.slug } };
    case 'chat':
    case 'note':
      return addOnce({ key: `e${e.id}`, kind: e.type, at: e.at, name: e.name, text: e.text });
    case 'signal':
      return add({ key: `s${e.at}${e.kind}${e.from}`, kind: 'signal', at: e.at, name: e.name, text: e.kind, chars: e.chars ?? undefined });
    case 'room_run':
      return { ...s, run: { state: e.state, by: e.by || s.run.by, result: e.result } };
    case 'room_ended':
      return { ...s, room: { ...s.room, state: 'ended' } };
    default:
      return s;
  }
}

function upsert(list: MemberInfo[], m: MemberInfo): MemberInfo[] {
  return [...list.filter((x) => x.member !== m.member), m];
}

/** A stored room event as a feed line (other kinds are not shown there). */
function feedItem(e: TimelineEvent): FeedItem[] {
  const d = e.data as { text?: string; name?: string; kind?: string; chars?: number; language?: string; by?: string };
  switch (e.kind) {
    case 'chat':
    case 'note':
      return [{ key: `e${e.id}`, kind: e.kind, at: e.at, name: d.name ?? '', text: d.text ?? '' }];
    case 'signal':
      return [{ key: `e${e.id}`, kind: 'signal', at: e.at, name: d.name ?? '', text: d.kind ?? '', chars: d.chars }];
    default:
      return [];
  }
}
