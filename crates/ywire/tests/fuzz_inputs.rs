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
    let update = ywire::ClientUpdate {
        bytes: &bytes,
        spans: ywire::check_update(&bytes).unwrap(),
    };
    let outcome = ywire::apply(&doc, &update);
    // Never drop a broken document: its store is still borrowed by the
    // abandoned transaction, and dropping it could wait for that forever.
    std::mem::forget(doc);
    assert!(
        matches!(&outcome, Err(ywire::ApplyError::Broken(e)) if e.contains("observer exploded")),
        "{outcome:?}"
    );
    // The same update on a healthy document applies.
    let fine = yrs::Doc::new();
    ywire::apply(&fine, &update).unwrap();
    assert_eq!(
        yrs::GetString::get_string(&fine.get_or_insert_text("code"), &fine.transact()),
        "hello"
    );
}

/// yrs 0.28 leaks a document that holds a subdocument; rooms refuse them.
#[test]
fn subdocuments_are_refused() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions/yjs_frames/subdocument-leaks");
    let frame = std::fs::read(path).unwrap();
    let e = ywire::decode(&frame).unwrap_err();
    assert_eq!(e.what, "subdocuments are not accepted");
}

/// An update that restarts a client's clocks inside what the document has
/// (a full-state update after partial sync) is cut to what is new: yrs
/// 0.28.1 would otherwise read a block it freed (found by the fuzz target).
#[test]
fn overlapping_updates_are_trimmed() {
    use yrs::{GetString, ReadTxn, Text, Transact};

    let source = yrs::Doc::with_client_id(7);
    let text = source.get_or_insert_text("code");
    text.insert(&mut source.transact_mut(), 0, "hello");
    let first = source
        .transact()
        .encode_state_as_update_v1(&Default::default());
    text.insert(&mut source.transact_mut(), 5, " world");
    let full = source
        .transact()
        .encode_state_as_update_v1(&Default::default());

    let doc = yrs::Doc::new();
    for bytes in [&first, &full, &full] {
        let spans = ywire::check_update(bytes).unwrap();
        ywire::apply(&doc, &ywire::ClientUpdate { bytes, spans }).unwrap();
    }
    assert_eq!(
        doc.get_or_insert_text("code").get_string(&doc.transact()),
        "hello world"
    );
}

/// An update that continues a client's edits past what the document has (a
/// gap no Yjs client leaves) is refused, and the document stays usable.
#[test]
fn updates_with_a_gap_are_refused() {
    use yrs::{GetString, ReadTxn, Text, Transact};

    let source = yrs::Doc::with_client_id(9);
    let text = source.get_or_insert_text("code");
    text.insert(&mut source.transact_mut(), 0, "abc");
    let sv = source.transact().state_vector();
    text.insert(&mut source.transact_mut(), 3, "def");
    let later = source.transact().encode_state_as_update_v1(&sv);

    let doc = yrs::Doc::new();
    let spans = ywire::check_update(&later).unwrap();
    let outcome = ywire::apply(
        &doc,
        &ywire::ClientUpdate {
            bytes: &later,
            spans,
        },
    );
    assert!(
        matches!(&outcome, Err(ywire::ApplyError::Refused(e)) if e.contains("never had")),
        "{outcome:?}"
    );
    let all = source
        .transact()
        .encode_state_as_update_v1(&Default::default());
    let spans = ywire::check_update(&all).unwrap();
    ywire::apply(&doc, &ywire::ClientUpdate { bytes: &all, spans }).unwrap();
    assert_eq!(
        doc.get_or_insert_text("code").get_string(&doc.transact()),
        "abcdef"
    );
}
