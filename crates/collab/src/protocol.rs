//! The y-websocket protocol: client bytes are checked and decoded by
//! `ywire` (which guards yrs's decoders against hostile counts and nesting);
//! yrs's `sync` module does the encoding.

pub(crate) use ywire::Message as Incoming;

/// Why a client's message was refused; the server closes the connection.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    #[error("malformed message: {0}")]
    Malformed(String),
    #[error("the document would exceed {0} bytes")]
    DocumentTooLarge(usize),
    /// Beyond what a connection may do (presence ids and sizes, sync requests).
    #[error("{0}")]
    Policy(String),
    #[error("the document store is unavailable")]
    Unavailable,
}

pub(crate) fn decode(data: &[u8]) -> Result<Vec<Incoming<'_>>, ProtocolError> {
    ywire::decode(data).map_err(|e| ProtocolError::Malformed(e.to_string()))
}
