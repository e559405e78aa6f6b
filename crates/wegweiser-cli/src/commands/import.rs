//! `wegweiser import`: another system's data as a wegweiser directory folder.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use wegweiser::hsds::{import_path, ImportOptions, IMPORT_REPORT_FILE};
use wegweiser::{printable, Directory, Overwrite};

use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = ImportFormat::Hsds)]
    format: ImportFormat,
    /// An HSDS JSON file (a list of services or organizations), or a folder of HSDS CSV
    /// files (with translations.csv, if there is one).
    path: PathBuf,
    /// The directory folder to write (directory.toml, locales/, import-report.json).
    #[arg(long)]
    out: PathBuf,
    /// The locale the HSDS text fields are written in.
    #[arg(long, default_value = "de")]
    source_locale: String,
    /// The directory's id (default: from the data).
    #[arg(long)]
    id: Option<String>,
    /// Write into a folder that wegweiser did not write.
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ImportFormat {
    /// Open Referral HSDS 3.0, JSON or tabular (CSV).
    Hsds,
}

/// Exit status 0 when everything was imported, 1 when records were skipped or the result
/// has validation errors (the folder is written all the same), 2 when nothing could be
/// read (nothing is written then).
pub fn run(args: &Args, out: &mut Out) -> Result<ExitCode, Failure> {
    let ImportFormat::Hsds = args.format;
    let options = ImportOptions {
        source_locale: args.source_locale.clone(),
        id: args.id.clone(),
    };
    let imported = import_path(&args.path, &options)?;
    let report = &imported.report;
    if report.imported.is_empty() && report.problems.iter().any(|p| p.is_error()) {
        let mut message = String::from("nothing could be imported:");
        for problem in report.problems.iter().take(10) {
            message.push_str(&format!("\n  {}", printable(&problem.to_string())));
        }
        return Err(Failure(message, 2));
    }
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::OwnOutput
    };
    imported.write_to(&args.out, overwrite)?;
    let mut stderr = std::io::stderr().lock();
    for problem in &report.problems {
        let _ = writeln!(stderr, "{}", printable(&problem.to_string()));
    }
    let _ = write!(stderr, "{}", printable(&report.summary()));
    let (_, validation) = Directory::from_sources_lenient(imported.files.clone())?;
    let invalid: Vec<_> = validation.iter().filter(|p| p.is_error()).collect();
    for problem in &invalid {
        let _ = writeln!(stderr, "validate: {}", printable(&problem.to_string()));
    }
    writeln!(
        out,
        "{}: a wegweiser directory; the report is {}",
        args.out.display(),
        args.out.join(IMPORT_REPORT_FILE).display()
    )?;
    let failed = report.problems.iter().any(|p| p.is_error())
        || !report.skipped.is_empty()
        || !invalid.is_empty();
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
