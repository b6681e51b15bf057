//! `cargo fuzz` builds with `--cfg fuzzing` (see src/fuzzing.rs): declare it,
//! so the workspace's lints know the cfg.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(fuzzing)");
}
