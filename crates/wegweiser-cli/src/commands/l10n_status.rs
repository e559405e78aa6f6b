//! `wegweiser l10n-status`: translation coverage per locale, or the missing texts of one.

use std::io::Write;
use std::process::ExitCode;

use wegweiser::{Directory, Locale};

use crate::context::{print_json, Global};
use crate::failure::Failure;
use crate::output::{table, Out};

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    json: bool,
    /// List the missing texts of this locale.
    #[arg(long, value_name = "LOCALE", conflicts_with = "outdated")]
    missing: Option<String>,
    /// List the texts of this locale whose source changed after they were translated.
    #[arg(long, value_name = "LOCALE")]
    outdated: Option<String>,
    /// Counts per locale and kind of entity (services, measures, …).
    #[arg(long)]
    by_kind: bool,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let locale = global.locale(&directory)?;
    let list = match (&args.missing, &args.outdated) {
        (Some(locale), _) => Some((locale.as_str(), wegweiser::TextStatus::Missing)),
        (None, Some(locale)) => Some((locale.as_str(), wegweiser::TextStatus::Outdated)),
        (None, None) => None,
    };
    status(out, &directory, &locale, args.json, list, args.by_kind)?;
    Ok(ExitCode::SUCCESS)
}

fn status(
    out: &mut Out,
    directory: &Directory,
    locale: &Locale,
    json: bool,
    list: Option<(&str, wegweiser::TextStatus)>,
    by_kind: bool,
) -> Result<(), Failure> {
    let status = directory.l10n_status();
    if let Some((wanted, state)) = list {
        let wanted = wegweiser::parse_locale(wanted)?.to_string();
        let Some(one) = status.locales.iter().find(|l| l.locale == wanted) else {
            return Err(Failure(
                format!("the directory has no locale `{wanted}`"),
                2,
            ));
        };
        for text in one.texts.iter().filter(|t| t.status == state) {
            match &text.attribute {
                Some(attribute) => writeln!(out, "{}.{attribute}", text.message)?,
                None => writeln!(out, "{}", text.message)?,
            }
        }
        return Ok(());
    }
    if json {
        print_json(out, &status)?;
        return Ok(());
    }
    let label = |id: &str| directory.ui(locale, id, &[]).text;
    let header = vec![
        label("l10n-locale"),
        String::new(),
        label("l10n-translated"),
        label("l10n-machine"),
        label("l10n-outdated"),
        label("l10n-missing"),
        label("l10n-coverage"),
    ];
    let counts = |c: &wegweiser::TextCounts| {
        vec![
            c.translated.to_string(),
            c.machine_translated.to_string(),
            c.outdated.to_string(),
            c.missing.to_string(),
            format!("{:.1} %", c.coverage * 100.0),
        ]
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    for l in &status.locales {
        if by_kind {
            for (kind, c) in &l.by_kind {
                let name = match kind.parse::<wegweiser::Kind>() {
                    Ok(k) => label(&k.label_id()),
                    Err(_) => kind.clone(),
                };
                rows.push([vec![l.locale.clone(), name], counts(c)].concat());
            }
        } else {
            let name = directory.language_name(&l.locale);
            rows.push([vec![l.locale.clone(), name], counts(&l.counts())].concat());
        }
    }
    table(out, &header, &rows, &[false, false, true, true, true, true])?;
    Ok(())
}
