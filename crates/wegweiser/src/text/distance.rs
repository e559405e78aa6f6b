//! Edit distance between words: one implementation for typo-tolerant highlighting and
//! for "did you mean" suggestions.

/// The optimal string alignment distance of `a` and `b` (insert, delete, substitute,
/// swap two neighbours) if it is at most `max`, computed row by row and stopped as soon
/// as no alignment can stay within `max`.
fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    // Most pairs differ in length by more than `max`: tell without allocating.
    if a.chars().count().abs_diff(b.chars().count()) > max {
        return None;
    }
    if a == b {
        return Some(0);
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        // A swap reaches back two rows, but never below this row's minimum.
        if current.iter().min().copied().unwrap_or(0) > max {
            return None;
        }
        before = std::mem::replace(&mut previous, current);
    }
    Some(previous[b.len()]).filter(|d| *d <= max)
}

/// Whether `a` and `b` are at most `max` edits apart (a swap is one edit).
#[cfg_attr(not(feature = "search"), allow(dead_code))]
pub fn within_distance(a: &str, b: &str, max: usize) -> bool {
    distance_within(a, b, max).is_some()
}

/// The candidate closest to `word`, if it is close enough to be a typo (one edit per
/// three letters, at least one).
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|c| distance_within(word, c, limit).map(|d| (d, c)))
        // Ties go to the first in alphabetical order, whatever order the candidates came in.
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_edit_distance() {
        assert!(within_distance("integrationskurs", "integrazionskurs", 1));
        assert!(within_distance("forst", "fosrt", 1), "a swap is one edit");
        assert!(!within_distance("forst", "frost", 0));
        assert!(!within_distance("kurs", "beratung", 2));
        assert!(within_distance("", "ab", 2));
        assert_eq!(distance_within("kitten", "sitting", 3), Some(3));
        assert_eq!(distance_within("kitten", "sitting", 2), None);
    }

    #[test]
    fn ties_are_broken_the_same_way_in_any_order() {
        assert_eq!(closest("forsz", ["forsx", "forsy"]), Some("forsx"));
        assert_eq!(closest("forsz", ["forsy", "forsx"]), Some("forsx"));
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            closest("servces", ["services", "measures"]),
            Some("services")
        );
        assert_eq!(closest("xyz", ["services", "measures"]), None);
        // The nearest wins, not the first close one.
        assert_eq!(closest("servics", ["servi", "services"]), Some("services"));
    }
}
