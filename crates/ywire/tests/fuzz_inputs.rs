//! The fuzz target's inputs as regression tests (`fuzz/README.md`): the seeds
//! real Yjs wrote must pass the checks, and nothing the fuzzer kept or found
//! may panic.

use std::path::{Path, PathBuf};

use ywire::fuzzing::{exercise, frames};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    out.sort();
    out
}

#[test]
fn what_yjs_sends_passes_the_checks() {
    let seeds = files("seeds/yjs_frames");
    assert!(seeds.len() >= 5, "the seeds from real Yjs are missing");
    for path in seeds {
        let data = std::fs::read(&path).unwrap();
        for frame in frames(&data) {
            if let Err(e) = ywire::decode(frame) {
                panic!("{}: a frame Yjs wrote was refused: {e}", path.display());
            }
        }
        exercise(&data);
    }
}

#[test]
fn the_corpus_and_the_crashes_found_run_clean() {
    let mut n = 0;
    for dir in ["corpus/yjs_frames", "regressions/yjs_frames"] {
        for path in files(dir) {
            exercise(&std::fs::read(&path).unwrap());
            n += 1;
        }
    }
    assert!(n > 0, "no fuzz inputs found");
}

#[test]
fn a_panic_inside_yrs_is_contained() {
    let doc = yrs::Doc::new();
    let mut outcomes = Vec::new();
    'frames: for frame in frames(ywire::fuzzing::BREAKS_YRS) {
        // Some of the input's frames are refused by the checks.
        let Ok(messages) = ywire::decode(frame) else {
            continue;
        };
        for message in messages {
            if let ywire::Message::Update(bytes) = message {
                let update = yrs::updates::decoder::Decode::decode_v1(bytes).unwrap();
                outcomes.push(ywire::apply(&doc, update));
                if outcomes.last().is_some_and(Result::is_err) {
                    break 'frames;
                }
            }
        }
    }
    // Never drop a broken document: its store is still borrowed by the
    // abandoned transaction, and dropping it would wait for that forever.
    std::mem::forget(doc);
    assert_eq!(outcomes.len(), 4);
    assert!(outcomes[..3].iter().all(Result::is_ok), "{outcomes:?}");
    assert!(
        matches!(&outcomes[3], Err(ywire::ApplyError::Broken(e)) if e.contains("index out of bounds")),
        "{outcomes:?}"
    );
}
