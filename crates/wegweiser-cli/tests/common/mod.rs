//! What the CLI's test files share: running the built command.

use std::process::{Command, Output};

/// Runs `wegweiser` with `args`, without the caller's `LANG`, `WEGWEISER_DIR` and
/// `WEGWEISER_INDEX_CACHE`.
pub fn wegweiser(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .env_remove("LANG")
        .env_remove("WEGWEISER_DIR")
        .env_remove("WEGWEISER_INDEX_CACHE")
        .output()
        .expect("the binary runs")
}
