//! What a program could change in P1 from inside the box. Without root the
//! program has P1's uid, and "same owner" is all the kernel asks for
//! `prlimit(1, …)`, `setpriority`, `sched_setscheduler`, `sched_setaffinity`
//! and `ioprio_set` on pid 1: every later run forked from P1 would inherit
//! the change. P1 takes a [`Snapshot`] when the box is built and compares
//! after each run; a box that differs is not used again.

/// P1's inheritable process settings.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Snapshot {
    rlimits: Vec<(u64, u64)>,
    nice: i32,
    policy: i32,
    priority: i32,
    affinity: Vec<u8>,
    ioprio: i64,
}

/// RLIMIT_CPU … RLIMIT_RTTIME (0..16).
const RLIMITS: u32 = 16;

impl Snapshot {
    pub(crate) fn take() -> Snapshot {
        let rlimits = (0..RLIMITS)
            .map(|r| {
                let mut lim = libc::rlimit {
                    rlim_cur: 0,
                    rlim_max: 0,
                };
                // SAFETY: a valid rlimit struct to fill.
                unsafe { libc::getrlimit(r as _, &mut lim) };
                (lim.rlim_cur, lim.rlim_max)
            })
            .collect();
        // SAFETY: plain queries about this process.
        unsafe {
            *libc::__errno_location() = 0;
            let nice = libc::getpriority(libc::PRIO_PROCESS, 0);
            let policy = libc::sched_getscheduler(0);
            let mut param = libc::sched_param { sched_priority: 0 };
            libc::sched_getparam(0, &mut param);
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set);
            let affinity = std::slice::from_raw_parts(
                (&set as *const libc::cpu_set_t).cast::<u8>(),
                std::mem::size_of::<libc::cpu_set_t>(),
            )
            .to_vec();
            // ioprio_get(IOPRIO_WHO_PROCESS = 1, this process)
            let ioprio = libc::syscall(libc::SYS_ioprio_get, 1, 0);
            Snapshot {
                rlimits,
                nice,
                policy,
                priority: param.sched_priority,
                affinity,
                ioprio,
            }
        }
    }
}
