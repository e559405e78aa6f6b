//! Search results as Python objects, built directly: a JSON round trip cost more than
//! the rest of the binding together (bindings/python/bench/overhead.py).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use wegweiser::{Highlight, SearchHit, SearchResults};

fn highlights<'py>(py: Python<'py>, list: &[Highlight]) -> PyResult<Bound<'py, PyList>> {
    let items = list
        .iter()
        .map(|h| {
            let item = PyDict::new(py);
            item.set_item("start", h.start)?;
            item.set_item("end", h.end)?;
            Ok(item)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

fn hit<'py>(py: Python<'py>, hit: &SearchHit) -> PyResult<Bound<'py, PyDict>> {
    let item = PyDict::new(py);
    item.set_item("kind", hit.kind.as_str())?;
    item.set_item("id", &hit.id)?;
    item.set_item("title", &hit.title)?;
    item.set_item("title_locale", &hit.title_locale)?;
    item.set_item("snippet", &hit.snippet)?;
    item.set_item("snippet_locale", &hit.snippet_locale)?;
    item.set_item("highlights", highlights(py, &hit.highlights)?)?;
    item.set_item("title_highlights", highlights(py, &hit.title_highlights)?)?;
    item.set_item("score", hit.score)?;
    if let Some(km) = hit.distance_km {
        item.set_item("distance_km", km)?;
        item.set_item("distance", &hit.distance)?;
    }
    Ok(item)
}

/// `{"total", "hits": [{…}], "facets": {name: {value: count}}, "locale", "relaxed"}`,
/// the same shape as the results' JSON.
pub(crate) fn results<'py>(py: Python<'py>, found: &SearchResults) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    out.set_item("total", found.total)?;
    let hits = found
        .hits
        .iter()
        .map(|h| hit(py, h))
        .collect::<PyResult<Vec<_>>>()?;
    out.set_item("hits", PyList::new(py, hits)?)?;
    let facets = PyDict::new(py);
    let f = &found.facets;
    for (name, counts) in [
        ("kind", &f.kind),
        ("field", &f.field),
        ("municipality", &f.municipality),
        ("offered_in", &f.offered_in),
        ("target_group", &f.target_group),
        ("free", &f.free),
    ] {
        let values = PyDict::new(py);
        for (value, count) in counts {
            values.set_item(value, count)?;
        }
        facets.set_item(name, values)?;
    }
    out.set_item("facets", facets)?;
    out.set_item("locale", &found.locale)?;
    out.set_item("relaxed", found.relaxed)?;
    Ok(out)
}
