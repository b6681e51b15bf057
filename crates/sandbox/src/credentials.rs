//! Who the program runs as: the last steps before no_new_privs, seccomp and
//! execve, in the forked child (plain syscalls only).
//!
//! With root, the program becomes an unprivileged user (uid/gid 65534, no
//! supplementary groups): changing uid away from 0 clears every capability.
//! Without root the box has its own user namespace with a single mapped uid
//! (ours, as its uid 0), so there is no other user to become: the program
//! stays uid 0 of that namespace and gives up every capability for good —
//! bounding set, ambient set, effective/permitted/inheritable, and securebits
//! that stop uid 0 from regaining any on execve.

use std::io::Error;

/// Become `uid` (and the group of the same number) with no supplementary groups.
pub(crate) fn become_user(uid: u32) -> Result<(), Error> {
    // SAFETY: credential syscalls on this process only.
    unsafe {
        if libc::setgroups(0, std::ptr::null()) != 0
            || libc::setresgid(uid, uid, uid) != 0
            || libc::setresuid(uid, uid, uid) != 0
        {
            return Err(Error::last_os_error());
        }
    }
    Ok(())
}

// linux/securebits.h
const SECBIT_NOROOT: libc::c_ulong = 1 << 0;
const SECBIT_NOROOT_LOCKED: libc::c_ulong = 1 << 1;
const SECBIT_NO_SETUID_FIXUP: libc::c_ulong = 1 << 2;
const SECBIT_NO_SETUID_FIXUP_LOCKED: libc::c_ulong = 1 << 3;
const SECBIT_KEEP_CAPS_LOCKED: libc::c_ulong = 1 << 5;
const SECBIT_NO_CAP_AMBIENT_RAISE: libc::c_ulong = 1 << 6;
const SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED: libc::c_ulong = 1 << 7;

// linux/capability.h
const LINUX_CAPABILITY_VERSION_3: u32 = 0x2008_0522;

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

/// Give up every capability, now and across execve.
pub(crate) fn drop_all_capabilities() -> Result<(), Error> {
    let bits = SECBIT_NOROOT
        | SECBIT_NOROOT_LOCKED
        | SECBIT_NO_SETUID_FIXUP
        | SECBIT_NO_SETUID_FIXUP_LOCKED
        | SECBIT_KEEP_CAPS_LOCKED
        | SECBIT_NO_CAP_AMBIENT_RAISE
        | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED;
    // SAFETY: prctl and capset on this process only, with valid arguments.
    unsafe {
        // Securebits and the bounding set need CAP_SETPCAP: before capset.
        if libc::prctl(libc::PR_SET_SECUREBITS, bits, 0, 0, 0) != 0 {
            return Err(Error::last_os_error());
        }
        for cap in 0..64 {
            // EINVAL past the kernel's last capability: nothing to drop.
            if libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0) != 0
                && Error::last_os_error().raw_os_error() != Some(libc::EINVAL)
            {
                return Err(Error::last_os_error());
            }
        }
        if libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL,
            0,
            0,
            0,
        ) != 0
        {
            return Err(Error::last_os_error());
        }
        let header = CapHeader {
            version: LINUX_CAPABILITY_VERSION_3,
            pid: 0,
        };
        let data = [CapData::default(); 2];
        if libc::syscall(libc::SYS_capset, &header, data.as_ptr()) != 0 {
            return Err(Error::last_os_error());
        }
    }
    Ok(())
}
