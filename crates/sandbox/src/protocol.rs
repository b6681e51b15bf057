//! The bytes between the host and init: a JSON header, then the blobs it
//! mentions, each as a little-endian u64 length and its bytes.

use crate::{Outcome, RunSpec};

fn put(out: &mut Vec<u8>, blob: &[u8]) {
    out.extend_from_slice(&(blob.len() as u64).to_le_bytes());
    out.extend_from_slice(blob);
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self) -> Result<&'a [u8], String> {
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
    let mut out = Vec::new();
    put(&mut out, &serde_json::to_vec(spec).unwrap_or_default());
    put(&mut out, &spec.stdin);
    for f in &spec.files {
        put(&mut out, &f.data);
    }
    out
}

pub fn decode_spec(bytes: &[u8]) -> Result<RunSpec, String> {
    let mut r = Reader(bytes);
    let mut spec: RunSpec = serde_json::from_slice(r.take()?).map_err(|e| e.to_string())?;
    spec.stdin = r.take()?.to_vec();
    for f in &mut spec.files {
        f.data = r.take()?.to_vec();
    }
    Ok(spec)
}

pub fn encode_outcome(outcome: &Outcome) -> Vec<u8> {
    let mut out = Vec::new();
    put(&mut out, &serde_json::to_vec(outcome).unwrap_or_default());
    put(&mut out, &outcome.stdout);
    put(&mut out, &outcome.stderr);
    for f in &outcome.files {
        put(&mut out, &f.data);
    }
    out
}

pub fn decode_outcome(bytes: &[u8]) -> Result<Outcome, String> {
    let mut r = Reader(bytes);
    let mut outcome: Outcome = serde_json::from_slice(r.take()?).map_err(|e| e.to_string())?;
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
