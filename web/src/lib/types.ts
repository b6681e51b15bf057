// Shapes the OpenAPI document leaves as free-form objects (JSON columns), named
// once here. Their Rust side: jobs/src/results.rs (tests), store::rooms::RoomEvent.
export interface TestResult {
  name: string;
  verdict: string;
  time_ms: number;
  memory_kb: number;
  sample: boolean;
  input?: string;
  expected?: string;
  output?: string;
}

export interface RoomEvent {
  id: number;
  at: number;
  actor: string;
  kind: string;
  audience: string;
  data: Record<string, unknown>;
}
