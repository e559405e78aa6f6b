//! The checker every structural and text check runs in: the data, where each value
//! stands, and the problems found so far.

use crate::kind::{Kind, MAX_ID_CHARS};
use crate::model::DirectoryData;
use crate::problem::{Problem, ProblemCode, Severity};
use crate::structure::{Locator, Seg};

pub(crate) struct Checker<'a, 't> {
    pub data: &'a DirectoryData,
    pub locator: &'a Locator<'t>,
    pub problems: &'a mut Vec<Problem>,
    /// False after a syntax error in the structure: an entity that seems missing may be
    /// in the part that could not be read, so unknown references are not reported.
    pub complete: bool,
}

impl Checker<'_, '_> {
    pub(super) fn report(
        &mut self,
        path: &[Seg<'_>],
        severity: Severity,
        code: ProblemCode,
        message: String,
    ) {
        let span = self.locator.span(path);
        self.problems
            .push(self.locator.problem(span, severity, code, message));
    }

    pub(super) fn entity_path(&self, kind: Kind, index: usize) -> Vec<Seg<'static>> {
        self.locator.entity_path(kind.array(), index)
    }

    /// Runs every structural check.
    pub(crate) fn check_structure(&mut self, has_metadata: bool) {
        if has_metadata {
            self.check_metadata();
            self.check_time_settings();
        }
        self.check_ids();
        self.check_references();
        self.check_values();
        self.check_strings();
    }
}

/// The message for an id that breaks the rules of [`crate::kind::is_valid_id`].
pub(super) fn id_message(id: &str) -> String {
    format!("`{id}` is not a valid id: use at most {MAX_ID_CHARS} lowercase letters a–z, digits and single hyphens, starting with a letter or digit")
}
