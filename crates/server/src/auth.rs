//! Credentials: argon2id password hashes, JWT access tokens and opaque refresh
//! tokens (random, stored only as SHA-256 hashes).

mod password;
mod tokens;

use problem::ValidationErrors;

pub use password::{hash_password, verify_password};
pub use tokens::{
    AccessClaims, CandidateClaims, GuestClaims, Secret, TokenService, hash_opaque,
    new_opaque_token, new_room_id,
};

pub const MIN_PASSWORD: usize = 8;
pub const MAX_PASSWORD: usize = 256;

/// Shared by registration, setup and the admin CLI's rules.
pub fn validate_account(email: &str, password: &str, name: &str) -> Result<(), ValidationErrors> {
    let mut errs = ValidationErrors::default();
    if !crate::text::is_email_address(email.trim()) {
        errs.add("email", "must be an email address like name@example.com");
    }
    let n = password.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&n) {
        errs.add(
            "password",
            format!("must be {MIN_PASSWORD}-{MAX_PASSWORD} characters"),
        );
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        errs.add("name", "must be 1-100 characters");
    } else if name.chars().any(|c| crate::text::is_forbidden(c, false)) {
        errs.add("name", crate::text::FORBIDDEN);
    }
    errs.into_result()
}
