#!/usr/bin/env bash
# Sandbox overhead: a trivial C program and a Python hello-world, each run bare,
# through Codemint's sandbox in a warm box (reused, as the judge does) and in a
# cold one (built for the run and ended after it), and through bubblewrap
# (comparable isolation: all namespaces, read-only system binds, tmpfs /tmp,
# fresh /proc and /dev), alternating in one process; prints p50/p90 per run,
# the cost over bare and the ratio to bwrap, then warm runs/s on both cores.
# SPEC quality bar: a warm trivial C run within 2 ms of bare, and cheaper than bwrap.
# Usage: bench/sandbox.sh [runs per variant, default 200]   (needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
scripts/install-deps --bench
cargo build --release -p sandbox --bins --examples
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'int main(void){return 0;}\n' > "$tmp/true.c"
gcc -O2 -o "$tmp/true" "$tmp/true.c"
init=target/release/codemint-sandbox-init
./target/release/examples/overhead "$init" "$runs" "$tmp/true"
./target/release/examples/overhead "$init" "$((runs / 4))" /usr/bin/python3 -c 'print("hello")'
# Heavier programs: memory (touch 200 MB) and processes (fork 50 children).
printf '#include <stdlib.h>\nint main(void){volatile char*p=malloc(200<<20);for(long i=0;i<(200L<<20);i+=4096)p[i]=1;return p[4096]!=1;}\n' > "$tmp/mem.c"
gcc -O2 -o "$tmp/mem" "$tmp/mem.c"
./target/release/examples/overhead "$init" 20 "$tmp/mem"
printf '#include <unistd.h>\n#include <sys/wait.h>\nint main(void){for(int i=0;i<50;i++){if(!fork())_exit(0);wait(0);}return 0;}\n' > "$tmp/fork.c"
gcc -O2 -o "$tmp/fork" "$tmp/fork.c"
./target/release/examples/overhead "$init" 50 "$tmp/fork"
