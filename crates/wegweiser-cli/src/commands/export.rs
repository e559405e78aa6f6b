//! `wegweiser export`: the whole directory in a format for machines.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use wegweiser::hsds::{CsvOptions, HsdsExportOptions};
use wegweiser::{write_export_file, Directory, ExportOptions, Overwrite};

use crate::context::Global;
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    format: ExportFormat,
    /// Keep internal contacts (never do this for a public export).
    #[arg(long)]
    include_internal: bool,
    /// File to write (default: standard output); a folder for `--format web`.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Replace a file or write into a folder that wegweiser did not write. Without it,
    /// only a new or empty target or an earlier export is replaced.
    #[arg(long)]
    force: bool,
    /// `--format hsds`: the CSV separator (German Excel opens `;` directly).
    #[arg(long, default_value = ",", value_parser = ["," , ";"])]
    csv_separator: String,
    /// `--format hsds`: CSV files without a UTF-8 byte order mark (Excel needs the mark
    /// to read Arabic, Cyrillic and Sorbian letters).
    #[arg(long)]
    no_bom: bool,
}

impl Args {
    fn overwrite(&self) -> Overwrite {
        if self.force {
            Overwrite::Force
        } else {
            Overwrite::OwnOutput
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The whole directory, structure and Fluent texts (`Directory::from_json` reads it).
    Json,
    /// Every searchable entity as plain text per locale, to feed other search engines.
    Documents,
    /// Open Referral HSDS 3.0 into the folder `--out`: services.json, one CSV per table,
    /// datapackage.json, and every locale's texts in translations.csv/.json. Text fields
    /// are in `--lang` (default: the source locale). Public view only.
    Hsds,
    /// What a web page needs (`wegweiser.json`, `directory.json`, one Fluent file and one
    /// first view per locale), written into the folder `--out`; visitors download only
    /// their locales.
    Web,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let json = match args.format {
        ExportFormat::Json => directory.to_json(ExportOptions {
            include_internal: args.include_internal,
        })?,
        ExportFormat::Web => return web(args, &directory, out),
        ExportFormat::Hsds => return hsds(args, global, &directory, out),
        ExportFormat::Documents => directory.documents_json()?,
    };
    match &args.out {
        Some(file) => write_export_file(file, (json + "\n").as_bytes(), args.overwrite())?,
        None => writeln!(out, "{json}")?,
    }
    Ok(ExitCode::SUCCESS)
}

fn web(args: &Args, directory: &Directory, out: &mut Out) -> Result<ExitCode, Failure> {
    if args.include_internal {
        return Err(Failure(
            "a web bundle is public: --include-internal is not allowed with --format web".into(),
            2,
        ));
    }
    let Some(dir) = &args.out else {
        return Err(Failure(
            "--format web writes several files: give a folder with --out DIR".into(),
            2,
        ));
    };
    let bundle = directory.web_bundle()?;
    bundle.write_to(dir, args.overwrite())?;
    let total: usize = bundle.files.iter().map(|f| f.text.len()).sum();
    writeln!(
        out,
        "{}: {} files, {total} bytes ({} locales)",
        dir.display(),
        bundle.files.len() + 1,
        bundle.manifest.locales.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn hsds(
    args: &Args,
    global: &Global,
    directory: &Directory,
    out: &mut Out,
) -> Result<ExitCode, Failure> {
    if args.include_internal {
        return Err(Failure(
            "an HSDS export is public: --include-internal is not allowed with --format hsds".into(),
            2,
        ));
    }
    let Some(dir) = &args.out else {
        return Err(Failure(
            "--format hsds writes several files: give a folder with --out DIR".into(),
            2,
        ));
    };
    let options = HsdsExportOptions {
        lang: global.lang.clone(),
        csv: CsvOptions {
            bom: !args.no_bom,
            delimiter: args.csv_separator.as_bytes()[0],
        },
    };
    let files = directory.to_hsds(&options)?;
    files.write_to(dir, args.overwrite())?;
    for warning in &files.warnings {
        eprintln!("warning: {}", wegweiser::printable(warning));
    }
    let total: usize = files.files.iter().map(|(_, contents)| contents.len()).sum();
    writeln!(
        out,
        "{}: {} files, {total} bytes (HSDS 3.0)",
        dir.display(),
        files.files.len()
    )?;
    Ok(ExitCode::SUCCESS)
}
