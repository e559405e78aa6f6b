//! What the CLI's test files share: running the built command.

use std::process::{Command, Output};

/// Runs `wegweiser` with `args`, without the caller's `LANG` and `WEGWEISER_DIR`.
pub fn wegweiser(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .env_remove("LANG")
        .env_remove("WEGWEISER_DIR")
        .output()
        .expect("the binary runs")
}
