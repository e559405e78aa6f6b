//! `wegweiser generate`: a synthetic directory of any size in the sample's format.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use wegweiser::{Directory, Overwrite};

use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The folder to write; refused if it exists and wegweiser did not write it.
    #[arg(long)]
    out: PathBuf,
    /// Write into `--out` even if wegweiser did not write it (files there are replaced).
    #[arg(long)]
    force: bool,
}

pub fn run(args: &Args, out: &mut Out) -> Result<ExitCode, Failure> {
    let base = Directory::sample()?;
    let files = wegweiser::generate::synthetic(&base, args.services, args.seed)?;
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::OwnOutput
    };
    files.write_to(&args.out, overwrite)?;
    writeln!(
        out,
        "wrote {} services to {}",
        args.services,
        args.out.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
