#!/usr/bin/env bash
# What checking client frames costs (crates/ywire) next to yrs decoding and
# applying the same bytes, measured side by side in one run.
#   bench/ywire.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release -q -p ywire --example check_cost
