//! Search results as Python objects, built directly: a JSON round trip cost more than
//! the rest of the binding together (bindings/python/bench/overhead.py). Keys are interned:
//! made once per process, not per hit.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use wegweiser::{Highlight, SearchHit, SearchResults};

fn highlights<'py>(py: Python<'py>, list: &[Highlight]) -> PyResult<Bound<'py, PyList>> {
    let items = list
        .iter()
        .map(|h| {
            let item = PyDict::new(py);
            item.set_item(intern!(py, "start"), h.start)?;
            item.set_item(intern!(py, "end"), h.end)?;
            Ok(item)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

fn hit<'py>(py: Python<'py>, hit: &SearchHit) -> PyResult<Bound<'py, PyDict>> {
    let item = PyDict::new(py);
    item.set_item(intern!(py, "kind"), hit.kind.as_str())?;
    item.set_item(intern!(py, "id"), &hit.id)?;
    item.set_item(intern!(py, "title"), &hit.title)?;
    item.set_item(intern!(py, "title_locale"), &hit.title_locale)?;
    item.set_item(intern!(py, "snippet"), &hit.snippet)?;
    item.set_item(intern!(py, "snippet_locale"), &hit.snippet_locale)?;
    item.set_item(intern!(py, "highlights"), highlights(py, &hit.highlights)?)?;
    item.set_item(
        intern!(py, "title_highlights"),
        highlights(py, &hit.title_highlights)?,
    )?;
    item.set_item(intern!(py, "score"), hit.score)?;
    if let Some(km) = hit.distance_km {
        item.set_item(intern!(py, "distance_km"), km)?;
        item.set_item(intern!(py, "distance"), &hit.distance)?;
    }
    Ok(item)
}

/// `{"total", "hits": [{…}], "facets": {name: {value: count}}, "locale", "relaxed"}`,
/// the same shape as the results' JSON.
pub(crate) fn results<'py>(py: Python<'py>, found: &SearchResults) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    out.set_item(intern!(py, "total"), found.total)?;
    let hits = found
        .hits
        .iter()
        .map(|h| hit(py, h))
        .collect::<PyResult<Vec<_>>>()?;
    out.set_item(intern!(py, "hits"), PyList::new(py, hits)?)?;
    let facets = PyDict::new(py);
    let f = &found.facets;
    for (name, counts) in [
        (intern!(py, "kind"), &f.kind),
        (intern!(py, "field"), &f.field),
        (intern!(py, "municipality"), &f.municipality),
        (intern!(py, "offered_in"), &f.offered_in),
        (intern!(py, "target_group"), &f.target_group),
        (intern!(py, "free"), &f.free),
    ] {
        let values = PyDict::new(py);
        for (value, count) in counts {
            values.set_item(value, count)?;
        }
        facets.set_item(name, values)?;
    }
    out.set_item(intern!(py, "facets"), facets)?;
    out.set_item(intern!(py, "locale"), &found.locale)?;
    out.set_item(intern!(py, "relaxed"), found.relaxed)?;
    Ok(out)
}
