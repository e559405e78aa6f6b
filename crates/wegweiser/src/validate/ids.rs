//! Every id valid and unique within its kind.

use std::collections::HashMap;

use super::checker::{id_message, Checker};
use crate::kind::{ids, is_valid_id, Kind};
use crate::problem::{ProblemCode, Severity};
use crate::structure::Seg;

impl Checker<'_, '_> {
    pub(super) fn check_ids(&mut self) {
        for kind in Kind::ALL {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (index, id) in ids(self.data, kind).into_iter().enumerate() {
                let mut path = self.entity_path(kind, index);
                path.push(Seg::Key("id"));
                if !is_valid_id(id) {
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::InvalidId,
                        id_message(id),
                    );
                }
                if let Some(first) = seen.get(id) {
                    let mut first_path = self.entity_path(kind, *first);
                    first_path.push(Seg::Key("id"));
                    let start = self.locator.span(&first_path).start;
                    let (line, _) =
                        crate::source::indexed_line_col(&self.locator.file().text, start);
                    self.report(
                        &path,
                        Severity::Error,
                        ProblemCode::DuplicateId,
                        format!("duplicate {kind} id `{id}` (first defined on line {line}): give each {kind} its own id"),
                    );
                } else {
                    seen.insert(id, index);
                }
            }
        }
    }
}
