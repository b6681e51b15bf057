//! The PostgreSQL variants of the API tests exist only when a test database is
//! configured, so a run without one reports fewer tests instead of fake passes.
fn main() {
    println!("cargo::rerun-if-env-changed=CODEMINT_TEST_DATABASE_URL");
    println!("cargo::rerun-if-env-changed=CODEMINT_TEST_REDIS_URL");
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rustc-check-cfg=cfg(cluster_tests)");
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("CODEMINT_TEST_DATABASE_URL") {
        println!("cargo::rustc-cfg=pg_tests");
        // Cluster mode is PostgreSQL + Redis.
        if set("CODEMINT_TEST_REDIS_URL") {
            println!("cargo::rustc-cfg=cluster_tests");
        }
    }
}
