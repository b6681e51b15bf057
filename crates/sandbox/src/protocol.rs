//! The bytes between the host and init: a JSON header, then the blobs it
//! mentions, each as a little-endian u64 length and its bytes.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Outcome, RunSpec};

fn put(out: &mut Vec<u8>, blob: &[u8]) {
    out.extend_from_slice(&(blob.len() as u64).to_le_bytes());
    out.extend_from_slice(blob);
}

/// A serializable header followed by its blobs.
pub(crate) fn encode<'a, T: Serialize>(
    header: &T,
    blobs: impl IntoIterator<Item = &'a [u8]>,
) -> Vec<u8> {
    let mut out = Vec::new();
    put(&mut out, &serde_json::to_vec(header).unwrap_or_default());
    for b in blobs {
        put(&mut out, b);
    }
    out
}

/// Reads what [`encode`] wrote: first the header, then blobs in order.
pub(crate) struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    pub(crate) fn header<T: DeserializeOwned>(bytes: &'a [u8]) -> Result<(T, Reader<'a>), String> {
        let mut r = Reader(bytes);
        let header = serde_json::from_slice(r.take()?).map_err(|e| e.to_string())?;
        Ok((header, r))
    }

    pub(crate) fn take(&mut self) -> Result<&'a [u8], String> {
        if self.0.len() < 8 {
            return Err("truncated message".into());
        }
        let (len, rest) = self.0.split_at(8);
        let len = u64::from_le_bytes(len.try_into().map_err(|_| "bad length")?) as usize;
        if rest.len() < len {
            return Err("truncated message".into());
        }
        let (blob, rest) = rest.split_at(len);
        self.0 = rest;
        Ok(blob)
    }
}

pub fn encode_spec(spec: &RunSpec) -> Vec<u8> {
    let blobs =
        std::iter::once(spec.stdin.as_slice()).chain(spec.files.iter().map(|f| f.data.as_slice()));
    encode(spec, blobs)
}

pub fn decode_spec(bytes: &[u8]) -> Result<RunSpec, String> {
    let (mut spec, mut r): (RunSpec, _) = Reader::header(bytes)?;
    spec.stdin = r.take()?.to_vec();
    for f in &mut spec.files {
        f.data = r.take()?.to_vec();
    }
    Ok(spec)
}

pub fn encode_outcome(outcome: &Outcome) -> Vec<u8> {
    let blobs = [outcome.stdout.as_slice(), outcome.stderr.as_slice()]
        .into_iter()
        .chain(outcome.files.iter().map(|f| f.data.as_slice()));
    encode(outcome, blobs)
}

pub fn decode_outcome(bytes: &[u8]) -> Result<Outcome, String> {
    let (mut outcome, mut r): (Outcome, _) = Reader::header(bytes)?;
    outcome.stdout = r.take()?.to_vec();
    outcome.stderr = r.take()?.to_vec();
    for f in &mut outcome.files {
        f.data = r.take()?.to_vec();
    }
    Ok(outcome)
}

/// A relative path of plain components: no `..`, no leading `/`, no NUL.
pub fn is_box_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() < 256
        && !p.starts_with('/')
        && !p.contains('\0')
        && p.split('/').all(|c| !c.is_empty() && c != "." && c != "..")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BoxFile;

    #[test]
    fn spec_round_trips() {
        let spec = RunSpec {
            argv: vec!["a".into()],
            stdin: b"in".to_vec(),
            files: vec![BoxFile {
                path: "x".into(),
                data: b"data".to_vec(),
                executable: true,
            }],
            copy_out: vec!["prog".into()],
            ..RunSpec::default()
        };
        let back = decode_spec(&encode_spec(&spec)).unwrap();
        assert_eq!(back.copy_out, spec.copy_out);
        assert_eq!(back.files, spec.files);
        assert_eq!(back.stdin, spec.stdin);
    }
}
