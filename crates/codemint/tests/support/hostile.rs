//! The security regression suite's hostile programs (SPEC C4), each with its
//! expected outcome, and how one is run through `codemint run` and judged.
//! Shared by `hostile.rs` (as root) and `rootless.rs` (without root).
#![allow(dead_code, reason = "each test binary uses its own part")]

use std::path::Path;
use std::process::Command;

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_codemint");
pub const SECRET: &str = "codemint-host-secret-7f3a";

pub struct Case {
    pub name: &'static str,
    pub lang: &'static str,
    pub code: &'static str,
    /// Acceptable `status` values.
    pub want: &'static [&'static str],
    /// Text that must not appear in stdout or stderr.
    pub never: &'static [&'static str],
}

const C_SE: &str = r#"
#include <unistd.h>
#include <sys/syscall.h>
int main(int argc, char **argv) { syscall(NR, 0, 0, 0, 0, 0); return 0; }
"#;

pub fn c_syscall(nr: &str) -> String {
    C_SE.replace("NR", nr)
}

pub fn cases() -> Vec<Case> {
    let leak = &[SECRET, "root:x:0:0", "root:$"][..];
    vec![
        Case {
            name: "fork bomb (C)",
            lang: "c",
            code: "#include <unistd.h>\nint main(){for(;;)fork();}",
            want: &["time_limit", "wall_time_limit", "runtime_error", "ok"],
            never: &[],
        },
        Case {
            name: "thread bomb (C)",
            lang: "c",
            code: "#include <pthread.h>\n#include <unistd.h>\nvoid*f(void*a){for(;;)sleep(1);}\nint main(){pthread_t t;for(int i=0;i<100000;i++)pthread_create(&t,0,f,0);for(;;);}",
            want: &["time_limit", "wall_time_limit", "runtime_error"],
            never: &[],
        },
        Case {
            name: "fork bomb (bash)",
            lang: "bash",
            code: "b() { b | b & }; b; wait",
            want: &["time_limit", "wall_time_limit", "runtime_error", "ok"],
            never: &[],
        },
        Case {
            name: "memory bomb (C malloc+touch)",
            lang: "c",
            code: "#include <stdlib.h>\n#include <string.h>\nint main(){for(;;){char*p=malloc(1<<24);if(!p)return 1;memset(p,1,1<<24);}}",
            want: &["memory_limit"],
            never: &[],
        },
        Case {
            name: "memory bomb (python)",
            lang: "python",
            code: "a=[]\nwhile True: a.append(bytearray(1<<24))",
            want: &["memory_limit"],
            never: &[],
        },
        Case {
            name: "tmpfs fill /box",
            lang: "python",
            code: "f=open('fill','wb')\nwhile True: f.write(b'x'*(1<<20))",
            want: &["output_limit", "runtime_error", "memory_limit"],
            never: &[],
        },
        Case {
            name: "tmpfs fill /tmp",
            lang: "bash",
            code: "exec dd if=/dev/zero of=/tmp/fill bs=1M count=100000",
            want: &["output_limit", "runtime_error", "memory_limit"],
            never: &[],
        },
        Case {
            name: "output flood",
            lang: "c",
            code: "#include <stdio.h>\nint main(){for(;;)puts(\"flood flood flood flood\");}",
            want: &["output_limit"],
            never: &[],
        },
        Case {
            name: "multi-threaded CPU burner",
            lang: "c",
            code: "#include <pthread.h>\nvoid*f(void*a){for(;;);}\nint main(){pthread_t t;for(int i=0;i<8;i++)pthread_create(&t,0,f,0);for(;;);}",
            want: &["time_limit"],
            never: &[],
        },
        Case {
            name: "sleeper",
            lang: "python",
            code: "import time\ntime.sleep(60)",
            want: &["wall_time_limit"],
            never: &[],
        },
        Case {
            name: "kill(-1)",
            lang: "c",
            code: "#include <signal.h>\nint main(){kill(-1,SIGKILL);return 0;}",
            want: &["ok", "runtime_error"],
            never: &[],
        },
        Case {
            name: "ptrace",
            lang: "c",
            code: "#include <sys/ptrace.h>\nint main(){ptrace(PTRACE_TRACEME,0,0,0);return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "mount",
            lang: "c",
            code: "#include <sys/mount.h>\nint main(){mount(\"none\",\"/tmp\",\"tmpfs\",0,0);return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "unshare user namespace",
            lang: "c",
            code: "#define _GNU_SOURCE\n#include <sched.h>\nint main(){unshare(CLONE_NEWUSER);return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "clone with CLONE_NEWNS",
            lang: "python",
            code: "import ctypes\nctypes.CDLL(None).syscall(56, 0x00020000|17, 0, 0, 0, 0)",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "32-bit syscall (int 0x80)",
            lang: "c",
            code: "int main(){int r;__asm__ volatile(\"int $0x80\":\"=a\"(r):\"a\"(20));return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "x32 syscall",
            lang: "c",
            code: "#include <unistd.h>\n#include <sys/syscall.h>\nint main(){syscall(0x40000000|39);return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "keyctl",
            lang: "c",
            code: Box::leak(c_syscall("SYS_keyctl").into_boxed_str()),
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "bpf",
            lang: "c",
            code: Box::leak(c_syscall("SYS_bpf").into_boxed_str()),
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "perf_event_open",
            lang: "c",
            code: Box::leak(c_syscall("SYS_perf_event_open").into_boxed_str()),
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "io_uring_setup",
            lang: "c",
            code: Box::leak(c_syscall("SYS_io_uring_setup").into_boxed_str()),
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "reboot",
            lang: "c",
            code: Box::leak(c_syscall("SYS_reboot").into_boxed_str()),
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "chroot",
            lang: "c",
            code: "#include <unistd.h>\nint main(){chroot(\"/tmp\");return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "setuid(0)",
            lang: "c",
            code: "#include <unistd.h>\n#include <stdio.h>\nint main(){printf(setuid(0)==0?\"became root\":\"refused\");return 0;}",
            want: &["ok"],
            never: &["became root"],
        },
        Case {
            name: "network connect to PostgreSQL/Redis (C)",
            lang: "c",
            code: "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n#include <stdio.h>\nint main(){int ports[]={5432,6379};for(int i=0;i<2;i++){int s=socket(AF_INET,SOCK_STREAM,0);struct sockaddr_in a={0};a.sin_family=AF_INET;a.sin_port=htons(ports[i]);a.sin_addr.s_addr=inet_addr(\"127.0.0.1\");if(s>=0&&connect(s,(void*)&a,sizeof a)==0)puts(\"CONNECTED\");}return 0;}",
            want: &["ok"],
            never: &["CONNECTED"],
        },
        Case {
            name: "network (Go net.Dial)",
            lang: "go",
            code: "package main\nimport (\"fmt\";\"net\")\nfunc main(){ _, err := net.Dial(\"tcp\", \"127.0.0.1:5432\"); if err == nil { fmt.Println(\"CONNECTED\") } }",
            want: &["ok"],
            never: &["CONNECTED"],
        },
        Case {
            name: "packet socket",
            lang: "python",
            code: "import socket\nsocket.socket(socket.AF_PACKET, socket.SOCK_RAW)",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "read host secrets",
            lang: "bash",
            code: "cat /etc/shadow /root/.bash_history /proc/1/environ 2>&1; env; for p in /proc/[0-9]*; do cat $p/environ 2>/dev/null; done; ls / /home 2>&1; true",
            want: &["ok"],
            never: leak,
        },
        Case {
            name: "hunt for test data",
            lang: "bash",
            code: "find / \\( -path /usr -o -path /proc \\) -prune -o \\( -name '*.ans' -o -name 'judge_*' -o -name 'codemint.db' \\) -print 2>/dev/null; ls /usr/src /usr/local 2>&1; true",
            want: &["ok"],
            never: &[".ans", "codemint.db", "judge_"],
        },
        Case {
            name: "write to the system",
            lang: "python",
            code: "import os\nfor p in ['/usr/bin/x', '/etc/x', '/proc/sys/kernel/hostname', '/x']:\n    try:\n        open(p, 'w').write('x'); print('WROTE', p)\n    except OSError as e: print('refused', p)",
            want: &["ok"],
            never: &["WROTE"],
        },
        Case {
            name: "double fork + setsid survivor",
            lang: "python",
            code: "import os\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        import time; time.sleep(120)\n    os._exit(0)\n",
            want: &["ok"],
            never: &[],
        },
        Case {
            name: "symlink to a host file",
            lang: "bash",
            code: "ln -s /etc/passwd p; ln -s /etc/shadow s; cat s 2>&1; true",
            want: &["ok"],
            never: &["root:$", "root:*"],
        },
        Case {
            name: "sethostname",
            lang: "c",
            code: "#include <unistd.h>\nint main(){sethostname(\"evil\",4);return 0;}",
            want: &["syscall_denied"],
            never: &[],
        },
        Case {
            name: "too many open files",
            lang: "python",
            code: "fs=[]\nwhile True: fs.append(open('/dev/null'))",
            want: &["runtime_error"],
            never: &[],
        },
        Case {
            name: "compile-time: #include /dev/urandom",
            lang: "c",
            code: "#include \"/dev/urandom\"\nint main(){}",
            want: &["compile_error"],
            never: &[],
        },
        Case {
            name: "compile-time: template bomb",
            lang: "cpp",
            code: "template<int N> struct B { typedef typename B<N-1>::T T; B<N-1> a, b; };\ntemplate<> struct B<0> { typedef int T; };\nint main(){ B<100000> b; }",
            want: &["compile_error"],
            never: &[],
        },
        Case {
            name: "compile-time: huge compiler output",
            lang: "c",
            code: "#define A x x x x x x x x x x\n#define B A A A A A A A A A A\n#define C B B B B B B B B B B\n#define D C C C C C C C C C C\nint main(){ D D D D D D D D D D }",
            want: &["compile_error"],
            never: &[],
        },
        Case {
            name: "compile-time: include_bytes of a host file (Rust)",
            lang: "rust",
            code: "fn main(){ let s = include_bytes!(\"/etc/shadow\"); println!(\"{}\", s.len()); }",
            want: &["compile_error"],
            never: &[],
        },
    ]
}

/// Processes of `uid` on the host, as "pid args".
pub fn processes_of(uid: u32) -> Vec<String> {
    let out = Command::new("ps")
        .args(["-u", &uid.to_string(), "-o", "pid=,args="])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// Run one case through `codemint run --json` (as `uid`, when given), with
/// a host secret in codemint's environment; what went wrong, if anything.
pub fn run_case(case: &Case, dir: &Path, i: usize, uid: Option<u32>) -> Vec<String> {
    let mut failures = Vec::new();
    let ext = match case.lang {
        "c" => "c",
        "cpp" => "cpp",
        "python" => "py",
        "bash" => "sh",
        "go" => "go",
        "rust" => "rs",
        other => other,
    };
    let file = dir.join(format!("case{i}.{ext}"));
    std::fs::write(&file, case.code).unwrap();
    let mut cmd = match uid {
        None => Command::new(BIN),
        Some(uid) => {
            std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o644))
                .unwrap();
            let mut c = Command::new("setpriv");
            let id = uid.to_string();
            c.args(["--reuid", &id, "--regid", &id, "--clear-groups", "--", BIN]);
            c
        }
    };
    let out = cmd
        .args([
            "run",
            "--lang",
            case.lang,
            "--file",
            file.to_str().unwrap(),
            "--json",
            "--time-ms",
            "1000",
            "--memory-mb",
            "128",
        ])
        .env("CODEMINT_SECRET_FOR_TEST", SECRET)
        .output()
        .unwrap();
    let v: Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(_) => {
            failures.push(format!(
                "{}: no JSON: {}",
                case.name,
                String::from_utf8_lossy(&out.stderr)
            ));
            return failures;
        }
    };
    let status = v["status"].as_str().unwrap_or("");
    if !case.want.contains(&status) {
        failures.push(format!(
            "{}: status {status}, want one of {:?}",
            case.name, case.want
        ));
    }
    let text = format!("{}{}{}", v["stdout"], v["stderr"], v["compile_output"]);
    for bad in case.never {
        if text.contains(bad) {
            failures.push(format!("{}: output contains {bad:?}", case.name));
        }
    }
    if v["compile_output"]
        .as_str()
        .is_some_and(|s| s.len() > 200_000)
    {
        failures.push(format!("{}: compiler output not capped", case.name));
    }
    failures
}

/// Run every case (as `as_user`, when given) with a bystander process of
/// `box_uid` on the host, then check the host: no process of `box_uid` left
/// after a case, the bystander alive (kill(-1) from a box must not reach
/// it), no files written outside, no run groups left under
/// `/sys/fs/cgroup/{hierarchy}/{cgroup_parent}`. What went wrong, if anything.
pub fn run_suite(
    cases: &[Case],
    as_user: Option<u32>,
    box_uid: u32,
    cgroup_parent: &str,
) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let id = box_uid.to_string();
    let mut bystander = Command::new("setpriv")
        .args([
            "--reuid",
            &id,
            "--regid",
            &id,
            "--clear-groups",
            "sleep",
            "300",
        ])
        .spawn()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        failures.extend(run_case(case, dir.path(), i, as_user));
        let left: Vec<String> = processes_of(box_uid)
            .into_iter()
            .filter(|p| !p.contains("sleep 300"))
            .collect();
        if !left.is_empty() {
            failures.push(format!("{}: left processes behind: {left:?}", case.name));
        }
    }
    if bystander.try_wait().unwrap().is_some() {
        failures.push(format!(
            "a host process of uid {box_uid} was killed from a box"
        ));
    }
    let _ = bystander.kill();
    let _ = bystander.wait();
    for path in ["/x", "/etc/x", "/usr/bin/x"] {
        if Path::new(path).exists() {
            failures.push(format!("{path} was written"));
        }
    }
    for c in ["memory", "pids", "cpuacct"] {
        let dir = format!("/sys/fs/cgroup/{c}/{cgroup_parent}");
        let left = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().starts_with("run-"))
                    .count()
            })
            .unwrap_or(0);
        if left > 0 {
            failures.push(format!("{left} cgroups left under {dir}"));
        }
    }
    failures
}
