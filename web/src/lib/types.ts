// Shapes the OpenAPI document leaves as free-form objects (JSON columns), named
// once here. Their Rust side: jobs/src/results.rs. (Room events are generated:
// `TimelineEvent` in generated/events.ts.)
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
