//! Relevance measurement: a set of queries with the ids a person would expect, and
//! recall@5 and MRR for any ranking, ours or a peer's.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::kind::Kind;

/// How many hits count for recall.
pub const CUTOFF: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelevanceQuery {
    pub query: String,
    pub lang: String,
    /// Ids a person would expect in the top 5, best first.
    pub expect: Vec<String>,
    #[serde(default)]
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelevanceSet {
    pub queries: Vec<RelevanceQuery>,
}

impl RelevanceSet {
    /// Reads a relevance set from TOML (`[[queries]]` tables).
    pub fn from_toml(text: &str) -> Result<RelevanceSet> {
        toml::from_str(text).map_err(|e| {
            let position = e
                .span()
                .map(|s| {
                    let (line, column) = crate::source::line_col(text, s.start);
                    format!("{line}:{column}: ")
                })
                .unwrap_or_default();
            Error::InvalidArgument(format!("relevance set: {position}{}", e.message()))
        })
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub queries: usize,
    /// Mean share of expected ids found in the top 5.
    pub recall_at_5: f64,
    /// Mean reciprocal rank of the first expected id (0 when none is in the ranking).
    pub mrr: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Miss {
    pub query: String,
    pub lang: String,
    pub expected: Vec<String>,
    pub top: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelevanceReport {
    pub overall: Score,
    pub by_language: BTreeMap<String, Score>,
    /// Queries whose first expected id is not in the top 5.
    pub misses: Vec<Miss>,
}

/// Scores rankings (ids best first), one per query of `set`, in order.
pub fn score(set: &RelevanceSet, rankings: &[Vec<String>]) -> RelevanceReport {
    let mut sums: BTreeMap<String, (usize, f64, f64)> = BTreeMap::new();
    let mut total = (0usize, 0.0, 0.0);
    let mut misses = Vec::new();
    for (query, ranking) in set.queries.iter().zip(rankings) {
        let top: Vec<&String> = ranking.iter().take(CUTOFF).collect();
        let found = query.expect.iter().filter(|id| top.contains(id)).count();
        let recall = if query.expect.is_empty() {
            1.0
        } else {
            found as f64 / query.expect.len() as f64
        };
        let reciprocal = ranking
            .iter()
            .position(|id| query.expect.contains(id))
            .map_or(0.0, |rank| 1.0 / (rank + 1) as f64);
        if !query.expect.iter().any(|id| top.contains(&id)) {
            misses.push(Miss {
                query: query.query.clone(),
                lang: query.lang.clone(),
                expected: query.expect.clone(),
                top: top.into_iter().cloned().collect(),
            });
        }
        let entry = sums.entry(query.lang.clone()).or_default();
        *entry = (entry.0 + 1, entry.1 + recall, entry.2 + reciprocal);
        total = (total.0 + 1, total.1 + recall, total.2 + reciprocal);
    }
    let mean = |(n, r, m): (usize, f64, f64)| Score {
        queries: n,
        recall_at_5: if n == 0 { 0.0 } else { r / n as f64 },
        mrr: if n == 0 { 0.0 } else { m / n as f64 },
    };
    RelevanceReport {
        overall: mean(total),
        by_language: sums.into_iter().map(|(k, v)| (k, mean(v))).collect(),
        misses,
    }
}

/// One entity as plain text in one locale (with fallback), for feeding a peer search
/// engine the same data in benchmarks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlainDocument {
    pub id: String,
    pub kind: Kind,
    pub title: String,
    /// Description, keywords and the other texts, plus the names of its places.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recall_and_mrr() {
        let set = RelevanceSet {
            queries: vec![
                RelevanceQuery {
                    query: "a".into(),
                    lang: "de".into(),
                    expect: vec!["x".into(), "y".into()],
                    kinds: vec![],
                    note: None,
                },
                RelevanceQuery {
                    query: "b".into(),
                    lang: "ar".into(),
                    expect: vec!["z".into()],
                    kinds: vec![],
                    note: None,
                },
            ],
        };
        let rankings = vec![
            vec!["q".into(), "x".into(), "r".into()],
            vec![
                "1".into(),
                "2".into(),
                "3".into(),
                "4".into(),
                "5".into(),
                "z".into(),
            ],
        ];
        let report = score(&set, &rankings);
        assert_eq!(report.overall.queries, 2);
        assert!((report.overall.recall_at_5 - 0.25).abs() < 1e-9);
        assert!((report.overall.mrr - (0.5 + 1.0 / 6.0) / 2.0).abs() < 1e-9);
        assert_eq!(report.misses.len(), 1);
        assert_eq!(report.by_language["de"].recall_at_5, 0.5);
    }
}
