//! Splitting place names that tracked changes ran together
//! (`AntalyaGuadalajara`, `GENEVAHAMMAMET`, `釜山迪拜`, `غوادالاخارابوسان`) and
//! pairing them with their years, with the names of
//! [`crate::catalogue::places`] in six languages and the catalogue's own.

use crate::catalogue::{places, Catalogue};

/// The English name of a written place, if it is a known conference place.
pub fn english(written: &str) -> Option<String> {
    places::english_name(written)
        .map(str::to_string)
        .or_else(|| Catalogue::builtin().place(written).map(|p| p.name.clone()))
}

/// True when some body is known to have met at `place` in `year`.
pub fn met(place: &str, year: u16) -> bool {
    let name = english(place).unwrap_or_else(|| place.to_string());
    !Catalogue::builtin()
        .meetings_anywhere(&name, year)
        .is_empty()
}

/// Where a run-together name splits into two places: the byte offset in
/// `name`. A lower-case letter followed by an upper-case one splits
/// (`AntalyaGuadalajara`, `DubáiBuenos Aires`) when both halves are
/// known places or neither half has a space; otherwise every split is
/// tried and both halves must be known places (`GENEVAHAMMAMET`, `釜山迪拜`).
pub fn split(name: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let mut camel = None;
    for w in chars.windows(2) {
        let ((_, a), (i, b)) = (w[0], w[1]);
        if a.is_lowercase() && b.is_uppercase() {
            camel = Some(i);
            break;
        }
    }
    if let Some(i) = camel {
        return Some(i);
    }
    // A known name as a whole (`Buenos Aires`, `Sharm el-Sheikh`) stays
    // whole; the catalogue's lookup is not asked, as it drops leading words.
    if places::english_name(name).is_some() {
        return None;
    }
    chars.iter().skip(1).map(|(i, _)| *i).find(|&i| {
        let (a, b) = name.split_at(i);
        a.trim().chars().count() >= 2
            && b.trim().chars().count() >= 2
            && english(a.trim()).is_some()
            && english(b.trim()).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_run_together_names() {
        fn s(n: &str) -> Option<(&str, &str)> {
            split(n).map(|i| (&n[..i], &n[i..]))
        }
        assert_eq!(s("AntalyaGuadalajara"), Some(("Antalya", "Guadalajara")));
        assert_eq!(s("GENEVAHAMMAMET"), Some(("GENEVA", "HAMMAMET")));
        assert_eq!(s("釜山迪拜"), Some(("釜山", "迪拜")));
        assert_eq!(s("غوادالاخارابوسان"), Some(("غوادالاخارا", "بوسان")));
        assert_eq!(s("DubáiBuenos Aires"), Some(("Dubái", "Buenos Aires")));
        assert_eq!(s("Buenos Aires"), None);
        assert_eq!(s("Sharm el-Sheikh"), None);
        assert_eq!(english("Женева").as_deref(), Some("Geneva"));
    }
}
