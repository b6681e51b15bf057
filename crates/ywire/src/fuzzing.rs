//! What the fuzz target and its regression test run: client bytes through
//! [`crate::decode`] and on into a yrs document and presence set, the way the
//! server handles a connection's frames. It must never panic, abort or hang,
//! whatever the bytes.

use yrs::sync::{Awareness, Message as YMessage, SyncMessage};
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, Text, Transact, Update};

use crate::{ApplyError, Message, apply, decode};

/// Frames are separated by this byte sequence in fuzz inputs, so one input
/// can hold several frames that act on the same document.
pub const FRAME_SEPARATOR: &[u8] = b"\xffFRAME\xff";

/// Run one fuzz input: each frame decoded and, when it passes, applied.
pub fn exercise(input: &[u8]) {
    let mut awareness = Awareness::new(seeded_doc());
    for frame in frames(input) {
        let Ok(messages) = decode(frame) else {
            continue;
        };
        for message in messages {
            match message {
                Message::SyncStep1(sv) => {
                    let update = awareness.doc().transact().encode_state_as_update_v1(&sv);
                    let _ = YMessage::Sync(SyncMessage::SyncStep2(update)).encode_v1();
                }
                Message::Update(update) => {
                    // The checks and yrs must read the bytes alike: yrs may
                    // refuse only embedded JSON (serde_json's to judge).
                    if let Err(e) = Update::decode_v1(update.bytes) {
                        assert!(
                            matches!(e, yrs::encoding::read::Error::InvalidJSON(_)),
                            "the checks passed an update yrs cannot decode: {e}"
                        );
                    }
                    if let Err(ApplyError::Broken(e)) = apply(awareness.doc(), &update) {
                        // Contained, but a room reload in production: under
                        // the fuzzer it is a finding.
                        if cfg!(fuzzing) {
                            panic!("yrs panicked and apply contained it: {e}");
                        }
                        // As the server does: the broken copy is left behind
                        // (never touched or dropped again) for a fresh one.
                        std::mem::forget(std::mem::replace(
                            &mut awareness,
                            Awareness::new(seeded_doc()),
                        ));
                    }
                }
                Message::Awareness(update) => {
                    let _ = awareness.apply_update(update);
                    let _ = awareness.update().map(|u| u.encode_v1());
                }
                Message::AwarenessQuery | Message::Other => {}
            }
        }
    }
    let _ = awareness
        .doc()
        .transact()
        .encode_state_as_update_v1(&Default::default());
}

/// A document with some content for updates to refer to, split and delete.
fn seeded_doc() -> Doc {
    let doc = Doc::with_client_id(1);
    {
        let text = doc.get_or_insert_text("code");
        let mut txn = doc.transact_mut();
        text.insert(&mut txn, 0, "fn main() {}\n");
        text.remove_range(&mut txn, 3, 4);
    }
    doc
}

/// The frames of a fuzz input.
pub fn frames(input: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(input);
    std::iter::from_fn(move || {
        let current = rest?;
        match current
            .windows(FRAME_SEPARATOR.len())
            .position(|w| w == FRAME_SEPARATOR)
        {
            Some(i) => {
                rest = Some(&current[i + FRAME_SEPARATOR.len()..]);
                Some(&current[..i])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The frames that aborted the server before these checks existed, one per
/// class (issue 13), as a client would send them over `/yjs`.
pub fn reported_frames() -> Vec<(&'static str, Vec<u8>)> {
    let sync_update = |update: &[u8]| {
        let mut frame = vec![0, 2];
        let mut n = update.len();
        while n >= 0x80 {
            frame.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        frame.push(n as u8);
        frame.extend_from_slice(update);
        frame
    };
    vec![
        (
            "awareness with 2^33 clients",
            vec![0x01, 0x05, 0x80, 0x80, 0x80, 0x80, 0x20],
        ),
        (
            "a state vector of u32::MAX entries",
            vec![0x00, 0x00, 0x05, 0xff, 0xff, 0xff, 0xff, 0x0f],
        ),
        (
            "a delete set of u32::MAX ranges",
            sync_update(&[0x00, 0x01, 0x05, 0xff, 0xff, 0xff, 0xff, 0x0f]),
        ),
        (
            "an Any value nested 400,000 arrays deep",
            sync_update(&nested_any(400_000)),
        ),
    ]
}

/// An update inserting into root array "a" one value: arrays nested `depth` deep.
pub fn nested_any(depth: usize) -> Vec<u8> {
    // One client, one block; client 7, clock 0; Any content (8) under the
    // named root "a"; one value.
    let mut update = vec![1, 1, 7, 0, 0x08, 1, 1, b'a', 1];
    for _ in 0..depth {
        update.extend_from_slice(&[117, 1]);
    }
    // null, then an empty delete set.
    update.extend_from_slice(&[126, 0]);
    update
}
