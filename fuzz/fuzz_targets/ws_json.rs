//! `/ws` text frames: JSON into the typed client messages, as the server reads them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = serde_json::from_str::<bus::ClientMessage>(text);
    }
});
