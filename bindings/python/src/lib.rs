//! The native module `wegweiser._wegweiser`. It converts types and errors, nothing more:
//! every answer comes from the core crate. Structured results cross as JSON text that
//! the Python package turns into typed objects.

mod search;

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use wegweiser::{Directory, Filter, Kind, SearchRequest};

create_exception!(
    _wegweiser,
    WegweiserError,
    PyException,
    "Base of every wegweiser error."
);
create_exception!(
    _wegweiser,
    LoadError,
    WegweiserError,
    "The directory could not be loaded; `.problems` lists every problem found."
);
create_exception!(
    _wegweiser,
    InternalError,
    WegweiserError,
    "A bug inside wegweiser (a panic in the core), caught before it reached Python: please report it."
);
create_exception!(
    _wegweiser,
    LocaleError,
    WegweiserError,
    "A string that is not a language tag (a valid tag the directory lacks falls back)."
);

/// One problem found in a directory's files.
#[pyclass(frozen, get_all, module = "wegweiser._wegweiser")]
#[derive(Clone)]
struct Problem {
    file: String,
    line: u32,
    column: u32,
    severity: String,
    code: String,
    message: String,
}

#[pymethods]
impl Problem {
    fn __repr__(&self) -> String {
        format!(
            "<Problem {}:{}:{}: {}: {}>",
            self.file, self.line, self.column, self.severity, self.message
        )
    }

    fn __str__(&self) -> String {
        format!(
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.severity, self.message
        )
    }
}

impl From<&wegweiser::Problem> for Problem {
    fn from(p: &wegweiser::Problem) -> Self {
        let code = p.code.as_str().to_owned();
        Problem {
            file: p.file.clone(),
            line: p.line,
            column: p.column,
            severity: p.severity.to_string(),
            code,
            message: p.message.clone(),
        }
    }
}

fn to_py(py: Python<'_>, error: wegweiser::Error) -> PyErr {
    let message = error.to_string();
    let (err, problems) = match error {
        wegweiser::Error::Invalid { problems } => (LoadError::new_err(message), problems),
        wegweiser::Error::Io { .. } => (LoadError::new_err(message), Vec::new()),
        wegweiser::Error::Locale { .. } => return LocaleError::new_err(message),
        _ => return WegweiserError::new_err(message),
    };
    let list: Vec<Problem> = problems.iter().map(Problem::from).collect();
    if let Ok(list) = PyList::new(py, list) {
        let _ = err.value(py).setattr("problems", list);
    }
    err
}

/// Runs `work` with the GIL released, turning its error into a Python exception and a
/// panic inside the core into `InternalError`: a bug must not crash the interpreter.
fn run<T: Send>(py: Python<'_>, work: impl FnOnce() -> wegweiser::Result<T> + Send) -> PyResult<T> {
    match py.detach(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))) {
        Ok(result) => result.map_err(|e| to_py(py, e)),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(InternalError::new_err(format!(
                "internal error in wegweiser (please report it): {message}"
            )))
        }
    }
}

fn json<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| WegweiserError::new_err(e.to_string()))
}

/// A directory of integration services (see the `wegweiser` package for the typed API).
#[pyclass(frozen, name = "Directory", module = "wegweiser._wegweiser")]
struct PyDirectory {
    inner: Arc<Directory>,
}

impl PyDirectory {
    fn wrap(directory: Directory) -> Self {
        PyDirectory {
            inner: Arc::new(directory),
        }
    }

    fn locale_of(&self, py: Python<'_>, lang: Option<&str>) -> PyResult<wegweiser::Locale> {
        let tag = lang
            .map(str::to_owned)
            .unwrap_or_else(|| self.inner.source_locale().to_string());
        self.inner.locale(&[tag]).map_err(|e| to_py(py, e))
    }
}

#[pymethods]
impl PyDirectory {
    /// Reads and validates the directory folder at `path`; with `index_cache`, searches
    /// open the index `wegweiser index` (or `write_index_cache`) saved there for this data.
    #[staticmethod]
    #[pyo3(signature = (path, index_cache=None))]
    fn load(py: Python<'_>, path: PathBuf, index_cache: Option<PathBuf>) -> PyResult<Self> {
        let mut directory = run(py, || Directory::load(&path))?;
        if let Some(cache) = index_cache {
            directory.use_index_cache(cache);
        }
        Ok(Self::wrap(directory))
    }

    /// Builds the search index (unless built) and saves it in the folder `cache`, as
    /// `wegweiser index` does; returns the entry's folder.
    fn write_index_cache(&self, py: Python<'_>, cache: PathBuf) -> PyResult<PathBuf> {
        let directory = Arc::clone(&self.inner);
        run(py, move || directory.write_index_cache(&cache))
    }

    /// Where the search index came from: None before the first search, else "built",
    /// "cached", or "rebuilt: <why the saved one could not be used>".
    #[getter]
    fn index_origin(&self) -> Option<String> {
        self.inner.index_origin().map(|origin| match origin {
            wegweiser::IndexOrigin::Built => "built".to_owned(),
            wegweiser::IndexOrigin::Cached => "cached".to_owned(),
            wegweiser::IndexOrigin::Rebuilt { reason } => format!("rebuilt: {reason}"),
        })
    }

    /// Reads a JSON document written by `export --format json` or `to_json()`.
    #[staticmethod]
    fn from_json(py: Python<'_>, text: String) -> PyResult<Self> {
        run(py, || Directory::from_json(&text)).map(Self::wrap)
    }

    /// Reads an HSDS 3.0 JSON file or tabular folder; returns the directory and the
    /// import report as JSON.
    #[staticmethod]
    #[pyo3(signature = (path, source_locale="de", id=None))]
    fn _from_hsds(
        py: Python<'_>,
        path: PathBuf,
        source_locale: &str,
        id: Option<String>,
    ) -> PyResult<(Self, String)> {
        let options = wegweiser::hsds::ImportOptions {
            source_locale: source_locale.to_owned(),
            id,
        };
        let (directory, report) = run(py, || Directory::from_hsds(&path, &options))?;
        Ok((Self::wrap(directory), json(&report)?))
    }

    /// Writes the directory as HSDS 3.0 into the folder `path` (public view); returns why
    /// the export is not valid HSDS, if it is not.
    #[pyo3(signature = (path, lang=None, separator=",", bom=true, force=false))]
    fn to_hsds(
        &self,
        py: Python<'_>,
        path: PathBuf,
        lang: Option<String>,
        separator: &str,
        bom: bool,
        force: bool,
    ) -> PyResult<Vec<String>> {
        let delimiter = match separator {
            "," => b',',
            ";" => b';',
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "separator must be \",\" or \";\", not {other:?}"
                )))
            }
        };
        let options = wegweiser::hsds::HsdsExportOptions {
            lang,
            csv: wegweiser::hsds::CsvOptions { bom, delimiter },
        };
        let overwrite = if force {
            wegweiser::Overwrite::Force
        } else {
            wegweiser::Overwrite::OwnOutput
        };
        run(py, || {
            let files = self.inner.to_hsds(&options)?;
            files.write_to(&path, overwrite)?;
            Ok(files.warnings)
        })
    }

    /// The built-in Spree-Neiße sample directory (demo data).
    #[staticmethod]
    fn sample(py: Python<'_>) -> PyResult<Self> {
        run(py, Directory::sample).map(Self::wrap)
    }

    #[getter]
    fn locales(&self) -> Vec<String> {
        self.inner
            .locales()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[getter]
    fn source_locale(&self) -> String {
        self.inner.source_locale().to_string()
    }

    fn _metadata_json(&self) -> PyResult<String> {
        json(self.inner.metadata())
    }

    /// Entities of one kind with their texts in `lang`, as a JSON list.
    /// Services get `hours_now` at `hours_at` and, with `near`, `distance_km`.
    #[pyo3(signature = (kind, lang=None, municipality=None, field=None, offered_in=None, include_internal=false, open_at=None, near=None, within_km=None, hours_at=None))]
    #[allow(clippy::too_many_arguments)]
    fn _items_json(
        &self,
        py: Python<'_>,
        kind: &str,
        lang: Option<&str>,
        municipality: Option<String>,
        field: Option<String>,
        offered_in: Option<String>,
        include_internal: bool,
        open_at: Option<String>,
        near: Option<String>,
        within_km: Option<f64>,
        hours_at: Option<String>,
    ) -> PyResult<String> {
        let kind: Kind = kind.parse().map_err(|e| to_py(py, e))?;
        let locale = self.locale_of(py, lang)?;
        let filter = Filter {
            municipality,
            field,
            offered_in,
            include_internal,
            open_at,
            near,
            within_km,
        };
        let items = run(py, || {
            let at = hours_at
                .as_deref()
                .map(|at| self.inner.parse_instant(at))
                .transpose()?;
            self.inner.list_json_at(&locale, kind, &filter, at)
        })?;
        json(&items)
    }

    /// The state of a service (or `contact:id`) at `at` (default: now), as JSON.
    #[pyo3(signature = (id, at=None, lang=None))]
    fn _hours_now_json(
        &self,
        py: Python<'_>,
        id: &str,
        at: Option<&str>,
        lang: Option<&str>,
    ) -> PyResult<String> {
        let locale = self.locale_of(py, lang)?;
        let now = run(py, || {
            let at = match at {
                Some(at) => self.inner.parse_instant(at)?,
                None => jiff::Timestamp::now(),
            };
            self.inner.hours_now(&locale, id, at)
        })?;
        json(&now)
    }

    /// Seven days of hours from `start` (`YYYY-MM-DD`; default: today), as JSON.
    #[pyo3(signature = (id, start=None, lang=None))]
    fn _hours_week_json(
        &self,
        py: Python<'_>,
        id: &str,
        start: Option<&str>,
        lang: Option<&str>,
    ) -> PyResult<String> {
        let locale = self.locale_of(py, lang)?;
        let week = run(py, || {
            let start = match start {
                Some(day) => day.parse().map_err(|_| {
                    wegweiser::Error::InvalidArgument(format!(
                        "`{day}` is not a date: write it as YYYY-MM-DD"
                    ))
                })?,
                None => self.inner.local_date(jiff::Timestamp::now())?,
            };
            self.inner.hours_week(&locale, id, start)
        })?;
        json(&week)
    }

    /// One entity by id (or `kind:id`) with its texts in `lang`, as JSON.
    #[pyo3(signature = (id, lang=None))]
    fn _get_json(&self, py: Python<'_>, id: &str, lang: Option<&str>) -> PyResult<String> {
        let locale = self.locale_of(py, lang)?;
        let entity = run(py, || {
            let (kind, index) = self.inner.find(id)?;
            Ok(self.inner.entity_json(&locale, kind, index))
        })?;
        json(&entity)
    }

    /// Searches with a whole `SearchRequest` as JSON (every field of the core's request);
    /// the GIL is released while the query runs.
    fn _search<'py>(&self, py: Python<'py>, request: &str) -> PyResult<Bound<'py, PyDict>> {
        let request = SearchRequest::from_json(request).map_err(|e| to_py(py, e))?;
        let directory = Arc::clone(&self.inner);
        let found = run(py, move || directory.search(&request))?;
        search::results(py, &found)
    }

    /// Microseconds one `Directory::search` of `request` takes in Rust, without the
    /// binding: the reference bindings/python/bench/overhead.py measures Python against,
    /// in the same process.
    fn _rust_search_us(&self, py: Python<'_>, request: &str) -> PyResult<f64> {
        let request = SearchRequest::from_json(request).map_err(|e| to_py(py, e))?;
        let directory = Arc::clone(&self.inner);
        run(py, move || {
            let started = std::time::Instant::now();
            let found = directory.search(&request)?;
            let elapsed = started.elapsed();
            drop(std::hint::black_box(found));
            Ok(elapsed.as_secs_f64() * 1e6)
        })
    }

    /// Builds the full-text index now instead of on the first search (an empty query lists
    /// without it); the GIL is released meanwhile.
    fn prepare_search(&self, py: Python<'_>) -> PyResult<()> {
        let directory = Arc::clone(&self.inner);
        run(py, move || directory.prepare_search())
    }

    /// Warnings found while loading (errors make loading fail).
    fn validate(&self) -> Vec<Problem> {
        self.inner.problems().iter().map(Problem::from).collect()
    }

    fn _l10n_status_json(&self) -> PyResult<String> {
        json(&self.inner.l10n_status())
    }

    /// The directory as one JSON document (no internal contacts unless asked).
    #[pyo3(signature = (include_internal=false))]
    fn to_json(&self, py: Python<'_>, include_internal: bool) -> PyResult<String> {
        run(py, || {
            self.inner
                .to_json(wegweiser::ExportOptions { include_internal })
        })
    }

    fn __repr__(&self) -> String {
        let meta = self.inner.metadata();
        format!(
            "<Directory {} v{} ({} services)>",
            meta.id,
            meta.version,
            self.inner.data().services.len()
        )
    }
}

/// Every problem of the directory folder at `path`, errors and warnings.
#[pyfunction]
fn validate_path(py: Python<'_>, path: PathBuf) -> PyResult<Vec<Problem>> {
    let problems = run(py, || Directory::validate_path(&path))?;
    Ok(problems.iter().map(Problem::from).collect())
}

#[pymodule]
fn _wegweiser(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDirectory>()?;
    m.add_class::<Problem>()?;
    m.add_function(wrap_pyfunction!(validate_path, m)?)?;
    m.add("WegweiserError", m.py().get_type::<WegweiserError>())?;
    m.add("LoadError", m.py().get_type::<LoadError>())?;
    m.add("LocaleError", m.py().get_type::<LocaleError>())?;
    m.add("InternalError", m.py().get_type::<InternalError>())?;
    // Whether this is a test build whose core panics on purpose for one query.
    m.add("_DELIBERATE_PANIC", cfg!(feature = "deliberate-panic"))?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
