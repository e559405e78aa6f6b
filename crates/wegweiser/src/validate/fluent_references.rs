//! References between Fluent messages and terms, per locale: cycles, and chains so deep
//! that formatting gives up. Either way a reader would see the raw `{-district}`.

use std::collections::{BTreeMap, HashMap};

use fluent_syntax::ast;

use super::checker::Checker;
use crate::l10n::syntax::{patterns, references};
use crate::l10n::{file_problem, Catalog};
use crate::problem::ProblemCode;
use crate::source::SourceFile;

/// The longest chain of message and term references (a refers to b refers to c …),
/// counted in references.
pub const MAX_REFERENCE_DEPTH: usize = 10;

/// A message (`false`) or term (`true`) by name.
type Node<'s> = (bool, &'s str);

struct Entry<'s, 'f> {
    file: &'f SourceFile,
    offset: usize,
    refers_to: Vec<Node<'s>>,
}

impl Checker<'_, '_> {
    pub(super) fn check_reference_graph(&mut self, catalog: &Catalog, files: &[SourceFile]) {
        for locale in &catalog.locales {
            // Sorted, so that problems come out in the same order on every run.
            let mut graph: BTreeMap<Node<'_>, Entry<'_, '_>> = BTreeMap::new();
            for (path, resource) in &locale.resources {
                let Some(file) = files.iter().find(|f| &f.path == path) else {
                    continue;
                };
                let source = resource.source();
                for entry in resource.entries() {
                    let (node, id) = match entry {
                        ast::Entry::Message(m) => ((false, m.id.name), m.id.name),
                        ast::Entry::Term(t) => ((true, t.id.name), t.id.name),
                        _ => continue,
                    };
                    let offset = (id.as_ptr() as usize)
                        .saturating_sub(source.as_ptr() as usize)
                        .saturating_sub(usize::from(node.0))
                        .min(source.len());
                    let refers_to: Vec<Node<'_>> =
                        patterns(entry).into_iter().flat_map(references).collect();
                    // An entry that refers to nothing ends every chain: no node needed.
                    if refers_to.is_empty() {
                        continue;
                    }
                    // The first definition wins, as in the bundle.
                    graph.entry(node).or_insert(Entry {
                        file,
                        offset,
                        refers_to,
                    });
                }
            }
            self.walk_graph(&graph);
        }
    }

    /// Depth-first over every entry without recursion (chains may be thousands long).
    fn walk_graph(&mut self, graph: &BTreeMap<Node<'_>, Entry<'_, '_>>) {
        // 1: on the current path; 2: done, with its depth.
        let mut state: HashMap<Node<'_>, (u8, usize)> = HashMap::new();
        for &start in graph.keys() {
            if state.contains_key(&start) {
                continue;
            }
            let mut stack: Vec<(Node<'_>, usize, usize)> = vec![(start, 0, 0)];
            state.insert(start, (1, 0));
            while let Some(&mut (node, ref mut next, ref mut deepest)) = stack.last_mut() {
                let entry = &graph[&node];
                if let Some(&child) = entry.refers_to.get(*next) {
                    *next += 1;
                    if !graph.contains_key(&child) {
                        continue; // plain text, or reported as an unknown reference
                    }
                    match state.get(&child) {
                        Some((2, depth)) => *deepest = (*deepest).max(*depth),
                        Some(_) => {
                            let at = stack.iter().position(|(n, _, _)| *n == child).unwrap_or(0);
                            let cycle: Vec<String> = stack[at..]
                                .iter()
                                .map(|(n, _, _)| name(*n))
                                .chain([name(child)])
                                .collect();
                            let message = format!(
                                "`{}` refers to itself through {}: readers would see the raw reference; break the cycle",
                                name(child),
                                cycle.join(" → ")
                            );
                            // Reported where the cycle starts.
                            let start = &graph[&child];
                            self.problems.push(file_problem(
                                start.file,
                                start.offset,
                                ProblemCode::UnknownMessageReference,
                                message,
                            ));
                        }
                        None => {
                            state.insert(child, (1, 0));
                            stack.push((child, 0, 0));
                        }
                    }
                    continue;
                }
                let depth = *deepest + 1;
                if depth == MAX_REFERENCE_DEPTH + 1 {
                    self.problems.push(file_problem(
                        entry.file,
                        entry.offset,
                        ProblemCode::UnknownMessageReference,
                        format!(
                            "`{}` starts a chain of references more than {MAX_REFERENCE_DEPTH} deep: write the text out instead",
                            name(node)
                        ),
                    ));
                }
                state.insert(node, (2, depth));
                stack.pop();
                if let Some((_, _, parent_deepest)) = stack.last_mut() {
                    *parent_deepest = (*parent_deepest).max(depth);
                }
            }
        }
    }
}

fn name((term, id): Node<'_>) -> String {
    if term {
        format!("-{id}")
    } else {
        id.to_owned()
    }
}
