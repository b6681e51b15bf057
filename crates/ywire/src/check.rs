//! A validating walk over lib0 v1 bytes that mirrors yrs 0.28's decoders
//! (`Update`, `StateVector`, `AwarenessUpdate`, `Any`), reading exactly the
//! bytes they would read, so that what passes here cannot make them reserve
//! memory beyond the bytes present, recurse without bound, read invalid UTF-8
//! or overflow a clock. Stricter than yrs where yrs is lax (overlong varints,
//! trailing bytes, empty blocks) or unsafe (subdocuments leak, skips leave
//! holes); never laxer. Keep it in step with yrs when yrs is upgraded:
//! the fuzz target (`fuzz/`) decodes with both.

use crate::Malformed;

/// How deeply `Any` values (JSON-like maps and arrays inside updates) nest.
pub const MAX_DEPTH: usize = 64;

type Result<T> = std::result::Result<T, Malformed>;

pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn is_done(&self) -> bool {
        self.pos == self.buf.len()
    }

    fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    pub(crate) fn error(&self, what: &'static str) -> Malformed {
        Malformed { what, at: self.pos }
    }

    fn u8(&mut self) -> Result<u8> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.error("length beyond the end"));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// An unsigned varint of at most `bits` bits, in at most as many bytes as
    /// that needs (yrs wraps longer ones into other values).
    fn var_uint(&mut self, bits: u32) -> Result<u64> {
        let start = self.pos;
        let mut value: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            let part = u64::from(b & 0x7f);
            if shift >= bits || (bits - shift < 7 && part >> (bits - shift) != 0) {
                self.pos = start;
                return Err(self.error("varint out of range"));
            }
            value |= part << shift;
            shift += 7;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
    }

    pub(crate) fn var_u32(&mut self) -> Result<u32> {
        Ok(self.var_uint(32)? as u32)
    }

    fn var_u64(&mut self) -> Result<u64> {
        self.var_uint(64)
    }

    /// A client id: yrs keeps 53 bits (what JavaScript numbers hold) and
    /// asserts the rest are zero.
    fn client(&mut self) -> Result<u64> {
        self.var_uint(53)
    }

    /// lib0's signed varint (sign in the first byte); at most 62 bits, which
    /// covers every number JavaScript encodes and keeps yrs's shifts in range.
    fn var_i64(&mut self) -> Result<i64> {
        let first = self.u8()?;
        let negative = first & 0x40 != 0;
        let mut value = i64::from(first & 0x3f);
        let mut more = first & 0x80 != 0;
        let mut shift = 6;
        while more {
            if shift > 55 {
                return Err(self.error("signed varint out of range"));
            }
            let b = self.u8()?;
            value |= i64::from(b & 0x7f) << shift;
            shift += 7;
            more = b & 0x80 != 0;
        }
        Ok(if negative { -value } else { value })
    }

    pub(crate) fn buf(&mut self) -> Result<&'a [u8]> {
        let n = self.var_u32()? as usize;
        self.take(n)
    }

    pub(crate) fn string(&mut self) -> Result<&'a str> {
        let at = self.pos;
        let bytes = self.buf()?;
        std::str::from_utf8(bytes).map_err(|_| Malformed {
            what: "string is not UTF-8",
            at,
        })
    }

    /// A count of things each taking at least `each` bytes: never more than
    /// the bytes that follow can hold (this is what keeps yrs's
    /// `with_capacity(count)` within the message's own size).
    fn count(&mut self, count: u64, each: usize) -> Result<usize> {
        if count > (self.remaining() / each.max(1)) as u64 {
            return Err(self.error("count larger than the bytes that follow"));
        }
        Ok(count as usize)
    }

    fn count_u32(&mut self, each: usize) -> Result<usize> {
        let n = self.var_u32()?;
        self.count(n.into(), each)
    }

    fn count_u64(&mut self, each: usize) -> Result<usize> {
        let n = self.var_u64()?;
        self.count(n, each)
    }

    fn end(&self) -> Result<()> {
        if self.is_done() {
            Ok(())
        } else {
            Err(self.error("trailing bytes"))
        }
    }

    /// An ID as the v1 update decoder reads it: client, then a u32 clock.
    fn id(&mut self) -> Result<()> {
        self.client()?;
        self.var_u32()?;
        Ok(())
    }
}

/// A state vector (`SyncStep1`): `{client, clock: u32}*`.
pub fn check_state_vector(bytes: &[u8]) -> Result<()> {
    let mut r = Reader::new(bytes);
    for _ in 0..r.count_u32(2)? {
        r.client()?;
        r.var_u32()?;
    }
    r.end()
}

/// An awareness (presence) update: `{client, clock: u32, json: string}*`.
pub fn check_awareness(bytes: &[u8]) -> Result<()> {
    let mut r = Reader::new(bytes);
    for _ in 0..r.count_u64(3)? {
        r.client()?;
        r.var_u32()?;
        r.string()?;
    }
    r.end()
}

/// The clocks an update carries for one client: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub client: u64,
    pub start: u32,
    pub end: u32,
}

/// A document update in the v1 encoding: blocks per client, then the delete
/// set. Returns the clocks it carries per client.
pub fn check_update(bytes: &[u8]) -> Result<Vec<Span>> {
    let mut r = Reader::new(bytes);
    let mut spans: Vec<Span> = Vec::new();
    // Each client: its block count, id and first clock.
    for _ in 0..r.count_u32(3)? {
        let blocks = r.count_u32(1)?;
        let client = r.client()?;
        if spans.iter().any(|s| s.client == client) {
            return Err(r.error("a client appears twice in one update"));
        }
        let start = r.var_u32()?;
        let mut clock = u64::from(start);
        for _ in 0..blocks {
            clock += block(&mut r)?;
            if clock > u64::from(u32::MAX) {
                return Err(r.error("clock overflows"));
            }
        }
        spans.push(Span {
            client,
            start,
            end: clock as u32,
        });
    }
    delete_set(&mut r)?;
    r.end()?;
    Ok(spans)
}

const BLOCK_GC: u8 = 0;
const BLOCK_SKIP: u8 = 10;
const HAS_ORIGIN: u8 = 0b1000_0000;
const HAS_RIGHT_ORIGIN: u8 = 0b0100_0000;
const HAS_PARENT_SUB: u8 = 0b0010_0000;

/// One block; returns its length in clock units.
fn block(r: &mut Reader) -> Result<u64> {
    let info = r.u8()?;
    if info == BLOCK_SKIP {
        // A hole in the client's clocks. Yjs writes these only when merging
        // updates, never in what a client sends, and yrs keeps the hole in
        // the document (see `apply.rs` for why a hole is dangerous).
        return Err(r.error("skip blocks are not accepted"));
    }
    if info == BLOCK_GC {
        let len = r.var_u32()?;
        if len == 0 {
            return Err(r.error("empty block"));
        }
        return Ok(len.into());
    }
    if info & HAS_ORIGIN != 0 {
        r.id()?;
    }
    if info & HAS_RIGHT_ORIGIN != 0 {
        r.id()?;
    }
    if info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN) == 0 {
        // The parent: a named root type or another item's id.
        if r.var_u32()? == 1 {
            r.string()?;
        } else {
            r.id()?;
        }
        if info & HAS_PARENT_SUB != 0 {
            r.string()?;
        }
    }
    content(r, info & 0b1111)
}

/// Item content by its reference number (yrs `ItemContent::decode`).
fn content(r: &mut Reader, kind: u8) -> Result<u64> {
    Ok(match kind {
        // Deleted: a length.
        1 => r.var_u32()?.into(),
        // JSON: yrs reads `len + 1` strings (and treats a length over i32::MAX
        // as negative).
        2 => {
            let len = r.var_u32()?;
            if len > i32::MAX as u32 {
                return Err(r.error("JSON content length out of range"));
            }
            let n = r.count(u64::from(len) + 1, 1)?;
            for _ in 0..n {
                r.string()?;
            }
            n as u64
        }
        // Binary.
        3 => {
            r.buf()?;
            1
        }
        // String: its length in UTF-16 units.
        4 => r.string()?.encode_utf16().count() as u64,
        // Embed (a JSON string; serde_json bounds its nesting).
        5 => {
            r.string()?;
            1
        }
        // Format: key and JSON value.
        6 => {
            r.string()?;
            r.string()?;
            1
        }
        // A nested type.
        7 => {
            match r.u8()? {
                // XmlElement carries its tag name.
                3 => {
                    r.string()?;
                }
                0 | 1 | 2 | 4 | 5 | 6 | 15 => {}
                // A subdocument type (see content 9 below).
                9 => return Err(r.error("subdocuments are not accepted")),
                _ => return Err(r.error("unknown type reference")),
            }
            1
        }
        // Any values.
        8 => {
            let n = r.count_u32(1)?;
            for _ in 0..n {
                any(r, 0)?;
            }
            n as u64
        }
        // A subdocument: refused. Rooms have no use for them, and yrs 0.28
        // leaks a document that holds one (a reference cycle), so every
        // unload of such a room would leak it whole.
        9 => return Err(r.error("subdocuments are not accepted")),
        _ => return Err(r.error("unknown content type")),
    })
}

/// lib0's `Any` (yrs `Any::decode`), nested at most `MAX_DEPTH` deep.
fn any(r: &mut Reader, depth: usize) -> Result<()> {
    if depth >= MAX_DEPTH {
        return Err(r.error("values nested too deeply"));
    }
    match r.u8()? {
        // undefined, null, false, true
        127 | 126 | 121 | 120 => {}
        // integer
        125 => {
            r.var_i64()?;
        }
        // float32
        124 => {
            r.take(4)?;
        }
        // float64, bigint
        123 | 122 => {
            r.take(8)?;
        }
        119 => {
            r.string()?;
        }
        // map: key and value pairs
        118 => {
            for _ in 0..r.count_u64(2)? {
                r.string()?;
                any(r, depth + 1)?;
            }
        }
        // array
        117 => {
            for _ in 0..r.count_u64(1)? {
                any(r, depth + 1)?;
            }
        }
        // buffer
        116 => {
            r.buf()?;
        }
        _ => return Err(r.error("unknown value type")),
    }
    Ok(())
}

/// The delete set: per client, ranges of `(clock, len)`.
fn delete_set(r: &mut Reader) -> Result<()> {
    for _ in 0..r.count_u32(2)? {
        r.client()?;
        for _ in 0..r.count_u32(2)? {
            let clock = r.var_u32()?;
            let len = r.var_u32()?;
            if clock.checked_add(len).is_none() {
                return Err(r.error("delete range overflows"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
