//! The sandbox init as its own executable, for the crate's tests. The
//! `codemint` binary plays the same role through `codemint __sandbox-init`.
fn main() {
    sandbox::init::main()
}
