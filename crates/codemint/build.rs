//! The PostgreSQL variants of the API tests exist only when a test database is
//! configured, so a run without one reports fewer tests instead of fake passes.
fn main() {
    println!("cargo::rerun-if-env-changed=CODEMINT_TEST_DATABASE_URL");
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    if std::env::var_os("CODEMINT_TEST_DATABASE_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
