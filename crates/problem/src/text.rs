//! What free text from users may contain. Names, titles and messages are
//! shown to other people, so characters that hide or reorder what they see
//! are refused: control characters (multi-line text keeps newlines and tabs)
//! and the Unicode bidirectional controls (the "Trojan Source" characters).

/// The explicit bidirectional formatting characters (Unicode UAX #9).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is refused in text shown to others.
pub fn is_forbidden(c: char, multiline: bool) -> bool {
    (c.is_control() && !(multiline && (c == '\n' || c == '\t'))) || is_bidi_control(c)
}

/// An address like `name@example.com` (trimmed by the caller): one `@`, a
/// dotted domain, no spaces or control characters, 254 bytes at most.
pub fn is_email_address(email: &str) -> bool {
    email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        })
}

/// What a validation error says about such text.
pub const FORBIDDEN: &str = "must not contain control characters or bidirectional overrides";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_refused() {
        for c in [
            '\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{202E}', '\u{2066}', '\u{200F}',
        ] {
            assert!(is_forbidden(c, true), "{c:?}");
        }
        assert!(is_forbidden('\n', false));
        for c in ['a', 'é', '你', '🙂', ' ', '\u{05D0}'] {
            assert!(!is_forbidden(c, false), "{c:?}");
        }
        assert!(!is_forbidden('\n', true) && !is_forbidden('\t', true));
    }
}
