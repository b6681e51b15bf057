//! The bytes between the host, init and the box's P1: a JSON header, then the
//! blobs it mentions, each as a little-endian u64 length and its bytes. Whole
//! messages travel as frames (a u64 length, then the message), so one init
//! serves run after run over the same pipes.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd, RawFd};

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
    encode_spec_with_stdin(spec, &spec.stdin)
}

/// The spec with other stdin bytes (init hands P1 its stdin as a memfd, not bytes).
pub fn encode_spec_with_stdin(spec: &RunSpec, stdin: &[u8]) -> Vec<u8> {
    let blobs = std::iter::once(stdin).chain(spec.files.iter().map(|f| f.data.as_slice()));
    encode(spec, blobs)
}

/// Largest frame anyone accepts (stdin and files of one run together).
pub const MAX_FRAME: u64 = 1 << 30;

pub fn write_frame(w: &mut impl Write, message: &[u8]) -> std::io::Result<()> {
    w.write_all(&(message.len() as u64).to_le_bytes())?;
    w.write_all(message)?;
    w.flush()
}

/// The next frame, or `None` at a clean end of the stream.
pub fn read_frame(r: &mut impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 8];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u64::from_le_bytes(len);
    if len > MAX_FRAME {
        return Err(std::io::Error::other(format!(
            "a {len}-byte message is over the {MAX_FRAME}-byte limit"
        )));
    }
    let mut message = vec![0u8; len as usize];
    r.read_exact(&mut message)?;
    Ok(Some(message))
}

/// Most descriptors one message carries (stdin, stdout, stderr, cgroups).
pub const MAX_FDS: usize = 8;

/// Send `data` with `fds` attached (SCM_RIGHTS) over a unix stream socket.
pub fn send_fds(sock: RawFd, data: &[u8], fds: &[RawFd]) -> Result<(), String> {
    if fds.len() > MAX_FDS {
        return Err("too many descriptors".into());
    }
    let payload = std::mem::size_of_val(fds) as u32;
    // SAFETY: CMSG_SPACE only computes a size.
    let space = unsafe { libc::CMSG_SPACE(payload) } as usize;
    let mut control = vec![0u8; space];
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: a zeroed msghdr is valid; every pointer set below outlives sendmsg,
    // and the control buffer is CMSG_SPACE bytes for exactly `fds.len()` ints.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(payload) as _;
        std::ptr::copy_nonoverlapping(
            fds.as_ptr(),
            libc::CMSG_DATA(cmsg).cast::<RawFd>(),
            fds.len(),
        );
        if libc::sendmsg(sock, &msg, libc::MSG_NOSIGNAL) != data.len() as isize {
            return Err(format!("sendmsg: {}", std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Receive exactly `data.len()` bytes, the first of which carried descriptors.
/// `Ok(None)` at a clean end of the stream.
pub fn recv_fds(sock: RawFd, data: &mut [u8]) -> Result<Option<Vec<OwnedFd>>, String> {
    // SAFETY: CMSG_SPACE only computes a size.
    let space = unsafe { libc::CMSG_SPACE((MAX_FDS * std::mem::size_of::<RawFd>()) as u32) };
    let mut control = vec![0u8; space as usize];
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    let mut fds = Vec::new();
    // SAFETY: as in send_fds; the kernel fills at most `space` bytes of control,
    // and every descriptor it passed is taken into an OwnedFd exactly once.
    let n = unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let n = libc::recvmsg(sock, &mut msg, libc::MSG_CMSG_CLOEXEC);
        let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
        while !cmsg.is_null() {
            if (*cmsg).cmsg_level == libc::SOL_SOCKET && (*cmsg).cmsg_type == libc::SCM_RIGHTS {
                let bytes = (*cmsg).cmsg_len as usize - libc::CMSG_LEN(0) as usize;
                let first = libc::CMSG_DATA(cmsg).cast::<RawFd>();
                for i in 0..bytes / std::mem::size_of::<RawFd>() {
                    fds.push(OwnedFd::from_raw_fd(first.add(i).read_unaligned()));
                }
            }
            cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
        }
        if msg.msg_flags & libc::MSG_CTRUNC != 0 {
            return Err("too many descriptors in one message".into());
        }
        n
    };
    if n == 0 {
        return Ok(None);
    }
    if n < 0 {
        return Err(format!("recvmsg: {}", std::io::Error::last_os_error()));
    }
    let n = n as usize;
    if n < data.len() {
        // The rest of the bytes follow without descriptors.
        // SAFETY: a borrowed view of our socket, not closed here.
        let mut sock = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(sock) });
        sock.read_exact(&mut data[n..]).map_err(|e| e.to_string())?;
    }
    Ok(Some(fds))
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
