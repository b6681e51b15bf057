//! Comparing a program's output with the expected answer. Custom checker
//! programs run in the sandbox (see `engine.rs`); these are the built-in ones.

use problem::Checker;

/// True when `output` is accepted against `answer`. `Custom` is not handled here.
pub fn accepts(checker: &Checker, output: &str, answer: &str) -> bool {
    match checker {
        Checker::Exact => normalize(output) == normalize(answer),
        Checker::Tokens { case_sensitive } => {
            let (a, b) = (output.split_whitespace(), answer.split_whitespace());
            if *case_sensitive {
                a.eq(b)
            } else {
                a.map(str::to_lowercase).eq(b.map(str::to_lowercase))
            }
        }
        Checker::Float {
            abs_tolerance,
            rel_tolerance,
        } => {
            let mut a = output.split_whitespace();
            let mut b = answer.split_whitespace();
            loop {
                match (a.next(), b.next()) {
                    (None, None) => return true,
                    (Some(x), Some(y)) if x == y => {}
                    (Some(x), Some(y)) => match (x.parse::<f64>(), y.parse::<f64>()) {
                        (Ok(x), Ok(y)) if x.is_finite() && y.is_finite() => {
                            let diff = (x - y).abs();
                            if diff > *abs_tolerance && diff > rel_tolerance * y.abs() {
                                return false;
                            }
                        }
                        _ => return false,
                    },
                    _ => return false,
                }
            }
        }
        Checker::Custom { .. } => false,
    }
}

/// Exact comparison forgives `\r\n` and trailing white space at line ends and at the end.
fn normalize(s: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let c = Checker::Tokens {
            case_sensitive: false,
        };
        assert!(accepts(&c, "1  2\n3\n", "1 2 3"));
        assert!(accepts(&c, "YES", "yes"));
        assert!(!accepts(&c, "1 2", "1 2 3"));
        assert!(!accepts(
            &Checker::Tokens {
                case_sensitive: true
            },
            "YES",
            "yes"
        ));
    }

    #[test]
    fn exact() {
        assert!(accepts(&Checker::Exact, "a b\r\nc  \n\n", "a b\nc"));
        assert!(!accepts(&Checker::Exact, "a  b", "a b"));
    }

    #[test]
    fn float() {
        let c = Checker::Float {
            abs_tolerance: 1e-6,
            rel_tolerance: 1e-6,
        };
        assert!(accepts(&c, "0.3333334 x", "0.333333 x"));
        assert!(accepts(&c, "1000000.5", "1000000.0"), "relative tolerance");
        assert!(!accepts(&c, "0.34", "0.333333"));
        assert!(!accepts(&c, "nan", "0.5"));
        assert!(!accepts(&c, "inf", "inf1"));
        assert!(!accepts(&c, "1 2", "1"));
    }
}
