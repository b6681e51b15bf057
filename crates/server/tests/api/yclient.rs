//! A y-websocket client built on yrs (the Rust port of Yjs): it speaks the same
//! protocol as the npm `WebsocketProvider` (sync step 1/2, updates, awareness).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use yrs::sync::{Awareness, Message, MessageReader, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Doc, GetString, ReadTxn, StateVector, Text, Transact, Update};

pub struct YClient {
    pub doc: Doc,
    out: mpsc::UnboundedSender<Vec<u8>>,
    /// Set when the server closed the connection: (code, reason).
    pub closed: Arc<Mutex<Option<(u16, String)>>>,
    pub awareness: Arc<Mutex<Awareness>>,
}

impl YClient {
    /// Connect; `Err` carries the HTTP status when the server refused.
    pub async fn connect(base: &str, room: &str, token: &str) -> Result<YClient, String> {
        let url = format!(
            "{}/yjs/{room}?token={token}",
            base.replace("http://", "ws://")
        );
        let (ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .map_err(|e| e.to_string())?;
        let (mut sink, mut stream) = ws.split();
        let doc = Doc::new();
        let awareness = Arc::new(Mutex::new(Awareness::new(Doc::new())));
        let (out, mut out_rx) = mpsc::unbounded_channel::<Vec<u8>>();
        // Our state vector first, as y-websocket does.
        let sv = doc.transact().state_vector();
        out.send(Message::Sync(SyncMessage::SyncStep1(sv)).encode_v1())
            .unwrap();
        tokio::spawn(async move {
            while let Some(bytes) = out_rx.recv().await {
                // An empty message is our own "hang up" (see Drop).
                if bytes.is_empty() {
                    let _ = sink.close().await;
                    break;
                }
                if sink.send(WsMessage::binary(bytes)).await.is_err() {
                    break;
                }
            }
        });
        let closed = Arc::new(Mutex::new(None));
        let (d, o, c, a) = (doc.clone(), out.clone(), closed.clone(), awareness.clone());
        tokio::spawn(async move {
            while let Some(msg) = stream.next().await {
                match msg {
                    Ok(WsMessage::Binary(data)) => {
                        let mut decoder = DecoderV1::from(&data[..]);
                        for m in MessageReader::new(&mut decoder).flatten() {
                            match m {
                                Message::Sync(SyncMessage::SyncStep1(sv)) => {
                                    let u = d.transact().encode_state_as_update_v1(&sv);
                                    let _ = o
                                        .send(Message::Sync(SyncMessage::SyncStep2(u)).encode_v1());
                                }
                                Message::Sync(SyncMessage::SyncStep2(u))
                                | Message::Sync(SyncMessage::Update(u)) => {
                                    let u = Update::decode_v1(&u).unwrap();
                                    d.transact_mut().apply_update(u).unwrap();
                                }
                                Message::Awareness(u) => {
                                    let _ = a.lock().unwrap().apply_update(u);
                                }
                                _ => {}
                            }
                        }
                    }
                    Ok(WsMessage::Close(frame)) => {
                        *c.lock().unwrap() = Some(frame.map_or((1005, String::new()), |f| {
                            (u16::from(f.code), f.reason.to_string())
                        }));
                        break;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        c.lock().unwrap().get_or_insert((1006, e.to_string()));
                        break;
                    }
                }
            }
            c.lock().unwrap().get_or_insert((1006, String::new()));
        });
        Ok(YClient {
            doc,
            out,
            closed,
            awareness,
        })
    }

    pub fn text(&self) -> String {
        let text = self.doc.get_or_insert_text("code");
        text.get_string(&self.doc.transact())
    }

    /// Insert at `index` (clamped) and send the update, as an editor would.
    pub fn insert(&self, index: u32, s: &str) {
        let text = self.doc.get_or_insert_text("code");
        let before = self.doc.transact().state_vector();
        {
            let mut txn = self.doc.transact_mut();
            let len = text.len(&txn);
            text.insert(&mut txn, index.min(len), s);
        }
        self.send_since(&before);
    }

    /// Delete the whole text and send the update.
    pub fn delete_all(&self) {
        let text = self.doc.get_or_insert_text("code");
        let before = self.doc.transact().state_vector();
        {
            let mut txn = self.doc.transact_mut();
            let len = text.len(&txn);
            text.remove_range(&mut txn, 0, len);
        }
        self.send_since(&before);
    }

    fn send_since(&self, before: &StateVector) {
        let update = self.doc.transact().encode_state_as_update_v1(before);
        let _ = self
            .out
            .send(Message::Sync(SyncMessage::Update(update)).encode_v1());
    }

    /// Announce a presence state (cursor, name, colour).
    pub fn set_presence(&self, client_id: u64, clock: u32, json: &str) {
        let update = yrs::sync::AwarenessUpdate {
            clients: [(
                yrs::block::ClientID::new(client_id),
                yrs::sync::awareness::AwarenessUpdateEntry {
                    clock,
                    json: json.into(),
                },
            )]
            .into(),
        };
        let _ = self.out.send(Message::Awareness(update).encode_v1());
    }

    pub fn send_raw(&self, bytes: Vec<u8>) {
        let _ = self.out.send(bytes);
    }

    pub fn presence_of(&self, client_id: u64) -> Option<String> {
        let a = self.awareness.lock().unwrap();
        a.iter()
            .find(|(id, _)| id.get() == client_id)
            .and_then(|(_, s)| s.data.map(|d| d.to_string()))
    }

    pub fn closed(&self) -> Option<(u16, String)> {
        self.closed.lock().unwrap().clone()
    }
}

impl Drop for YClient {
    fn drop(&mut self) {
        let _ = self.out.send(Vec::new());
    }
}

/// Wait until `check` holds (or fail naming `what`).
pub async fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
