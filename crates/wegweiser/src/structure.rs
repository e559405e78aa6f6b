//! Reading the structure: `directory.toml` (every syntax error, every bad value and every
//! unknown key, each with its position, while keeping every entity that could be read) or
//! `directory.json` (see `json_structure`).

#[cfg(feature = "toml-input")]
use serde::de::DeserializeOwned;
#[cfg(feature = "toml-input")]
use toml::de::{DeTable, DeValue, ValueDeserializer};
#[cfg(feature = "toml-input")]
use toml::Spanned;

use crate::model::DirectoryData;
#[cfg(feature = "toml-input")]
use crate::model::Metadata;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::source::{line_col, SourceFile};

/// One step of a path into the TOML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// The kinds of entity arrays, in file order, with their TOML key.
pub(crate) const ENTITY_ARRAYS: [&str; 12] = [
    "principles",
    "target_groups",
    "fields",
    "goals",
    "recommendations",
    "measures",
    "municipalities",
    "organizations",
    "locations",
    "contacts",
    "services",
    "synonyms",
];

/// Finds the source position of any path in the parsed document.
pub(crate) struct Locator<'t> {
    file: &'t SourceFile,
    /// The parsed TOML document; `None` for JSON, which is located by walking its text.
    #[cfg(feature = "toml-input")]
    root: Option<Spanned<DeTable<'t>>>,
    /// For each entity array: the file's index of each entity that was read.
    origins: Vec<(&'static str, Vec<usize>)>,
    /// JSON only: where each element of each top-level array starts, found once.
    json_elements: std::cell::OnceCell<std::collections::BTreeMap<String, Vec<usize>>>,
}

impl<'t> Locator<'t> {
    pub(crate) fn json(file: &'t SourceFile) -> Self {
        Locator {
            file,
            #[cfg(feature = "toml-input")]
            root: None,
            origins: Vec::new(),
            json_elements: std::cell::OnceCell::new(),
        }
    }

    fn is_json(&self) -> bool {
        self.file.path.ends_with(".json")
    }

    pub(crate) fn file(&self) -> &SourceFile {
        self.file
    }

    pub(crate) fn set_origins(&mut self, array: &'static str, origins: Vec<usize>) {
        self.origins.push((array, origins));
    }

    /// Byte span of the value at `path`, or of the closest enclosing value that exists.
    pub(crate) fn span(&self, path: &[Seg<'_>]) -> std::ops::Range<usize> {
        if self.is_json() {
            return self.json_locate(path).0;
        }
        self.toml_span(path)
    }

    /// Locates `path` in the JSON text, starting at the entity when it names one.
    fn json_locate(
        &self,
        path: &[Seg<'_>],
    ) -> (std::ops::Range<usize>, Option<std::ops::Range<usize>>) {
        let text = &self.file.text;
        if let [Seg::Key(array), Seg::Index(index), rest @ ..] = path {
            let elements = self
                .json_elements
                .get_or_init(|| crate::json_structure::element_starts(text));
            if let Some(&start) = elements.get(*array).and_then(|e| e.get(*index)) {
                return crate::json_structure::locate_from(text, start, rest);
            }
        }
        crate::json_structure::locate(text, path)
    }

    #[cfg(not(feature = "toml-input"))]
    fn toml_span(&self, _path: &[Seg<'_>]) -> std::ops::Range<usize> {
        0..0
    }

    #[cfg(feature = "toml-input")]
    fn toml_span(&self, path: &[Seg<'_>]) -> std::ops::Range<usize> {
        let Some(root) = &self.root else {
            return 0..0;
        };
        let mut best = root.span();
        let mut current: Option<&Spanned<DeValue<'t>>> = None;
        for (i, seg) in path.iter().enumerate() {
            let next = match (current, seg) {
                (None, Seg::Key(key)) if i == 0 => root.get_ref().get(*key),
                (Some(value), Seg::Key(key)) => value.get_ref().get(*key),
                (Some(value), Seg::Index(index)) => value.get_ref().get(*index),
                _ => None,
            };
            match next {
                Some(value) => {
                    best = value.span();
                    current = Some(value);
                }
                None => break,
            }
        }
        best
    }

    /// The span of a key itself (for "unknown key" problems).
    pub(crate) fn key_span(&self, path: &[Seg<'_>]) -> std::ops::Range<usize> {
        if self.is_json() {
            let (value, key) = self.json_locate(path);
            return key.unwrap_or(value);
        }
        self.toml_key_span(path)
    }

    #[cfg(not(feature = "toml-input"))]
    fn toml_key_span(&self, path: &[Seg<'_>]) -> std::ops::Range<usize> {
        self.toml_span(path)
    }

    #[cfg(feature = "toml-input")]
    fn toml_key_span(&self, path: &[Seg<'_>]) -> std::ops::Range<usize> {
        let Some((Seg::Key(last), parent)) = path.split_last() else {
            return self.span(path);
        };
        let table = if parent.is_empty() {
            self.root.as_ref().map(|r| r.get_ref())
        } else {
            let mut value: Option<&Spanned<DeValue<'t>>> = None;
            for (i, seg) in parent.iter().enumerate() {
                value = match (value, seg) {
                    (None, Seg::Key(key)) if i == 0 => {
                        self.root.as_ref().and_then(|r| r.get_ref().get(*key))
                    }
                    (Some(v), Seg::Key(key)) => v.get_ref().get(*key),
                    (Some(v), Seg::Index(index)) => v.get_ref().get(*index),
                    _ => None,
                };
            }
            value.and_then(|v| v.get_ref().as_table())
        };
        table
            .and_then(|t| t.keys().find(|k| k.get_ref() == last))
            .map(|k| k.span())
            .unwrap_or_else(|| self.span(path))
    }

    /// Position of entity `index` (as read into the model) of `array`, then `rest`.
    pub(crate) fn entity_path<'a>(&self, array: &'a str, index: usize) -> Vec<Seg<'a>> {
        let toml_index = self
            .origins
            .iter()
            .find(|(name, _)| *name == array)
            .and_then(|(_, indices)| indices.get(index).copied())
            .unwrap_or(index);
        vec![Seg::Key(array), Seg::Index(toml_index)]
    }

    pub(crate) fn problem(
        &self,
        span: std::ops::Range<usize>,
        severity: Severity,
        code: ProblemCode,
        message: String,
    ) -> Problem {
        let (line, column) = line_col(&self.file.text, span.start);
        Problem {
            file: self.file.path.clone(),
            line,
            column,
            severity,
            code,
            message,
        }
    }
}

/// The outcome of reading `directory.toml`.
pub(crate) struct StructureRead<'t> {
    pub data: DirectoryData,
    pub locator: Locator<'t>,
    pub problems: Vec<Problem>,
    /// False when `[directory]` could not be read: nothing else can be trusted then.
    pub has_metadata: bool,
}

/// Reads the entity arrays of a structure file, each format its own way.
pub(crate) trait ArrayReader {
    /// The entities of array `key` that could be read, and the file's index of each.
    fn read<T: serde::de::DeserializeOwned>(
        &mut self,
        key: &'static str,
        locator: &Locator<'_>,
    ) -> (Vec<T>, Vec<usize>);
}

/// Reads every entity array into `data`, recording where each entity came from.
pub(crate) fn read_entity_arrays(
    data: &mut DirectoryData,
    locator: &mut Locator<'_>,
    reader: &mut impl ArrayReader,
) {
    fn one<T: serde::de::DeserializeOwned>(
        key: &'static str,
        locator: &mut Locator<'_>,
        reader: &mut impl ArrayReader,
    ) -> Vec<T> {
        let (items, origins) = reader.read(key, locator);
        locator.set_origins(key, origins);
        items
    }
    data.principles = one("principles", locator, reader);
    data.target_groups = one("target_groups", locator, reader);
    data.fields = one("fields", locator, reader);
    data.goals = one("goals", locator, reader);
    data.recommendations = one("recommendations", locator, reader);
    data.measures = one("measures", locator, reader);
    data.municipalities = one("municipalities", locator, reader);
    data.organizations = one("organizations", locator, reader);
    data.locations = one("locations", locator, reader);
    data.contacts = one("contacts", locator, reader);
    data.services = one("services", locator, reader);
    data.synonyms = one("synonyms", locator, reader);
}

#[cfg(feature = "toml-input")]
struct TomlArrays<'r, 'd> {
    root: &'r DeTable<'d>,
    problems: &'r mut Vec<Problem>,
}

#[cfg(feature = "toml-input")]
impl ArrayReader for TomlArrays<'_, '_> {
    fn read<T: DeserializeOwned>(
        &mut self,
        key: &'static str,
        locator: &Locator<'_>,
    ) -> (Vec<T>, Vec<usize>) {
        read_many(self.root, key, locator, self.problems)
    }
}

/// Reads `directory.json` or, with the `toml-input` feature, `directory.toml`.
pub(crate) fn read_structure(file: &SourceFile) -> StructureRead<'_> {
    if file.path.ends_with(".json") {
        return crate::json_structure::read_json_structure(file);
    }
    read_toml_structure(file)
}

#[cfg(not(feature = "toml-input"))]
fn read_toml_structure(file: &SourceFile) -> StructureRead<'_> {
    let locator = Locator::json(file);
    let problem = locator.problem(
        0..0,
        Severity::Error,
        ProblemCode::File,
        format!(
            "this build of wegweiser reads directory.json only, not {} (the `toml-input` feature is off): write it with `wegweiser export --format web`",
            file.path
        ),
    );
    StructureRead {
        data: DirectoryData::default(),
        locator,
        problems: vec![problem],
        has_metadata: false,
    }
}

#[cfg(feature = "toml-input")]
fn read_toml_structure(file: &SourceFile) -> StructureRead<'_> {
    let (root, syntax_errors) = DeTable::parse_recoverable(&file.text);
    let mut locator = Locator {
        file,
        root: Some(root),
        origins: Vec::new(),
        json_elements: std::cell::OnceCell::new(),
    };
    let mut problems = Vec::new();
    for error in &syntax_errors {
        let span = error.span().unwrap_or(0..0);
        problems.push(locator.problem(
            span,
            Severity::Error,
            ProblemCode::TomlSyntax,
            format!("TOML syntax: {}", error.message().trim()),
        ));
    }

    let mut data = DirectoryData::default();
    let mut has_metadata = false;
    let root_table = locator
        .root
        .as_ref()
        .map(|r| r.get_ref().clone())
        .unwrap_or_default();

    for key in root_table.keys() {
        let name = key.get_ref().as_ref();
        if name != "directory" && !ENTITY_ARRAYS.contains(&name) {
            let hint = closest(name, ENTITY_ARRAYS.iter().copied().chain(["directory"]))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            problems.push(locator.problem(
                key.span(),
                Severity::Error,
                ProblemCode::UnknownKey,
                format!("unknown table `{name}`{hint}: its contents are ignored"),
            ));
        }
    }

    match root_table.get("directory") {
        Some(value) => {
            if let Some(metadata) =
                read_one::<Metadata>(value, &[Seg::Key("directory")], &locator, &mut problems)
            {
                data.directory = metadata;
                has_metadata = true;
            }
        }
        None if syntax_errors.is_empty() => problems.push(locator.problem(
            0..0,
            Severity::Error,
            ProblemCode::File,
            "no [directory] table: add one with id, locales, status_as_of and version".into(),
        )),
        None => {}
    }

    read_entity_arrays(
        &mut data,
        &mut locator,
        &mut TomlArrays {
            root: &root_table,
            problems: &mut problems,
        },
    );

    StructureRead {
        data,
        locator,
        problems,
        has_metadata,
    }
}

/// Reads one value into `T`, reporting type errors and unknown keys. `None` when the
/// value could not be read at all.
#[cfg(feature = "toml-input")]
fn read_one<T: DeserializeOwned>(
    value: &Spanned<DeValue<'_>>,
    path: &[Seg<'_>],
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let mut unknown: Vec<Vec<String>> = Vec::new();
    let deserializer = ValueDeserializer::from(value.clone());
    let result = serde_ignored::deserialize(deserializer, |ignored| {
        unknown.push(ignored_path(&ignored));
    });
    match result {
        Ok(item) => {
            for keys in unknown {
                let mut full: Vec<Seg<'_>> = path.to_vec();
                full.extend(keys.iter().map(|k| match k.parse::<usize>() {
                    Ok(i) => Seg::Index(i),
                    Err(_) => Seg::Key(k.as_str()),
                }));
                let name = keys.last().cloned().unwrap_or_default();
                problems.push(locator.problem(
                    locator.key_span(&full),
                    Severity::Error,
                    ProblemCode::UnknownKey,
                    format!(
                        "unknown key `{name}` in {}: remove it or fix its spelling (the format is in docs/data-format.md)",
                        describe(path)
                    ),
                ));
            }
            Some(item)
        }
        Err(error) => {
            let span = error.span().unwrap_or_else(|| value.span());
            problems.push(locator.problem(
                span,
                Severity::Error,
                ProblemCode::InvalidValue,
                format!(
                    "{}: {}; this entry is skipped",
                    describe(path),
                    error.message().trim()
                ),
            ));
            None
        }
    }
}

#[cfg(feature = "toml-input")]
fn read_many<T: DeserializeOwned>(
    root: &DeTable<'_>,
    key: &'static str,
    locator: &Locator<'_>,
    problems: &mut Vec<Problem>,
) -> (Vec<T>, Vec<usize>) {
    let Some(value) = root.get(key) else {
        return (Vec::new(), Vec::new());
    };
    let Some(array) = value.get_ref().as_array() else {
        problems.push(locator.problem(
            value.span(),
            Severity::Error,
            ProblemCode::InvalidValue,
            format!("`{key}` must be an array of tables, written [[{key}]]"),
        ));
        return (Vec::new(), Vec::new());
    };
    read_each(key, array.iter(), |item, path| {
        read_one::<T>(item, path, locator, problems)
    })
}

/// Reads each element of array `key` with `read`, keeping those that could be read and
/// the index of each.
pub(crate) fn read_each<V, T>(
    key: &'static str,
    elements: impl Iterator<Item = V>,
    mut read: impl FnMut(V, &[Seg<'_>]) -> Option<T>,
) -> (Vec<T>, Vec<usize>) {
    let mut items = Vec::new();
    let mut origins = Vec::new();
    for (index, element) in elements.enumerate() {
        if let Some(item) = read(element, &[Seg::Key(key), Seg::Index(index)]) {
            items.push(item);
            origins.push(index);
        }
    }
    (items, origins)
}

#[cfg(feature = "toml-input")]
fn ignored_path(path: &serde_ignored::Path<'_>) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(path: &serde_ignored::Path<'_>, out: &mut Vec<String>) {
        use serde_ignored::Path;
        match path {
            Path::Root => {}
            Path::Seq { parent, index } => {
                walk(parent, out);
                out.push(index.to_string());
            }
            Path::Map { parent, key } => {
                walk(parent, out);
                out.push(key.clone());
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => walk(parent, out),
        }
    }
    walk(path, &mut out);
    out
}

/// "services #3" style description of a path, for messages.
#[cfg(feature = "toml-input")]
fn describe(path: &[Seg<'_>]) -> String {
    match path {
        [Seg::Key(array), Seg::Index(index), ..] => format!("[[{array}]] #{}", index + 1),
        [Seg::Key(table), ..] => format!("[{table}]"),
        _ => "the document".to_owned(),
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub(crate) fn closest<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}
