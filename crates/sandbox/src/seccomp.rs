//! The seccomp deny-list, written as a classic BPF program by hand: it is short,
//! and it needs two checks the usual builders do not express (the x32 syscall
//! bit, and `clone` flags). `seccompiler` was considered; libseccomp would add a
//! C library to every host.
//!
//! Denied: the 32-bit ABIs, tracing and introspection of other processes, every
//! kind of mount and namespace change, kernel keyrings, BPF, perf, io_uring,
//! module and kexec loading, reboot, clock setting, and sockets other than
//! AF_UNIX (AF_INET and AF_INET6 fail with EAFNOSUPPORT instead). A denied
//! call kills the process with SIGSYS (`syscall_denied`);
//! `clone3` gets ENOSYS instead so that libc falls back to `clone`, whose flags
//! can be checked.

use libc::sock_filter;

const RET_KILL_PROCESS: u32 = 0x8000_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_ALLOW: u32 = 0x7fff_0000;
const X32_SYSCALL_BIT: u32 = 0x4000_0000;

const LD_W_ABS: u16 = 0x20;
const JEQ_K: u16 = 0x15;
const JGE_K: u16 = 0x35;
const JSET_K: u16 = 0x45;
const RET_K: u16 = 0x06;

const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;
const OFF_ARG0: u32 = 16;

#[cfg(target_arch = "x86_64")]
const AUDIT_ARCH: u32 = 0xC000_003E;
#[cfg(target_arch = "aarch64")]
const AUDIT_ARCH: u32 = 0xC000_00B7;

pub fn supported() -> bool {
    cfg!(any(target_arch = "x86_64", target_arch = "aarch64"))
}

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn denied() -> Vec<libc::c_long> {
    use libc::*;
    let mut v = vec![
        SYS_ptrace,
        SYS_process_vm_readv,
        SYS_process_vm_writev,
        SYS_kcmp,
        SYS_pidfd_getfd,
        SYS_mount,
        SYS_umount2,
        SYS_pivot_root,
        SYS_chroot,
        SYS_unshare,
        SYS_setns,
        SYS_fsopen,
        SYS_fsmount,
        SYS_fsconfig,
        SYS_fspick,
        SYS_move_mount,
        SYS_open_tree,
        SYS_mount_setattr,
        SYS_keyctl,
        SYS_add_key,
        SYS_request_key,
        SYS_bpf,
        SYS_perf_event_open,
        SYS_io_uring_setup,
        SYS_io_uring_enter,
        SYS_io_uring_register,
        SYS_kexec_load,
        SYS_kexec_file_load,
        SYS_reboot,
        SYS_init_module,
        SYS_finit_module,
        SYS_delete_module,
        SYS_swapon,
        SYS_swapoff,
        SYS_acct,
        SYS_settimeofday,
        SYS_clock_settime,
        SYS_clock_adjtime,
        SYS_adjtimex,
        SYS_sethostname,
        SYS_setdomainname,
        SYS_open_by_handle_at,
        SYS_name_to_handle_at,
        SYS_userfaultfd,
        SYS_fanotify_init,
        SYS_quotactl,
        SYS_vhangup,
        SYS_syslog,
        SYS_personality,
        SYS_move_pages,
        SYS_lookup_dcookie,
    ];
    #[cfg(target_arch = "x86_64")]
    v.extend([SYS_iopl, SYS_ioperm, SYS_uselib, SYS_nfsservctl]);
    v
}

/// Namespace flags a `clone` may not carry.
const NS_FLAGS: u32 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWCGROUP) as u32;

fn stmt(code: u16, k: u32) -> sock_filter {
    sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

/// The filter program. Layout: checks jump forward to the shared KILL at the end.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn program() -> Vec<sock_filter> {
    let deny = denied();
    let mut p = Vec::new();
    // Placeholders patched below once the distance to KILL is known.
    p.push(stmt(LD_W_ABS, OFF_ARCH));
    let arch_check = p.len();
    p.push(jump(JEQ_K, AUDIT_ARCH, 0, 0));
    p.push(stmt(LD_W_ABS, OFF_NR));
    let x32_check = p.len();
    p.push(jump(JGE_K, X32_SYSCALL_BIT, 0, 0));
    let mut deny_checks = Vec::new();
    for nr in &deny {
        deny_checks.push(p.len());
        p.push(jump(JEQ_K, *nr as u32, 0, 0));
    }
    // clone3 → ENOSYS.
    p.push(jump(JEQ_K, libc::SYS_clone3 as u32, 0, 1));
    p.push(stmt(RET_K, RET_ERRNO | libc::ENOSYS as u32));
    // socket: AF_UNIX allowed; AF_INET/AF_INET6 fail with EAFNOSUPPORT (runtimes
    // such as the JVM probe them at start; the empty network namespace makes
    // them useless anyway); every other family (packet, netlink, vsock, …) kills.
    p.push(jump(JEQ_K, libc::SYS_socket as u32, 0, 6));
    p.push(stmt(LD_W_ABS, OFF_ARG0));
    p.push(jump(JEQ_K, libc::AF_UNIX as u32, 3, 0));
    p.push(jump(JEQ_K, libc::AF_INET as u32, 1, 0));
    let socket_check = p.len();
    p.push(jump(JEQ_K, libc::AF_INET6 as u32, 0, 0));
    p.push(stmt(RET_K, RET_ERRNO | libc::EAFNOSUPPORT as u32));
    p.push(stmt(RET_K, RET_ALLOW));
    // clone(flags & NS_FLAGS) → kill.
    p.push(jump(JEQ_K, libc::SYS_clone as u32, 0, 2));
    p.push(stmt(LD_W_ABS, OFF_ARG0));
    let clone_check = p.len();
    p.push(jump(JSET_K, NS_FLAGS, 0, 0));
    p.push(stmt(RET_K, RET_ALLOW));
    let kill = p.len();
    p.push(stmt(RET_K, RET_KILL_PROCESS));

    let dist =
        |from: usize| -> u8 { u8::try_from(kill - from - 1).expect("seccomp program too long") };
    p[arch_check].jf = dist(arch_check);
    p[x32_check].jt = dist(x32_check);
    for i in deny_checks {
        p[i].jt = dist(i);
    }
    p[socket_check].jf = dist(socket_check);
    p[clone_check].jt = dist(clone_check);
    p
}

/// Install the filter on the calling thread (after `no_new_privs`). Called in
/// the forked child just before `execve`; only raw syscalls happen here.
pub fn install(program: &[sock_filter]) -> Result<(), i32> {
    let fprog = libc::sock_fprog {
        len: program.len() as u16,
        filter: program.as_ptr() as *mut sock_filter,
    };
    // SAFETY: fprog points at a live, correctly sized filter array.
    let rc = unsafe {
        libc::prctl(
            libc::PR_SET_SECCOMP,
            libc::SECCOMP_MODE_FILTER,
            &fprog as *const libc::sock_fprog,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    }
}
