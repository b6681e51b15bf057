use yrs::sync::awareness::AwarenessUpdateEntry;
use yrs::sync::{AwarenessUpdate, Message as YMessage, SyncMessage};
use yrs::updates::encoder::Encode;
use yrs::{Any, Array, Doc, GetString, Map, ReadTxn, StateVector, Text, Transact, WriteTxn};

use crate::{Malformed, Message, decode};

fn refused(frame: &[u8]) -> Malformed {
    match decode(frame) {
        Ok(m) => panic!("{frame:02x?} was accepted: {m:?}"),
        Err(e) => e,
    }
}

/// A varuint as lib0 writes it.
fn var(mut n: u64, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn sync_update(update: &[u8]) -> Vec<u8> {
    let mut frame = vec![0, 2];
    var(update.len() as u64, &mut frame);
    frame.extend_from_slice(update);
    frame
}

#[test]
fn the_reported_frames_are_refused() {
    let expected = [
        "count larger than the bytes that follow",
        "count larger than the bytes that follow",
        "count larger than the bytes that follow",
        "values nested too deeply",
    ];
    let frames = crate::fuzzing::reported_frames();
    assert_eq!(frames.len(), expected.len());
    for ((what, frame), why) in frames.iter().zip(expected) {
        assert_eq!(refused(frame).what, why, "{what}");
    }
}

fn deep_any(depth: usize) -> Vec<u8> {
    crate::fuzzing::nested_any(depth)
}

#[test]
fn nesting_up_to_the_limit_passes_and_applies() {
    let frame = sync_update(&deep_any(crate::MAX_DEPTH - 1));
    let [Message::Update(bytes)] = &decode(&frame).unwrap()[..] else {
        panic!("one update expected");
    };
    let doc = Doc::new();
    let update = yrs::Update::decode_v1(bytes.bytes).unwrap();
    doc.transact_mut().apply_update(update).unwrap();
    assert_eq!(doc.get_or_insert_array("a").len(&doc.transact()), 1);
    refused(&sync_update(&deep_any(crate::MAX_DEPTH)));
}

use yrs::updates::decoder::Decode;

#[test]
fn lengths_varints_and_strings_are_checked() {
    // A string longer than the frame.
    assert_eq!(
        refused(&[0x02, 0x00, 0x10, b'x']).what,
        "length beyond the end"
    );
    // A u32 varint of six bytes (yrs would wrap it).
    assert_eq!(
        refused(&[0x00, 0x00, 0x06, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]).what,
        "varint out of range"
    );
    // Presence whose state is not UTF-8 (yrs reads strings unchecked).
    assert_eq!(
        refused(&[0x01, 0x05, 0x01, 0x01, 0x01, 0x01, 0xff]).what,
        "string is not UTF-8"
    );
    // A delete range whose end overflows u32.
    let mut u = vec![0x00, 0x01, 0x05, 0x01];
    var(u64::from(u32::MAX), &mut u);
    var(2, &mut u);
    assert_eq!(refused(&sync_update(&u)).what, "delete range overflows");
    // A block whose clock runs past u32::MAX.
    let mut u = vec![0x01, 0x01, 0x07];
    var(u64::from(u32::MAX), &mut u);
    u.extend_from_slice(&[0x00, 0x05, 0x00]);
    assert_eq!(refused(&sync_update(&u)).what, "clock overflows");
    // A skip block (a hole in a client's clocks), and an empty GC block.
    let skip = [0x01, 0x02, 0x2a, 0x00, 0x00, 0x01, 0x0a, 0x03, 0x00];
    assert_eq!(
        refused(&sync_update(&skip)).what,
        "skip blocks are not accepted"
    );
    let empty = [0x01, 0x01, 0x2a, 0x00, 0x00, 0x00, 0x00];
    assert_eq!(refused(&sync_update(&empty)).what, "empty block");
    // Trailing bytes after an update, and an empty frame.
    assert_eq!(refused(&sync_update(&[0, 0, 9])).what, "trailing bytes");
    assert_eq!(refused(&[]).what, "empty message");
    // Nine awareness queries in one frame.
    assert_eq!(refused(&[3; 9]).what, "too many messages in one frame");
}

/// What yrs itself encodes — the same bytes a Yjs client sends — passes and
/// decodes to the same thing.
#[test]
fn real_traffic_passes() {
    let doc = Doc::with_client_id(0x7fff_ffff);
    let text = doc.get_or_insert_text("code");
    let map = doc.get_or_insert_map("meta");
    let array = doc.get_or_insert_array("list");
    let mut sv_before = StateVector::default();
    for i in 0..200u32 {
        let before = doc.transact().state_vector();
        {
            let mut txn = doc.transact_mut();
            let len = text.len(&txn);
            // Byte offsets (yrs's default): ASCII inside, wider text at 0.
            text.insert(&mut txn, (i * 7) % (len + 1), "hello\n");
            text.insert(&mut txn, 0, "é🌍");
            if len > 20 {
                text.remove_range(&mut txn, 0, 6);
            }
            let nested = Any::from(std::collections::HashMap::from([(
                "deep".to_string(),
                Any::from(vec![Any::from(i as f64), Any::from("x"), Any::Null]),
            )]));
            map.insert(&mut txn, format!("k{}", i % 5), nested);
            array.insert(
                &mut txn,
                0,
                Any::Number(yrs::any::Number::Int(i64::from(i) << 40)),
            );
            txn.get_or_insert_map("other")
                .insert(&mut txn, "b", Any::Bool(true));
        }
        let update = doc.transact().encode_state_as_update_v1(&before);
        let frame = YMessage::Sync(SyncMessage::Update(update.clone())).encode_v1();
        let [Message::Update(got)] = &decode(&frame).unwrap()[..] else {
            panic!("one update expected");
        };
        assert_eq!(got.bytes, &update[..]);
        sv_before = before;
    }
    // The whole document, a state vector, and both in one frame.
    let full = doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    let mut frame = YMessage::Sync(SyncMessage::SyncStep2(full.clone())).encode_v1();
    frame.extend(YMessage::Sync(SyncMessage::SyncStep1(sv_before.clone())).encode_v1());
    match &decode(&frame).unwrap()[..] {
        [Message::Update(u), Message::SyncStep1(sv)] => {
            assert_eq!(u.bytes, &full[..]);
            assert_eq!(*sv, sv_before);
        }
        other => panic!("{other:?}"),
    }
    let copy = Doc::new();
    copy.transact_mut()
        .apply_update(yrs::Update::decode_v1(&full).unwrap())
        .unwrap();
    assert_eq!(
        copy.get_or_insert_text("code").get_string(&copy.transact()),
        text.get_string(&doc.transact())
    );
    // Presence of several clients, as y-protocols encodes it.
    let update = AwarenessUpdate {
        clients: (0..5u64)
            .map(|id| {
                let json =
                    format!(r##"{{"user":{{"name":"n{id}","color":"#30bced"}},"cursor":null}}"##);
                (
                    yrs::block::ClientID::new(id << 30),
                    AwarenessUpdateEntry {
                        clock: 3,
                        json: json.into(),
                    },
                )
            })
            .collect(),
    };
    let frame = YMessage::Awareness(update.clone()).encode_v1();
    let [Message::Awareness(got)] = &decode(&frame).unwrap()[..] else {
        panic!("one awareness update expected");
    };
    assert_eq!(*got, update);
    // Awareness query and auth messages.
    assert!(matches!(
        decode(&[3]).unwrap()[..],
        [Message::AwarenessQuery]
    ));
    assert!(matches!(
        decode(&[2, 0, 2, b'n', b'o']).unwrap()[..],
        [Message::Other]
    ));
}
