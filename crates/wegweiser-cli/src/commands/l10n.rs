//! `wegweiser l10n stamp`: marks translations as reviewed against today's source texts,
//! in `locales/<locale>/l10n.lock` (see docs/translating.md).

use std::io::Write;
use std::process::ExitCode;

use wegweiser::{write_lock_file, Overwrite};

use crate::context::Global;
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Mark translations as current: their source text is the one they were made from.
    Stamp(StampArgs),
}

#[derive(clap::Args)]
pub struct StampArgs {
    /// The locale whose translations were reviewed.
    #[arg(long, required_unless_present = "minor")]
    locale: Option<String>,
    /// The source edit needs no retranslation (a typo): move the stamps of IDS in every
    /// locale that had them (every outdated text without IDS).
    #[arg(long, conflicts_with = "locale")]
    minor: bool,
    /// Message ids (`service-mbe-forst`); without any, every translated text.
    ids: Vec<String>,
    /// Replace a lock file that wegweiser did not write.
    #[arg(long)]
    force: bool,
}

pub fn run(command: &Command, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let Command::Stamp(args) = command;
    let Some(dir) = &global.dir else {
        return Err(Failure(
            "l10n stamp writes into a directory folder: give --dir DIR".into(),
            2,
        ));
    };
    let directory = global.open()?;
    let locks = match &args.locale {
        Some(locale) if !args.minor => vec![directory.stamp(locale, &args.ids)?],
        _ => directory.stamp_minor(&args.ids)?,
    };
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::OwnOutput
    };
    for lock in &locks {
        write_lock_file(&dir.join(&lock.path), lock.text.as_bytes(), overwrite)?;
        let stamps = lock.text.lines().filter(|l| l.starts_with('"')).count();
        writeln!(out, "{}: {stamps} texts stamped", lock.path)?;
    }
    if locks.is_empty() {
        writeln!(
            out,
            "nothing to stamp: no stamped translation of these texts is outdated"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
