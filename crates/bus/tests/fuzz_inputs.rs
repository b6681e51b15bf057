//! The `ws_json` fuzz target's inputs (`fuzz/`, `scripts/fuzz ws_json`) as a
//! regression test: whatever a client sends on `/ws`, reading it as a client
//! message answers Ok or Err, never a panic.

use std::path::Path;

#[test]
fn every_kept_input_parses_or_is_refused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut n = 0;
    for dir in ["seeds/ws_json", "corpus/ws_json", "regressions/ws_json"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap().to_string_lossy().starts_with('.') {
                continue;
            }
            if let Ok(text) = std::str::from_utf8(&std::fs::read(&path).unwrap()) {
                let _ = serde_json::from_str::<bus::ClientMessage>(text);
            }
            n += 1;
        }
    }
    assert!(n > 3, "the ws_json inputs are missing");
    let ping: bus::ClientMessage = serde_json::from_str(r#"{"type":"ping"}"#).unwrap();
    assert_eq!(ping, bus::ClientMessage::Ping);
}
