//! `wegweiser validate`: every problem of a directory as FILE:LINE:COL: severity: message.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use wegweiser::{Directory, Problem};

use crate::context::{print_json, Global};
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    /// Folder to check (default: --dir, else the built-in sample).
    path: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ProblemFormat::Text)]
    format: ProblemFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProblemFormat {
    Text,
    Json,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let path = args.path.clone().or(global.dir.clone());
    let problems = match &path {
        Some(path) => Directory::validate_path(path)?,
        None => Directory::from_sources_lenient(Directory::sample_sources())?.1,
    };
    print_problems(out, &problems, args.format)?;
    Ok(if problems.iter().any(Problem::is_error) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_problems(
    out: &mut Out,
    problems: &[Problem],
    format: ProblemFormat,
) -> std::io::Result<()> {
    match format {
        ProblemFormat::Json => print_json(out, &problems),
        ProblemFormat::Text => {
            for problem in problems {
                writeln!(out, "{problem}")?;
            }
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let warnings = problems.len() - errors;
            // The summary goes to stderr so stdout stays one problem per line.
            eprintln!("{errors} error(s), {warnings} warning(s)");
            Ok(())
        }
    }
}
