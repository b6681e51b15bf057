//! Rebuild this crate whenever the web app is rebuilt. rust-embed includes the
//! files it found at compile time; a new Vite build brings new hashed file
//! names, which nothing else would tell cargo about.

use std::path::Path;

const DIST: &str = "../../web/dist";

fn main() {
    // A rerun-if-changed path that does not exist makes cargo rerun this script
    // on every build, and so recompile everything that depends on this crate.
    // An empty web/dist (it is gitignored) embeds nothing, exactly as a missing
    // one would with `allow_missing`, and keeps builds without a front end fresh.
    if !Path::new(DIST).exists() {
        let _ = std::fs::create_dir_all(DIST);
    }
    println!("cargo:rerun-if-changed={DIST}");
}
