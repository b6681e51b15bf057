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

/// yrs 0.28 integrates every input the fuzzer kept without a panic (0.25
/// did not); if one comes back, `apply` contains it. A panicking update
/// observer runs inside the commit, the path a panicking integration takes.
#[test]
fn a_panic_inside_yrs_is_contained() {
    use yrs::updates::decoder::Decode;
    use yrs::{ReadTxn, Text, Transact};

    let source = yrs::Doc::new();
    source
        .get_or_insert_text("code")
        .insert(&mut source.transact_mut(), 0, "hello");
    let bytes = source
        .transact()
        .encode_state_as_update_v1(&Default::default());

    let doc = yrs::Doc::new();
    doc.observe_update_v1("boom", |_: &yrs::TransactionMut, _| {
        panic!("observer exploded")
    })
    .unwrap();
    let outcome = ywire::apply(&doc, yrs::Update::decode_v1(&bytes).unwrap());
    // Never drop a broken document: its store is still borrowed by the
    // abandoned transaction, and dropping it could wait for that forever.
    std::mem::forget(doc);
    assert!(
        matches!(&outcome, Err(ywire::ApplyError::Broken(e)) if e.contains("observer exploded")),
        "{outcome:?}"
    );
    // The same update on a healthy document applies.
    let fine = yrs::Doc::new();
    ywire::apply(&fine, yrs::Update::decode_v1(&bytes).unwrap()).unwrap();
    assert_eq!(
        yrs::GetString::get_string(&fine.get_or_insert_text("code"), &fine.transact()),
        "hello"
    );
}
