//! Every reference names an entity that exists, of the right kind.

use std::collections::{HashMap, HashSet};

use super::checker::Checker;
use crate::kind::{ids, references, Kind};
use crate::model::MunicipalityKind;
use crate::problem::{ProblemCode, Severity};
use crate::structure::Seg;
use crate::text::closest;

impl Checker<'_, '_> {
    pub(super) fn check_references(&mut self) {
        let known: HashMap<Kind, HashSet<&str>> = Kind::ALL
            .into_iter()
            .map(|k| (k, ids(self.data, k).into_iter().collect()))
            .collect();
        for kind in Kind::ALL {
            for index in 0..ids(self.data, kind).len() {
                for reference in references(self.data, kind, index) {
                    let mut path = self.entity_path(kind, index);
                    path.push(Seg::Key(reference.key));
                    if let Some(i) = reference.index {
                        path.push(Seg::Index(i));
                    }
                    let targets = &known[&reference.target];
                    if !targets.contains(reference.id) && self.complete {
                        let hint = closest(reference.id, targets.iter().copied())
                            .map(|s| format!(" (did you mean `{s}`?)"))
                            .unwrap_or_default();
                        self.report(
                            &path,
                            Severity::Error,
                            ProblemCode::UnknownReference,
                            format!(
                                "`{}` of {kind} `{}` names {} `{}`, which does not exist{hint}",
                                reference.key,
                                ids(self.data, kind)[index],
                                reference.target,
                                reference.id
                            ),
                        );
                    }
                }
            }
        }
        // An Amt reference must name an Amt, and an Amt belongs to none: no cycles.
        for (index, municipality) in self.data.municipalities.iter().enumerate() {
            let Some(amt) = &municipality.amt else {
                continue;
            };
            if municipality.kind == MunicipalityKind::Amt {
                let mut path = self.entity_path(Kind::Municipality, index);
                path.push(Seg::Key("amt"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::Inconsistent,
                    format!(
                        "`{}` is an Amt and cannot belong to an Amt (`{amt}`): remove `amt`",
                        municipality.id
                    ),
                );
                continue;
            }
            let target = self.data.municipalities.iter().find(|m| &m.id == amt);
            if let Some(target) = target.filter(|t| t.kind != MunicipalityKind::Amt) {
                let mut path = self.entity_path(Kind::Municipality, index);
                path.push(Seg::Key("amt"));
                self.report(
                    &path,
                    Severity::Error,
                    ProblemCode::UnknownReference,
                    format!(
                        "`amt` of `{}` names `{}`, which is a {}, not an Amt",
                        municipality.id,
                        target.id,
                        target.kind.as_str()
                    ),
                );
            }
        }
    }
}
