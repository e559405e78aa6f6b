//! What each harness feeds its input to. A target must never panic, hang or allocate
//! without bound, whatever the bytes; errors and problems are fine.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use wegweiser::{Directory, SearchRequest, SourceFile, SourceFiles, WebManifest};

/// A harness: its name, its seeds (besides `fuzz/corpus/<name>/`) and its target.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
    /// Seeds made from the test fixtures.
    pub seeds: fn(&Path) -> Vec<Vec<u8>>,
}

pub const TARGETS: &[Target] = &[
    Target {
        name: "directory",
        run: directory,
        seeds: directory_seeds,
    },
    Target {
        name: "json",
        run: json,
        seeds: json_seeds,
    },
    Target {
        name: "search",
        run: search,
        seeds: search_seeds,
    },
    Target {
        name: "bundle",
        run: bundle,
        seeds: bundle_seeds,
    },
    Target {
        name: "hsds",
        run: crate::hsds::hsds,
        seeds: crate::hsds::hsds_seeds,
    },
];

/// Separates the files of one `directory` input: `directory.toml`, then Fluent files.
const SEPARATOR: &str = "\n=====\n";
const LOCALES: [&str; 3] = ["de", "en", "ar"];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `directory.toml` and Fluent files from one input; loading, then what a reader does.
fn directory(bytes: &[u8]) {
    let text = text(bytes);
    let mut parts = text.split(SEPARATOR);
    let structure = parts.next().unwrap_or_default();
    let fluent: Vec<SourceFile> = parts
        .enumerate()
        .map(|(i, part)| SourceFile::new(format!("locales/{}/f{i}.ftl", LOCALES[i % 3]), part))
        .collect();
    // The first part is also read as a lock file: the stamps' parser sees any text too.
    let locks = fluent
        .first()
        .map(|f| SourceFile::new("locales/en/l10n.lock", f.text.clone()))
        .into_iter()
        .collect();
    let sources = SourceFiles {
        structure: Some(SourceFile::new("directory.toml", structure)),
        fluent,
        locks,
        problems: Vec::new(),
    };
    if let Ok((directory, _)) = Directory::from_sources_lenient(sources) {
        exercise(&directory, "Kurs");
    }
}

/// Search and texts of a loaded directory, in every locale it has. Building the index
/// is the slow part: the `search` target covers queries, so only some inputs here do.
fn exercise(directory: &Directory, query: &str) {
    let _ = directory.to_json(Default::default());
    let _ = directory.l10n_status();
    // Hours of whatever the input holds: odd periods, closures, time zones.
    if let (Ok(locale), Ok(at)) = (
        directory.locale(&["de"]),
        directory.parse_instant("2027-05-17T10:00"),
    ) {
        for service in directory.data().services.iter().take(8) {
            let _ = directory.hours_now(&locale, &service.id, at);
            let _ = directory.hours_week(&locale, &service.id, jiff::civil::date(2026, 12, 21));
        }
    }
    if directory.data().services.len() % 4 != 1 {
        return;
    }
    for locale in directory.locales() {
        let tag = locale.to_string();
        let _ = directory.search(&SearchRequest::new(query).lang(&tag));
    }
}

fn directory_seeds(fixtures: &Path) -> Vec<Vec<u8>> {
    let minimal = fixtures.join("minimal");
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
    let structure = read(&minimal.join("directory.toml"));
    let de = read(&minimal.join("locales/de/texts.ftl"));
    let en = read(&minimal.join("locales/en/texts.ftl"));
    let mut seeds = vec![format!("{structure}{SEPARATOR}{de}{SEPARATOR}{en}").into_bytes()];
    for entry in std::fs::read_dir(fixtures.join("bad"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let bad = read(&entry.path());
        if name.ends_with(".toml") {
            seeds.push(format!("{structure}\n{bad}{SEPARATOR}{de}{SEPARATOR}{en}").into_bytes());
        } else if name.ends_with(".ftl") {
            seeds.push(format!("{structure}{SEPARATOR}{de}\n{bad}{SEPARATOR}{en}").into_bytes());
        }
    }
    seeds
}

/// The JSON document reader (`Directory::from_json`).
fn json(bytes: &[u8]) {
    if let Ok((directory, _)) = Directory::from_json_lenient(&text(bytes)) {
        exercise(&directory, "Beratung");
    }
}

fn json_seeds(fixtures: &Path) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(fixtures.join("json/bad"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    seeds.extend(std::fs::read(fixtures.join("json/minimal.json")));
    seeds
}

fn sample() -> &'static Directory {
    static SAMPLE: OnceLock<Directory> = OnceLock::new();
    SAMPLE.get_or_init(|| Directory::sample().expect("the sample loads"))
}

/// Any query string, and any JSON request with any filters, against the sample.
fn search(bytes: &[u8]) {
    let text = text(bytes);
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let directory = sample();
    let _ = directory.search(&SearchRequest::new(first).lang("ar"));
    if let Ok(request) = SearchRequest::from_json(rest) {
        let _ = directory.search(&request);
    }
}

fn search_seeds(fixtures: &Path) -> Vec<Vec<u8>> {
    let queries = std::fs::read_to_string(fixtures.join("hostile-queries.txt")).unwrap_or_default();
    let request = r#"{"query": "Kurs", "locales": ["uk", "de"], "kinds": ["service"], "field": "language", "municipality": "forst", "free": true, "limit": 5, "offset": 2}"#;
    let placed = r#"{"query": "Kurs", "open_at": "2026-12-07T10:00", "near": "51.57,14.37", "within_km": 25.5, "limit": 5}"#;
    queries
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [format!("{line}\n{request}"), format!("{line}\n{placed}")])
        .map(String::into_bytes)
        .collect()
}

fn minimal_bundle(fixtures: &Path) -> Option<wegweiser::WebBundle> {
    let directory = Directory::load(fixtures.join("minimal")).ok()?;
    directory.web_bundle().ok()
}

/// The web bundle reader: a manifest and a `directory.json`, as a page fetched them.
fn bundle(bytes: &[u8]) {
    let text = text(bytes);
    let (manifest, structure) = text.split_once(SEPARATOR).unwrap_or((&text, ""));
    if let Ok(manifest) = WebManifest::from_json(manifest) {
        let locales = manifest.locales_for(&["ar", "de", "xx-Latn"]);
        let _ = manifest.files_for(&locales);
    }
    let mut files = BTreeMap::new();
    files.insert("directory.json".to_owned(), structure.to_owned());
    files.insert(
        "locales/de/directory.ftl".to_owned(),
        "directory = X\n    .region = Y\n".to_owned(),
    );
    if let Ok(sources) = SourceFiles::from_map(files) {
        if let Ok((directory, _)) = Directory::from_sources_lenient(sources) {
            exercise(&directory, "x");
        }
    }
}

fn bundle_seeds(fixtures: &Path) -> Vec<Vec<u8>> {
    let Some(bundle) = minimal_bundle(fixtures) else {
        return Vec::new();
    };
    let manifest = serde_json::to_string_pretty(&bundle.manifest).unwrap_or_default();
    let structure = bundle
        .files
        .iter()
        .find(|f| f.path == "directory.json")
        .map(|f| f.text.clone())
        .unwrap_or_default();
    vec![format!("{manifest}{SEPARATOR}{structure}").into_bytes()]
}
