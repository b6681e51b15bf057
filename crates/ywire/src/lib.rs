//! The y-websocket wire format, as it arrives from clients nobody trusts.
//!
//! yrs decodes lib0 bytes trusting the counts and lengths in them: it reserves
//! memory for a count before reading what it counts, recurses into nested
//! values without a limit, and reads strings without checking UTF-8. One small
//! frame could make the process abort (an allocation of 2^33 entries, a stack
//! overflow), which no task boundary catches. So every byte a client sends is
//! first walked here, by a parser that mirrors yrs's grammar exactly
//! (`check.rs`) and refuses:
//!
//! - a count larger than the bytes that follow could hold,
//! - nesting deeper than [`MAX_DEPTH`],
//! - strings that are not UTF-8,
//! - varints longer than their type (yrs would wrap them), clocks that overflow,
//! - trailing bytes, and more than [`MAX_MESSAGES`] messages in one frame.
//!
//! Only what passes is handed to yrs's own decoders, and [`apply`] contains
//! the panics yrs can still hit integrating a well-formed but inconsistent
//! update. No I/O, no async: the `fuzz/` targets drive [`decode`] and
//! [`fuzzing::exercise`] directly.

mod apply;
mod check;
pub mod fuzzing;

use yrs::StateVector;
use yrs::sync::AwarenessUpdate;
use yrs::updates::decoder::Decode;

pub use apply::{ApplyError, apply, apply_from_peer};
pub use check::{MAX_DEPTH, Span, check_awareness, check_state_vector, check_update};

/// y-websocket clients send one message per frame; a few are tolerated.
pub const MAX_MESSAGES: usize = 8;

/// Why bytes were refused, and where (an offset into the buffer checked).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} (at byte {at})")]
pub struct Malformed {
    pub what: &'static str,
    pub at: usize,
}

/// One y-websocket protocol message, checked and decoded.
#[derive(Debug)]
pub enum Message<'a> {
    SyncStep1(StateVector),
    /// Sync step 2 or an incremental update (v1 encoding, already checked):
    /// both are applied alike, with [`apply`].
    Update(ClientUpdate<'a>),
    Awareness(AwarenessUpdate),
    AwarenessQuery,
    /// Auth and custom messages (authorisation happened at connect).
    Other,
}

const MSG_SYNC: u32 = 0;
const MSG_AWARENESS: u32 = 1;
const MSG_AUTH: u32 = 2;
const MSG_QUERY_AWARENESS: u32 = 3;

/// A checked update from a client: its bytes, and the clocks it carries.
#[derive(Debug)]
pub struct ClientUpdate<'a> {
    pub bytes: &'a [u8],
    pub spans: Vec<Span>,
}

/// Check and decode one binary WebSocket message from a client.
pub fn decode(data: &[u8]) -> Result<Vec<Message<'_>>, Malformed> {
    let mut r = check::Reader::new(data);
    let mut out = Vec::new();
    while !r.is_done() {
        if out.len() == MAX_MESSAGES {
            return Err(r.error("too many messages in one frame"));
        }
        let tag = r.var_u32()?;
        out.push(match tag {
            MSG_SYNC => match r.var_u32()? {
                0 => {
                    let sv = r.buf()?;
                    let at = r.pos() - sv.len();
                    check_state_vector(sv).map_err(|e| e.offset(at))?;
                    Message::SyncStep1(
                        StateVector::decode_v1(sv).map_err(|_| r.error("bad state vector"))?,
                    )
                }
                1 | 2 => {
                    let update = r.buf()?;
                    let at = r.pos() - update.len();
                    let spans = check_update(update).map_err(|e| e.offset(at))?;
                    Message::Update(ClientUpdate {
                        bytes: update,
                        spans,
                    })
                }
                _ => return Err(r.error("unknown sync message")),
            },
            MSG_AWARENESS => {
                let update = r.buf()?;
                let at = r.pos() - update.len();
                check_awareness(update).map_err(|e| e.offset(at))?;
                Message::Awareness(
                    AwarenessUpdate::decode_v1(update)
                        .map_err(|_| r.error("bad awareness update"))?,
                )
            }
            MSG_AUTH => {
                if r.var_u32()? == 0 {
                    r.string()?;
                }
                Message::Other
            }
            MSG_QUERY_AWARENESS => Message::AwarenessQuery,
            tag if tag <= u8::MAX as u32 => {
                r.buf()?;
                Message::Other
            }
            _ => return Err(r.error("unknown message type")),
        });
    }
    if out.is_empty() {
        return Err(r.error("empty message"));
    }
    Ok(out)
}

impl Malformed {
    /// Make the position relative to an enclosing buffer.
    fn offset(self, by: usize) -> Malformed {
        Malformed {
            at: self.at + by,
            ..self
        }
    }
}
