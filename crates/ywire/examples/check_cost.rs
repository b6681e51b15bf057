//! What the checks cost next to what yrs does with the same bytes anyway
//! (`bench/ywire.sh`): per frame, `ywire::decode` against yrs's own
//! `MessageReader` decode, and a keystroke's full path (check, decode,
//! apply) against yrs's decode + apply alone, in one run.

use std::hint::black_box;
use std::time::{Duration, Instant};

use yrs::sync::awareness::AwarenessUpdateEntry;
use yrs::sync::{AwarenessUpdate, Message, MessageReader, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, StateVector, Text, Transact, Update};

fn time(mut f: impl FnMut()) -> Duration {
    // Enough rounds for ~200 ms, best of five.
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(40) {
        f();
        n += 1;
    }
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed() / n
        })
        .min()
        .unwrap()
}

fn main() {
    // A 4,000-character document typed one keystroke at a time.
    let doc = Doc::with_client_id(42);
    let text = doc.get_or_insert_text("code");
    let mut keystrokes = Vec::new();
    for i in 0..4000u32 {
        let before = doc.transact().state_vector();
        text.insert(
            &mut doc.transact_mut(),
            i / 2,
            if i % 50 == 0 { "\n" } else { "x" },
        );
        keystrokes.push(doc.transact().encode_state_as_update_v1(&before));
    }
    let full = doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    let presence = AwarenessUpdate {
        clients: [(
            yrs::block::ClientID::new(7),
            AwarenessUpdateEntry {
                clock: 12,
                json: r##"{"user":{"name":"Ada","color":"#30bced","member":"u:1"},"cursor":{"anchor":{"type":null,"tname":"code","item":{"client":42,"clock":17},"assoc":0},"head":{"type":null,"tname":"code","item":{"client":42,"clock":17},"assoc":0}}}"##.into(),
            },
        )]
        .into(),
    };
    let frames = [
        (
            "keystroke update",
            Message::Sync(SyncMessage::Update(keystrokes[2000].clone())).encode_v1(),
        ),
        (
            "sync step 2, 4,000 chars",
            Message::Sync(SyncMessage::SyncStep2(full.clone())).encode_v1(),
        ),
        ("presence", Message::Awareness(presence).encode_v1()),
    ];
    println!(
        "{:<28} {:>12} {:>12} {:>8}",
        "frame", "ywire", "yrs decode", "ratio"
    );
    for (name, frame) in &frames {
        let ours = time(|| {
            black_box(ywire::decode(black_box(frame)).unwrap());
        });
        let theirs = time(|| {
            let mut d = DecoderV1::from(black_box(&frame[..]));
            let msgs: Vec<_> = MessageReader::new(&mut d).collect();
            // yrs leaves an update's bytes undecoded; decode them as we do.
            for m in msgs.into_iter().flatten() {
                if let Message::Sync(SyncMessage::Update(u) | SyncMessage::SyncStep2(u)) = m {
                    black_box(Update::decode_v1(&u).unwrap());
                }
            }
        });
        println!(
            "{name:<28} {:>10.2}µs {:>10.2}µs {:>7.2}×",
            ours.as_secs_f64() * 1e6,
            theirs.as_secs_f64() * 1e6,
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
    // Every keystroke's whole path, replayed into a fresh document.
    let frames: Vec<Vec<u8>> = keystrokes
        .iter()
        .map(|k| Message::Sync(SyncMessage::Update(k.clone())).encode_v1())
        .collect();
    let per = |t: Duration| t.as_secs_f64() * 1e6 / frames.len() as f64;
    let checked = time(|| {
        let d = Doc::new();
        for frame in &frames {
            for m in ywire::decode(frame).unwrap() {
                if let ywire::Message::Update(u) = m {
                    ywire::apply(&d, &u).unwrap();
                }
            }
        }
    });
    let plain = time(|| {
        let d = Doc::new();
        for frame in &frames {
            let mut dec = DecoderV1::from(&frame[..]);
            for m in MessageReader::new(&mut dec).flatten() {
                if let Message::Sync(SyncMessage::Update(u)) = m {
                    d.transact_mut()
                        .apply_update(Update::decode_v1(&u).unwrap())
                        .unwrap();
                }
            }
        }
    });
    println!(
        "{:<28} {:>10.2}µs {:>10.2}µs {:>7.2}×   (per keystroke: checks + guarded apply vs yrs alone)",
        "4,000 keystrokes applied",
        per(checked),
        per(plain),
        checked.as_secs_f64() / plain.as_secs_f64()
    );
}
