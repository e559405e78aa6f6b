//! `wegweiser`: list, show and validate a directory of integration services.
//!
//! With no `--dir`, every command works on the Spree-Neiße sample compiled into the binary.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use wegweiser::{Directory, ExportOptions, Filter, Kind, Locale, Problem, UiArg};

mod output;

use output::{table, Out};

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "A multilingual directory of integration services"
)]
struct Cli {
    /// Directory folder (directory.toml + locales/). Default: the built-in Spree-Neiße sample.
    #[arg(long, global = true, env = "WEGWEISER_DIR")]
    dir: Option<PathBuf>,
    /// Language to show texts in (BCP 47: de, dsb, ar, uk, fa-AF …). Default: $LANG, else de.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a directory and print every problem as FILE:LINE:COL: severity: message.
    Validate {
        /// Folder to check (default: --dir, else the built-in sample).
        path: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ProblemFormat::Text)]
        format: ProblemFormat,
    },
    /// List entities of one kind, with filters.
    List {
        #[arg(value_enum)]
        what: ListKind,
        #[command(flatten)]
        filter: FilterArgs,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one entity: ID, or KIND:ID when an id is used by several kinds.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Search services, measures, organizations and fields of action, in any language.
    Search {
        /// What to look for, with typos if need be ("Sprachkurs Grodk", "دورة لغة").
        query: String,
        /// Only this kind: service, measure, organization or field.
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Write a synthetic directory of any size in the sample's format, for benchmarks.
    Generate {
        #[arg(long)]
        services: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Measure search relevance: recall@5 and MRR per language on a relevance set.
    Relevance {
        /// The relevance set (TOML `[[queries]]`).
        #[arg(long, default_value = "crates/wegweiser/tests/relevance/queries.toml")]
        set: PathBuf,
        /// Score these rankings (JSON: one array of ids per query) instead of wegweiser's.
        #[arg(long)]
        rankings: Option<PathBuf>,
        /// List the queries whose expected hit is not in the top 5.
        #[arg(long)]
        misses: bool,
        /// Print the relevance set itself as JSON (for other engines) and stop.
        #[arg(long)]
        queries_json: bool,
        #[arg(long)]
        json: bool,
    },
    /// Time index building and queries (natively), for scripts/bench-search.
    #[command(name = "bench-search", hide = true)]
    BenchSearch {
        #[arg(long, default_value = "crates/wegweiser/tests/relevance/queries.toml")]
        set: PathBuf,
        #[arg(long, default_value_t = 20)]
        rounds: usize,
    },
    /// Translation coverage per locale.
    #[command(name = "l10n-status")]
    L10nStatus {
        #[arg(long)]
        json: bool,
        /// List the missing texts of this locale.
        #[arg(long, value_name = "LOCALE")]
        missing: Option<String>,
    },
    /// Write the whole directory in a format for machines.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Keep internal contacts (never do this for a public export).
        #[arg(long)]
        include_internal: bool,
        /// File to write (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of directory.toml.
    Schema,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProblemFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The whole directory, structure and Fluent texts (`Directory::from_json` reads it).
    Json,
    /// Every searchable entity as plain text per locale, to feed other search engines.
    Documents,
    /// What a web page needs (`wegweiser.json`, `directory.json`, one Fluent file and one
    /// first view per locale), written into the folder `--out`; visitors download only
    /// their locales.
    Web,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListKind {
    Services,
    Measures,
    Fields,
    Municipalities,
    Contacts,
    Organizations,
}

#[derive(clap::Args)]
struct FilterArgs {
    /// Municipality: id, German or Sorbian name (an Amt includes its members).
    #[arg(long)]
    municipality: Option<String>,
    /// Field of action id.
    #[arg(long)]
    field: Option<String>,
    /// Language the service is offered in (contacts: spoken).
    #[arg(long)]
    offered_in: Option<String>,
    /// Include internal contacts.
    #[arg(long)]
    include_internal: bool,
}

impl FilterArgs {
    fn to_filter(&self) -> Filter {
        Filter {
            municipality: self.municipality.clone(),
            field: self.field.clone(),
            offered_in: self.offered_in.clone(),
            include_internal: self.include_internal,
        }
    }
}

/// A failure: the message and the exit status.
struct Failure(String, u8);

impl From<wegweiser::Error> for Failure {
    fn from(error: wegweiser::Error) -> Self {
        match &error {
            wegweiser::Error::Invalid { problems } => {
                let mut text = String::from(
                    "the directory has errors (run `wegweiser validate` for all of them):",
                );
                for problem in problems.iter().filter(|p| p.is_error()).take(10) {
                    text.push_str(&format!("\n  {problem}"));
                }
                Failure(text, 1)
            }
            _ => Failure(error.to_string(), 2),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure(error.to_string(), 2)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Failure(message, code)) => {
            eprintln!("wegweiser: {message}");
            ExitCode::from(code)
        }
    }
}

fn open(dir: &Option<PathBuf>) -> Result<Directory, Failure> {
    Ok(match dir {
        Some(dir) => Directory::load(dir)?,
        None => Directory::sample()?,
    })
}

/// `--lang`, else `LANG` (when it names a language), else German.
fn choose_locale(directory: &Directory, lang: &Option<String>) -> Result<Locale, Failure> {
    if let Some(lang) = lang {
        return Ok(directory.locale(&[lang.as_str()])?);
    }
    if let Ok(env) = std::env::var("LANG") {
        if let Ok(locale) = directory.locale(&[env.as_str()]) {
            return Ok(locale);
        }
    }
    Ok(directory.locale(&["de"])?)
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let mut out = Out::stdout();
    match &cli.command {
        Command::Validate { path, format } => {
            let path = path.clone().or(cli.dir.clone());
            let problems = match &path {
                Some(path) => Directory::validate_path(path)?,
                None => Directory::from_sources_lenient(Directory::sample_sources())?.1,
            };
            print_problems(&mut out, &problems, *format)?;
            let failed = problems.iter().any(Problem::is_error);
            return Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
        Command::Schema => {
            print_json(&mut out, &wegweiser::json_schema())?;
        }
        Command::Export {
            format,
            include_internal,
            out: file,
        } => {
            let directory = open(&cli.dir)?;
            let json = match format {
                ExportFormat::Json => directory.to_json(ExportOptions {
                    include_internal: *include_internal,
                })?,
                ExportFormat::Web => {
                    if *include_internal {
                        return Err(Failure(
                            "a web bundle is public: --include-internal is not allowed with --format web".into(),
                            2,
                        ));
                    }
                    let Some(dir) = file else {
                        return Err(Failure(
                            "--format web writes several files: give a folder with --out DIR"
                                .into(),
                            2,
                        ));
                    };
                    let bundle = directory.web_bundle()?;
                    bundle.write_to(dir)?;
                    let total: usize = bundle.files.iter().map(|f| f.text.len()).sum();
                    writeln!(
                        out,
                        "{}: {} files, {total} bytes ({} locales)",
                        dir.display(),
                        bundle.files.len() + 1,
                        bundle.manifest.locales.len()
                    )?;
                    return Ok(ExitCode::SUCCESS);
                }
                ExportFormat::Documents => {
                    let mut by_locale = serde_json::Map::new();
                    for locale in directory.locales() {
                        let documents = directory.plain_documents(&locale.to_string())?;
                        by_locale.insert(
                            locale.to_string(),
                            serde_json::to_value(documents).unwrap_or_default(),
                        );
                    }
                    serde_json::to_string(&by_locale).unwrap_or_default()
                }
            };
            match file {
                Some(file) => std::fs::write(file, json + "\n")
                    .map_err(|e| Failure(format!("{}: {e}", file.display()), 2))?,
                None => writeln!(out, "{json}")?,
            }
        }
        Command::L10nStatus { json, missing } => {
            let directory = open(&cli.dir)?;
            let locale = choose_locale(&directory, &cli.lang)?;
            l10n_status(&mut out, &directory, &locale, *json, missing.as_deref())?;
        }
        Command::List { what, filter, json } => {
            let directory = open(&cli.dir)?;
            let locale = choose_locale(&directory, &cli.lang)?;
            list(
                &mut out,
                &directory,
                &locale,
                *what,
                &filter.to_filter(),
                *json,
            )?;
        }
        Command::Search {
            query,
            kind,
            filter,
            limit,
            json,
        } => {
            let directory = open(&cli.dir)?;
            let locale = choose_locale(&directory, &cli.lang)?;
            let request = wegweiser::SearchRequest {
                query: query.clone(),
                locales: vec![locale.primary().to_string()],
                kinds: kind
                    .iter()
                    .map(|k| k.parse::<Kind>())
                    .collect::<Result<_, _>>()?,
                field: filter.field.clone(),
                municipality: filter.municipality.clone(),
                offered_in: filter.offered_in.clone(),
                limit: *limit,
                ..wegweiser::SearchRequest::default()
            };
            let results = directory.search(&request)?;
            if *json {
                print_json(&mut out, &results)?;
            } else {
                output::search_results(&mut out, &directory, &locale, &results)?;
            }
        }
        Command::Generate {
            services,
            seed,
            out: dir,
        } => {
            let base = Directory::sample()?;
            let files = wegweiser::generate::synthetic(&base, *services, *seed)?;
            files.write_to(dir)?;
            writeln!(out, "wrote {} services to {}", services, dir.display())?;
        }
        Command::Relevance {
            set,
            rankings,
            misses,
            queries_json,
            json,
        } => {
            let read = |path: &PathBuf| {
                std::fs::read_to_string(path)
                    .map_err(|e| Failure(format!("{}: {e}", path.display()), 2))
            };
            let set = wegweiser::RelevanceSet::from_toml(&read(set)?)?;
            if *queries_json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&set.queries).unwrap_or_default()
                )?;
                return Ok(ExitCode::SUCCESS);
            }
            let report = match rankings {
                Some(file) => {
                    let rankings: Vec<Vec<String>> = serde_json::from_str(&read(file)?)
                        .map_err(|e| Failure(format!("{}: {e}", file.display()), 2))?;
                    wegweiser::search::relevance::score(&set, &rankings)
                }
                None => open(&cli.dir)?.evaluate_relevance(&set)?,
            };
            if *json {
                print_json(&mut out, &report)?;
            } else {
                output::relevance(&mut out, &report, *misses)?;
            }
        }
        Command::BenchSearch { set, rounds } => {
            let text = std::fs::read_to_string(set)
                .map_err(|e| Failure(format!("{}: {e}", set.display()), 2))?;
            let set = wegweiser::RelevanceSet::from_toml(&text)?;
            let rss_before = resident_mb();
            let started = std::time::Instant::now();
            let directory = open(&cli.dir)?;
            let load_ms = started.elapsed().as_secs_f64() * 1000.0;
            let rss_loaded = resident_mb();
            let started = std::time::Instant::now();
            // An empty query lists without the full-text index: build it explicitly.
            directory.prepare_search()?;
            let build_ms = started.elapsed().as_secs_f64() * 1000.0;
            let rss_indexed = resident_mb();
            let mut latencies = Vec::new();
            for _ in 0..*rounds {
                for query in &set.queries {
                    let request =
                        wegweiser::SearchRequest::new(query.query.clone()).lang(query.lang.clone());
                    let started = std::time::Instant::now();
                    let results = directory.search(&request)?;
                    latencies.push(started.elapsed().as_secs_f64() * 1e6);
                    std::hint::black_box(results);
                }
            }
            latencies.sort_by(f64::total_cmp);
            let at = |q: f64| {
                latencies
                    .get(((latencies.len() as f64 - 1.0) * q).round() as usize)
                    .copied()
                    .unwrap_or(0.0)
            };
            let report = serde_json::json!({
                "services": directory.data().services.len(),
                "load_ms": load_ms,
                "build_ms": build_ms,
                "median_us": at(0.5),
                "p95_us": at(0.95),
                "load_rss_mb": rss_loaded.zip(rss_before).map(|(after, before)| after - before),
                "index_rss_mb": rss_indexed.zip(rss_loaded).map(|(after, before)| after - before),
                "index_file_mb": directory.search_index_bytes()? as f64 / (1024.0 * 1024.0),
            });
            writeln!(out, "{report}")?;
        }
        Command::Show { id, json } => {
            let directory = open(&cli.dir)?;
            let locale = choose_locale(&directory, &cli.lang)?;
            let (kind, index) = directory.find(id)?;
            if *json {
                let value = directory.entity_json(&locale, kind, index);
                print_json(&mut out, &value)?;
            } else {
                output::show(&mut out, &directory, &locale, kind, index)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
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

fn l10n_status(
    out: &mut Out,
    directory: &Directory,
    locale: &Locale,
    json: bool,
    missing: Option<&str>,
) -> Result<(), Failure> {
    let status = directory.l10n_status();
    if let Some(wanted) = missing {
        let wanted = wegweiser::parse_locale(wanted)?.to_string();
        let Some(one) = status.locales.iter().find(|l| l.locale == wanted) else {
            return Err(Failure(
                format!("the directory has no locale `{wanted}`"),
                2,
            ));
        };
        for text in one
            .texts
            .iter()
            .filter(|t| t.status == wegweiser::TextStatus::Missing)
        {
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
        label("l10n-missing"),
        label("l10n-coverage"),
    ];
    let rows: Vec<Vec<String>> = status
        .locales
        .iter()
        .map(|l| {
            vec![
                l.locale.clone(),
                directory.language_name(&l.locale),
                l.translated.to_string(),
                l.machine_translated.to_string(),
                l.missing.to_string(),
                format!("{:.1} %", l.coverage * 100.0),
            ]
        })
        .collect();
    table(out, &header, &rows, &[false, false, true, true, true, true])?;
    Ok(())
}

fn list(
    out: &mut Out,
    directory: &Directory,
    locale: &Locale,
    what: ListKind,
    filter: &Filter,
    json: bool,
) -> Result<(), Failure> {
    let name = |kind: Kind, id: &str| directory.name(locale, kind, id);
    let kind = match what {
        ListKind::Services => Kind::Service,
        ListKind::Measures => Kind::Measure,
        ListKind::Fields => Kind::Field,
        ListKind::Municipalities => Kind::Municipality,
        ListKind::Contacts => Kind::Contact,
        ListKind::Organizations => Kind::Organization,
    };
    if json {
        let items = directory.list_json(locale, kind, filter)?;
        print_json(out, &items)?;
        return Ok(());
    }
    let ids = directory.list(kind, filter)?;
    let mut rows = Vec::new();
    for id in &ids {
        let title = name(kind, id);
        let mut row = vec![id.clone(), output::marked(&title, locale)];
        match what {
            ListKind::Services => {
                let service = directory.service(id)?;
                let places: Vec<String> = directory
                    .service_municipalities(service)
                    .iter()
                    .map(|m| name(Kind::Municipality, m).text)
                    .collect();
                row.push(places.join(", "));
                row.push(service.languages.join(" "));
            }
            ListKind::Measures => {
                let measure = directory.measure(id)?;
                row.push(directory.format_status(locale, measure.status).text);
                row.push(name(Kind::Field, &measure.field).text);
            }
            ListKind::Fields => {
                let field = directory.field(id)?;
                let count = directory
                    .services(&Filter {
                        field: Some(field.id.clone()),
                        ..filter.clone()
                    })?
                    .len();
                row.insert(0, field.number.to_string());
                row.push(
                    directory
                        .ui(
                            locale,
                            "count-services",
                            &[("count", UiArg::Number(count as f64))],
                        )
                        .text,
                );
            }
            ListKind::Municipalities => {
                let municipality = directory.municipality(id)?;
                let other = if locale.primary().language.as_str() == "dsb" {
                    municipality.name_de.clone()
                } else {
                    municipality.name_dsb.clone().unwrap_or_default()
                };
                row.push(other);
                row.push(
                    directory
                        .format_municipality_kind(locale, municipality.kind)
                        .text,
                );
                row.push(
                    municipality
                        .amt
                        .as_deref()
                        .map(|a| name(Kind::Municipality, a).text)
                        .unwrap_or_default(),
                );
            }
            ListKind::Contacts => {
                let contact = directory.contact(id)?;
                row.push(contact.phones.first().cloned().unwrap_or_default());
                row.push(contact.email.clone().unwrap_or_default());
            }
            ListKind::Organizations => {
                let organization = directory.organization(id)?;
                row.push(
                    organization
                        .municipality
                        .as_deref()
                        .map(|m| name(Kind::Municipality, m).text)
                        .unwrap_or_default(),
                );
            }
        }
        rows.push(row);
    }
    let count_id = match what {
        ListKind::Services => Some("services-found"),
        ListKind::Measures => Some("count-measures"),
        _ => None,
    };
    let width = rows.first().map_or(0, Vec::len);
    let right = vec![false; width];
    table(out, &[], &rows, &right)?;
    if let Some(count_id) = count_id {
        writeln!(
            out,
            "\n{}",
            directory
                .ui(
                    locale,
                    count_id,
                    &[("count", UiArg::Number(ids.len() as f64))]
                )
                .text
        )?;
    }
    Ok(())
}

/// Resident memory of this process in MiB (Linux), to measure what loading costs.
fn resident_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Pretty JSON on one stream, for every `--json` output.
fn print_json<T: serde::Serialize + ?Sized>(
    out: &mut impl Write,
    value: &T,
) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")
}
