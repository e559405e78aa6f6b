//! `wegweiser generate`: a synthetic directory of any size in the sample's format.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use wegweiser::Directory;

use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: &Args, out: &mut Out) -> Result<ExitCode, Failure> {
    let base = Directory::sample()?;
    let files = wegweiser::generate::synthetic(&base, args.services, args.seed)?;
    files.write_to(&args.out)?;
    writeln!(
        out,
        "wrote {} services to {}",
        args.services,
        args.out.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
