//! The security regression suite (SPEC C4): hostile programs in several
//! languages run through `codemint run` as root, each with its expected
//! outcome, and the host's state checked afterwards. One test function runs
//! them in order so the host checks see only this suite's processes.

#[path = "support/hostile.rs"]
mod hostile;

use hostile::{cases, run_suite};

#[test]
fn hostile_programs_are_contained() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let failures = run_suite(&cases, None, 65534, "codemint");
    assert!(
        failures.is_empty(),
        "{} of {} hostile programs not contained:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
