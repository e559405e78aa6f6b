//! Search over the directory: requests are checked and resolved here (municipality
//! names, Ämter, languages, the reader's locale), the engine in `crate::search` answers
//! with document ids, and hits get their titles and snippets in the reader's locale.

use std::sync::Arc;

use super::locale::Locale;
use super::{Directory, IndexOrigin};
use crate::error::{Error, Result};
use crate::kind::Kind;
use crate::l10n::parse_locale;
use crate::search::{
    DocFilter, Document, Documents, Highlighter, Page, QueryText, SearchHit, SearchIndex,
    SearchRequest, SearchResults,
};
use crate::text::closest;

impl Directory {
    /// Searches services, measures, organizations and fields of action.
    ///
    /// Any string is a valid query; only the first [`MAX_QUERY_WORDS`](crate::search::MAX_QUERY_WORDS)
    /// words of the first [`MAX_QUERY_CHARS`](crate::search::MAX_QUERY_CHARS) characters count. Filters that name nothing the directory knows
    /// are errors ([`Error::NotFound`]); a bad locale tag is [`Error::Locale`].
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        #[cfg(feature = "deliberate-panic")]
        if request.query == crate::DELIBERATE_PANIC_QUERY {
            panic!("deliberate panic (a test build of wegweiser)");
        }
        let locale = if request.locales.is_empty() {
            self.locale(&[self.source_locale().to_string()])?
        } else {
            self.locale(&request.locales)?
        };
        let query = QueryText::new(&request.query);
        let documents = self.search_documents();
        let filter = self.resolve_filter(documents, request)?;
        let page = Page {
            offset: request.offset,
            limit: request.limit,
        };
        let found = if query.is_empty() {
            documents.browse(&filter, page)
        } else {
            self.search_index()?
                .search(&query, locale.chain(), &filter, page)?
        };
        let hits = found
            .hits
            .iter()
            .map(|(doc, score)| {
                let distance = filter.nearest.as_ref().map(|d| d[*doc as usize]);
                let doc = &documents.docs[*doc as usize];
                let mut hit = self.hit(&locale, doc, *score, &found.highlighter);
                if let Some(km) = distance.filter(|km| km.is_finite()) {
                    hit.distance_km = Some((km * 1000.0).round() / 1000.0);
                    hit.distance = Some(self.format_distance(&locale, km));
                }
                hit
            })
            .collect();
        Ok(SearchResults {
            total: found.total,
            hits,
            facets: found.facets,
            locale: locale.primary().to_string(),
            relaxed: found.relaxed,
        })
    }

    /// The floor a search is measured against (`wegweiser bench-search`): one plain
    /// tantivy `TermQuery` for the stem of the request's first word in its locale's text,
    /// top ten by score, on the same index. Returns how many it found.
    #[doc(hidden)]
    pub fn term_query_floor(&self, request: &SearchRequest) -> Result<usize> {
        let locale = self.locale(&request.locales)?;
        self.search_index()?
            .term_query_floor(&QueryText::new(&request.query), locale.primary())
    }

    /// Builds the search index now rather than on the first search, for example while a
    /// page shows its first listing. Later calls do nothing.
    pub fn prepare_search(&self) -> Result<()> {
        self.search_index().map(|_| ())
    }

    /// Bytes the search index files take (building it if needed): a measure of its size
    /// that does not depend on the allocator.
    pub fn search_index_bytes(&self) -> Result<u64> {
        self.search_index()?.space_bytes()
    }

    /// The searchable entities and their facets, without the full-text index.
    pub(super) fn search_documents(&self) -> &Arc<Documents> {
        self.documents
            .get_or_init(|| Arc::new(self.build_documents()))
    }

    /// Where the search index came from, once there is one.
    pub fn index_origin(&self) -> Option<&IndexOrigin> {
        self.index_origin.get()
    }

    /// The search index: opened from the index cache when it holds one for these files,
    /// else built, on first use.
    pub(super) fn search_index(&self) -> Result<&SearchIndex> {
        self.search
            .get_or_init(|| {
                #[cfg(not(target_arch = "wasm32"))]
                let cached = self.cached_index();
                #[cfg(target_arch = "wasm32")]
                let cached: Option<Result<SearchIndex>> = None;
                let origin = match cached {
                    Some(Ok(index)) => {
                        let _ = self.index_origin.set(IndexOrigin::Cached);
                        return Ok(index);
                    }
                    Some(Err(e)) => IndexOrigin::Rebuilt {
                        reason: e.to_string(),
                    },
                    None => IndexOrigin::Built,
                };
                let _ = self.index_origin.set(origin);
                let built = SearchIndex::build(Arc::clone(self.search_documents()), self)
                    .map_err(|e| e.to_string());
                // Indexing leaves its buffers freed between what stays.
                super::memory::release_free_memory();
                built
            })
            .as_ref()
            .map_err(|e| Error::Search(e.clone()))
    }

    fn hit(&self, locale: &Locale, doc: &Document, score: f32, marks: &Highlighter) -> SearchHit {
        let title = self.name(locale, doc.kind, &doc.id);
        let description = self
            .text(locale, doc.kind, &doc.id, Some("description"))
            .unwrap_or_else(|| title.clone());
        let (snippet, highlights) = marks.snippet(&description.text, &description.locale, 180);
        let (_, title_highlights) = marks.snippet(&title.text, &title.locale, usize::MAX);
        SearchHit {
            kind: doc.kind,
            id: doc.id.clone(),
            title: title.text,
            title_locale: title.locale,
            title_highlights,
            snippet,
            snippet_locale: description.locale,
            highlights,
            score,
            distance_km: None,
            distance: None,
        }
    }

    /// Checks a request's filters against the directory and resolves them to facet values.
    fn resolve_filter(&self, documents: &Documents, request: &SearchRequest) -> Result<DocFilter> {
        if let Some(field) = &request.field {
            self.check_field(field)?;
        }
        let municipalities = match &request.municipality {
            Some(municipality) => Some(
                self.municipality_scope(municipality)?
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            ),
            None => None,
        };
        let languages = match &request.offered_in {
            Some(language) => Some(documents.language_tags(&parse_locale(language)?)),
            None => None,
        };
        if let Some(group) = &request.target_group {
            if !self.data.target_groups.iter().any(|t| &t.id == group) {
                return Err(Error::NotFound {
                    kind: "target group",
                    id: group.clone(),
                    suggestion: closest(
                        group,
                        self.data.target_groups.iter().map(|t| t.id.as_str()),
                    )
                    .map(str::to_owned),
                });
            }
        }
        let (allowed, nearest) = self.place_and_time_filter(documents, request)?;
        Ok(DocFilter {
            kinds: request.kinds.clone(),
            field: request.field.clone(),
            municipalities,
            languages,
            target_group: request.target_group.clone(),
            free: request.free,
            allowed,
            nearest,
        })
    }

    /// `open_at`, `near` and `within_km` as a flag and a distance per document.
    #[allow(clippy::type_complexity)]
    fn place_and_time_filter(
        &self,
        documents: &Documents,
        request: &SearchRequest,
    ) -> Result<(Option<Arc<[bool]>>, Option<Arc<[f64]>>)> {
        let mut allowed: Option<Vec<bool>> = None;
        if let Some(open_at) = &request.open_at {
            let open = self.services_open_at(self.parse_instant(open_at)?)?;
            allowed = Some(
                documents
                    .docs
                    .iter()
                    .map(|d| d.kind == Kind::Service && open.contains(d.id.as_str()))
                    .collect(),
            );
        }
        super::near::check_radius(request.within_km, request.near.is_some())?;
        let Some(near) = &request.near else {
            return Ok((allowed.map(Into::into), None));
        };
        let distances = self.distances_from(self.resolve_near(near)?);
        let nearest: Vec<f64> = documents
            .docs
            .iter()
            .map(|d| {
                distances
                    .get(&(d.kind, d.id.as_str()))
                    .copied()
                    .unwrap_or(f64::INFINITY)
            })
            .collect();
        if let Some(radius) = request.within_km {
            let inside = nearest.iter().map(|km| *km <= radius);
            allowed = Some(match allowed {
                Some(open) => open.into_iter().zip(inside).map(|(a, b)| a && b).collect(),
                None => inside.collect(),
            });
        }
        Ok((allowed.map(Into::into), Some(nearest.into())))
    }
}

#[cfg(all(test, feature = "sample"))]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_lists_without_building_the_index() {
        let directory = Directory::sample().unwrap();
        let listed = directory
            .search(&SearchRequest {
                field: Some("education".into()),
                limit: 5,
                ..SearchRequest::default()
            })
            .unwrap();
        assert!(listed.total > 5 && listed.hits.len() == 5);
        assert!(listed
            .hits
            .iter()
            .all(|h| !h.snippet.is_empty() && h.highlights.is_empty()));
        assert!(directory.search.get().is_none(), "the index was built");
        directory.search(&SearchRequest::new("Kurs")).unwrap();
        assert!(directory.search.get().is_some());
    }

    /// The plain listing (empty query) and the index must apply filters identically.
    #[test]
    fn listing_and_index_filter_the_same_documents() {
        let directory = Directory::sample().unwrap();
        let index = directory.search_index().unwrap();
        let documents = index.documents();
        let requests = [
            SearchRequest::default(),
            SearchRequest {
                kinds: vec![Kind::Service, Kind::Organization],
                ..SearchRequest::default()
            },
            SearchRequest {
                field: Some("education".into()),
                ..SearchRequest::default()
            },
            SearchRequest {
                municipality: Some("Amt Peitz".into()),
                ..SearchRequest::default()
            },
            SearchRequest {
                municipality: Some("Grodk".into()),
                offered_in: Some("ar".into()),
                free: Some(true),
                ..SearchRequest::default()
            },
            SearchRequest {
                target_group: Some("refugees".into()),
                kinds: vec![Kind::Service],
                ..SearchRequest::default()
            },
        ];
        for request in &requests {
            let filter = directory.resolve_filter(documents, request).unwrap();
            let by_index = index.filtered(&filter);
            let listed: Vec<u32> = (0..documents.docs.len() as u32)
                .filter(|i| filter.matches(&documents.docs[*i as usize]))
                .collect();
            assert_eq!(listed, by_index, "{request:?}");
            let results = directory.search(request).unwrap();
            assert_eq!(results.total, listed.len(), "{request:?}");
            assert_eq!(results.facets, documents.facet_counts(&by_index));
        }
        // Some filter of the set actually narrows: the test compares something.
        let all = directory.search(&SearchRequest::default()).unwrap().total;
        let peitz = directory
            .search(&SearchRequest {
                municipality: Some("Amt Peitz".into()),
                ..SearchRequest::default()
            })
            .unwrap()
            .total;
        assert!(0 < peitz && peitz < all, "{peitz} of {all}");
    }
}
