//! Decoding the y-websocket protocol (yrs's `sync` module does the encoding).
//! One WebSocket message may carry several protocol messages back to back.

use yrs::StateVector;
use yrs::sync::{AwarenessUpdate, Message, MessageReader, SyncMessage};
use yrs::updates::decoder::DecoderV1;

/// Why a client's message was refused; the server closes the connection.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    #[error("malformed message: {0}")]
    Malformed(String),
    #[error("the document would exceed {0} bytes")]
    DocumentTooLarge(usize),
    #[error("the document store is unavailable")]
    Unavailable,
}

pub(crate) enum Incoming {
    SyncStep1(StateVector),
    /// Sync step 2 and incremental updates are applied alike.
    Update(Vec<u8>),
    Awareness(AwarenessUpdate),
    AwarenessQuery,
    /// Auth and custom messages: ignored (authorisation happened at connect).
    Other,
}

pub(crate) fn decode(data: &[u8]) -> Result<Vec<Incoming>, ProtocolError> {
    let mut decoder = DecoderV1::from(data);
    let mut out = Vec::new();
    for message in MessageReader::new(&mut decoder) {
        let message = message.map_err(|e| ProtocolError::Malformed(e.to_string()))?;
        out.push(match message {
            Message::Sync(SyncMessage::SyncStep1(sv)) => Incoming::SyncStep1(sv),
            Message::Sync(SyncMessage::SyncStep2(u)) | Message::Sync(SyncMessage::Update(u)) => {
                Incoming::Update(u)
            }
            Message::Awareness(update) => Incoming::Awareness(update),
            Message::AwarenessQuery => Incoming::AwarenessQuery,
            _ => Incoming::Other,
        });
    }
    if out.is_empty() {
        return Err(ProtocolError::Malformed("empty message".into()));
    }
    Ok(out)
}
