//! API tests: the real router on a real port against a real database. Each test
//! runs on SQLite and, when CODEMINT_TEST_DATABASE_URL is set, on PostgreSQL.

mod support;

mod assessments;
mod auth;
mod authorisation;
mod duels;
mod notifications;
mod ops;
mod pipeline;
mod problems;
mod room_abuse;
mod rooms;
mod web;
mod yclient;
