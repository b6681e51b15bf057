//! `/yjs` frames: lib0 bytes through the checks, yrs's decoders and into a
//! document and presence set (`ywire::fuzzing::exercise`). Several frames per
//! input, separated by `ywire::fuzzing::FRAME_SEPARATOR`.
#![no_main]

libfuzzer_sys::fuzz_target!(
    init: {
        // libfuzzer-sys aborts on any panic, even one that is caught; the
        // server catches yrs's panics inside `ywire::apply` (and so does
        // `exercise`). A panic that escapes still aborts: libfuzzer-sys
        // catches it at the top and reports a crash.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| ywire::fuzzing::exercise(data)
);
