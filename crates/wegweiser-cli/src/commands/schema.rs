//! `wegweiser schema`: the JSON Schema of directory.toml.

use std::process::ExitCode;

use crate::context::print_json;
use crate::failure::Failure;
use crate::output::Out;

pub fn run(out: &mut Out) -> Result<ExitCode, Failure> {
    print_json(out, &wegweiser::json_schema())?;
    Ok(ExitCode::SUCCESS)
}
