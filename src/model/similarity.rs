//! Are two interventions "the same or very similar help"? Used by the
//! double-intervention check in [`super::coherence`].
//!
//! Two interventions are similar when, in this order:
//! 1. they have the same intervention type (`kind`) code;
//! 2. they have the same legal basis: the same law (abbreviations such as "SEL"
//!    are folded into "Serviceloven") and the same paragraph number ("§ 85",
//!    "§ 85, stk. 1" and "§85" are the same; "§ 30 b" is not "§ 30");
//! 3. both fall into the same group of the synonym table (bostøtte ~
//!    socialpædagogisk støtte; mentor ~ mentorstøtte ~ støtteperson; …), found
//!    from the type code, the legal basis or the words of the title;
//! 4. only when at least one of them has no type code: the titles are the same,
//!    or share a word, where a word also matches a Danish compound that starts
//!    or ends with it ("mentor" ~ "mentorstøtte", "mentor" ~ "ungementor").
//!    Generic words ("behandling", "støtte", "samtaler" …), little words, the
//!    citizen's and family's names, numbers and "§" never count.
//!
//! Rule 4 is held back when both have a type code because titles often name the
//! *context* of the help rather than the help ("Mentor, der hjælper med at komme
//! i gang på FGU" is not the FGU itself); the type code is the structured answer
//! to "what is it", and the curated synonym table still applies.
//!
//! The word lists are data, in `catalogues/coherence.json`. Matching is plain
//! string work: folding (lower case, æ→ae, ø→oe, å→aa), a light stemmer that
//! strips common Danish endings (-erne, -en, -et, -er, -e, -s) and prefix/suffix
//! tests. No edit-distance crate (`strsim`): edit distance would call
//! "bostøtte"/"mentorstøtte" close and "mentor"/"mentorstøtte" far, which is
//! the wrong way round for Danish compounds.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::intervention::{Intervention, LegalBasis};

const TABLES_JSON: &str = include_str!("catalogues/coherence.json");

/// Why two interventions count as similar (the first reason that applies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "by", rename_all = "snake_case", deny_unknown_fields)]
pub enum Similarity {
    /// The same intervention type code, e.g. "mentor".
    SameKind { kind: String },
    /// The same law and paragraph, as written on the first intervention.
    SameLegalBasis { legal_basis: String },
    /// Both belong to one group of the synonym table, e.g. "bostoette".
    Synonym { group: String },
    /// The same title, apart from case, numbers and punctuation.
    SameTitle,
    /// A word of one title is a word of the other, or the start or end of a
    /// compound word in it: `word` is the shorter one, as written.
    SharedWord { word: String },
}

impl Similarity {
    /// Plain English, for the finding's message.
    pub fn describe(&self) -> String {
        match self {
            Similarity::SameKind { kind } => format!("both are of type “{kind}”"),
            Similarity::SameLegalBasis { legal_basis } => {
                format!("both are granted under {legal_basis}")
            }
            Similarity::Synonym { group } => format!("both are a kind of “{group}”"),
            Similarity::SameTitle => "they have the same title".to_string(),
            Similarity::SharedWord { word } => format!("both titles are about “{word}”"),
        }
    }
}

// ---------------------------------------------------------------------------
// The tables.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTables {
    #[allow(dead_code)]
    about: String,
    synonyms: Vec<RawGroup>,
    laws: Vec<RawLaw>,
    generic_words: Vec<String>,
    stop_words: Vec<String>,
    exact_only: Vec<String>,
    party_kinds: Vec<RawPartyKind>,
    coordinate: Vec<RawCoordinate>,
}

/// Two synonym groups whose help is different but touches the same part of the
/// citizen's life (a mentor and social-pedagogical support): both may be right at once,
/// but the two supporters must agree who does what.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCoordinate {
    code: String,
    groups: [String; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    code: String,
    terms: Vec<String>,
    kinds: Vec<String>,
    legal_bases: Vec<LegalBasis>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLaw {
    law: String,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartyKind {
    code: String,
    health: bool,
    terms: Vec<String>,
}

/// A term of the tables, as stemmed words ("økonomisk rådgivning" has two).
type Term = Vec<String>;

struct Group {
    code: String,
    terms: Vec<Term>,
    kinds: Vec<String>,
    legal_bases: Vec<String>,
}

/// A kind of party (psychiatry, job centre …) and whether it holds health data.
pub(crate) struct PartyKind {
    pub code: String,
    pub health: bool,
    terms: Vec<Term>,
}

pub(crate) struct Tables {
    groups: Vec<Group>,
    /// (folded alias, folded canonical law)
    laws: Vec<(String, String)>,
    generic: BTreeSet<String>,
    stop: BTreeSet<String>,
    exact_only: BTreeSet<String>,
    pub party_kinds: Vec<PartyKind>,
    /// (code, group index, group index) of the pairs to coordinate.
    coordinate: Vec<(String, usize, usize)>,
}

pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let raw: RawTables =
            serde_json::from_str(TABLES_JSON).expect("the embedded coherence tables are valid");
        let stop: BTreeSet<String> = raw.stop_words.iter().map(|w| fold_word(w)).collect();
        let term = |t: &String| -> Term { fold(t).into_iter().map(|w| stem(&w)).collect() };
        let law_key = |l: &str| fold(l).concat();
        let laws: Vec<(String, String)> = raw
            .laws
            .iter()
            .flat_map(|l| {
                let canonical = law_key(&l.law);
                std::iter::once(canonical.clone())
                    .chain(l.aliases.iter().map(|a| law_key(a)))
                    .map(move |alias| (alias, canonical.clone()))
            })
            .collect();
        let mut tables = Tables {
            groups: Vec::new(),
            laws,
            generic: raw
                .generic_words
                .iter()
                .map(|w| stem(&fold_word(w)))
                .collect(),
            stop,
            exact_only: raw.exact_only.iter().map(|w| stem(&fold_word(w))).collect(),
            party_kinds: raw
                .party_kinds
                .iter()
                .map(|k| PartyKind {
                    code: k.code.clone(),
                    health: k.health,
                    terms: k.terms.iter().map(term).collect(),
                })
                .collect(),
            coordinate: Vec::new(),
        };
        tables.groups = raw
            .synonyms
            .iter()
            .map(|g| Group {
                code: g.code.clone(),
                terms: g.terms.iter().map(term).collect(),
                kinds: g.kinds.clone(),
                legal_bases: g
                    .legal_bases
                    .iter()
                    .filter_map(|b| tables.basis_key(b))
                    .collect(),
            })
            .collect();
        let group = |code: &String| {
            tables
                .groups
                .iter()
                .position(|g| g.code == *code)
                .unwrap_or_else(|| panic!("coherence.json: coordinate names no group {code}"))
        };
        tables.coordinate = raw
            .coordinate
            .iter()
            .map(|c| (c.code.clone(), group(&c.groups[0]), group(&c.groups[1])))
            .collect();
        tables
    })
}

impl Tables {
    /// "Serviceloven § 85, stk. 1" → "serviceloven§85"; None without a paragraph
    /// number (a law alone is too broad to call two interventions the same).
    fn basis_key(&self, basis: &LegalBasis) -> Option<String> {
        let law = fold(&basis.law).concat();
        if law.is_empty() {
            return None;
        }
        let law = self
            .laws
            .iter()
            .find(|(alias, _)| *alias == law)
            .map_or(law, |(_, canonical)| canonical.clone());
        let paragraph = paragraph_number(&basis.paragraph)?;
        Some(format!("{law}§{paragraph}"))
    }

    /// The content words of a text: folded, stemmed, without little words and
    /// without `names`.
    fn words(&self, text: &str, names: &BTreeSet<String>) -> Vec<Word> {
        let mut out: Vec<Word> = Vec::new();
        for (folded, original) in fold_with_original(text) {
            if folded.len() < 2 || self.stop.contains(&folded) || names.contains(&folded) {
                continue;
            }
            let stem = stem(&folded);
            if out.iter().any(|w| w.stem == stem) {
                continue;
            }
            out.push(Word {
                generic: self.generic.contains(&stem),
                exact_only: self.exact_only.contains(&stem),
                stem,
                original,
            });
        }
        out
    }

    /// The kinds of party a name such as "Regionspsykiatrien Aarhus" refers to.
    /// Per word, the longest matching term wins, so "Socialpsykiatrien" is
    /// social psychiatry, not psychiatry.
    pub(crate) fn party_kinds_of(&self, name: &str) -> Vec<&PartyKind> {
        let words: Vec<String> = fold(name).iter().map(|w| stem(w)).collect();
        let mut out: Vec<&PartyKind> = Vec::new();
        for word in &words {
            let best = self
                .party_kinds
                .iter()
                .flat_map(|k| {
                    k.terms
                        .iter()
                        .filter(|t| t.len() == 1 && term_word_matches(&t[0], word))
                        .map(move |t| (t[0].len(), k))
                })
                .max_by_key(|(len, _)| *len);
            if let Some((_, kind)) = best {
                if !out.iter().any(|k| k.code == kind.code) {
                    out.push(kind);
                }
            }
        }
        out
    }

    fn groups_of(&self, kind: Option<&str>, basis: Option<&str>, words: &[Word]) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, group) in self.groups.iter().enumerate() {
            let by_kind = kind.is_some_and(|k| group.kinds.iter().any(|g| g == k));
            let by_basis = basis.is_some_and(|b| group.legal_bases.iter().any(|g| g == b));
            let by_term = group.terms.iter().any(|term| {
                term.iter().all(|t| {
                    words
                        .iter()
                        .any(|w| w.stem == *t || (!w.exact_only && term_word_matches(t, &w.stem)))
                })
            });
            if by_kind || by_basis || by_term {
                out.push(i);
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Text helpers.

/// Lower case, Danish letters spelled out (æ→ae, ø→oe, å→aa), one string per
/// run of letters. Digits, "§" and punctuation separate words.
pub(crate) fn fold(text: &str) -> Vec<String> {
    fold_with_original(text)
        .into_iter()
        .map(|(f, _)| f)
        .collect()
}

fn fold_word(text: &str) -> String {
    fold(text).concat()
}

/// (folded, original lower-case) per word.
fn fold_with_original(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut folded = String::new();
    let mut original = String::new();
    let mut flush = |folded: &mut String, original: &mut String| {
        if !folded.is_empty() {
            out.push((std::mem::take(folded), std::mem::take(original)));
        }
        original.clear();
    };
    for c in text.chars() {
        let lower: Vec<char> = c.to_lowercase().collect();
        let mut letter = true;
        for l in &lower {
            match l {
                'a'..='z' => folded.push(*l),
                'æ' | 'ä' => folded.push_str("ae"),
                'ø' | 'ö' => folded.push_str("oe"),
                'å' => folded.push_str("aa"),
                'ü' => folded.push_str("ue"),
                'é' | 'è' | 'ê' => folded.push('e'),
                'á' | 'à' => folded.push('a'),
                _ => letter = false,
            }
        }
        if letter {
            original.extend(lower);
        } else {
            flush(&mut folded, &mut original);
        }
    }
    flush(&mut folded, &mut original);
    out
}

/// Strips one common Danish ending (definite, plural, genitive) if at least
/// four letters remain: "mentoren" → "mentor", "samtaler" → "samtal",
/// "psykiatrien" → "psykiatri". Crude, but applied alike to titles and tables.
fn stem(word: &str) -> String {
    const ENDINGS: [&str; 9] = ["erne", "ene", "ens", "ets", "en", "et", "er", "e", "s"];
    for ending in ENDINGS {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.len() >= 4 {
                return rest.to_string();
            }
        }
    }
    word.to_string()
}

/// A table term matches a word that equals it, or (terms of four letters or
/// more) a compound that starts or ends with it.
fn term_word_matches(term: &str, word: &str) -> bool {
    word == term || (term.len() >= 4 && (word.starts_with(term) || word.ends_with(term)))
}

/// "§ 85" → "85", "§ 30 b" → "30b", "§ 3, stk. 2" → "3", "" → None.
fn paragraph_number(paragraph: &str) -> Option<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let start = chars.iter().position(|c| c.is_ascii_digit())?;
    let mut out: String = chars[start..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let mut rest = chars[start + out.len()..].iter().skip_while(|c| **c == ' ');
    if let Some(letter) = rest.next().filter(|c| c.is_alphabetic()) {
        if !rest.next().is_some_and(|c| c.is_alphanumeric()) {
            out.extend(letter.to_lowercase());
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Profiles and the comparison.

#[derive(Debug, Clone)]
struct Word {
    stem: String,
    /// As written (lower case), for messages.
    original: String,
    generic: bool,
    exact_only: bool,
}

/// What the comparison needs from one intervention, computed once.
#[derive(Debug, Clone)]
pub struct Profile {
    kind: Option<String>,
    basis: Option<String>,
    basis_text: String,
    groups: Vec<usize>,
    words: Vec<Word>,
    title_key: String,
}

/// Words never to compare on: the names of the citizen and family members
/// ("Bostøtte hjemme hos Sara" and "Mentor, der følger Sara" are not similar).
pub fn name_words<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    names.into_iter().flat_map(fold).collect()
}

impl Profile {
    /// The profile of an intervention; `names` from [`name_words`].
    pub fn of(intervention: &Intervention, names: &BTreeSet<String>) -> Profile {
        Profile::build(
            intervention.kind.as_deref(),
            intervention.legal_basis.as_ref(),
            &intervention.title,
            names,
        )
    }

    fn build(
        kind: Option<&str>,
        basis: Option<&LegalBasis>,
        title: &str,
        names: &BTreeSet<String>,
    ) -> Profile {
        let t = tables();
        let kind = kind.map(str::trim).filter(|k| !k.is_empty());
        let basis_key = basis.and_then(|b| t.basis_key(b));
        let mut words = t.words(title, names);
        let title_key = words
            .iter()
            .map(|w| w.stem.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(kind) = kind {
            for w in t.words(&kind.replace('_', " "), names) {
                if !words.iter().any(|x| x.stem == w.stem) {
                    words.push(w);
                }
            }
        }
        Profile {
            groups: t.groups_of(kind, basis_key.as_deref(), &words),
            kind: kind.map(str::to_string),
            basis: basis_key,
            basis_text: basis.map(|b| b.to_string()).unwrap_or_default(),
            words,
            title_key,
        }
    }

    /// Why the two are similar, or None.
    pub fn similar(&self, other: &Profile) -> Option<Similarity> {
        self.compare(other, true)
    }

    /// Why two interventions of one sector are similar, or None: the same type, the
    /// synonym table or the same title, not the looser tests. Within a sector one
    /// paragraph often covers different help (barnets lov § 32 is family treatment, a
    /// contact person and more), and titles share words because they come from one
    /// office ("Samtaler" and "Samtaler i gruppe"), so neither says "the same help".
    pub fn similar_in_one_sector(&self, other: &Profile) -> Option<Similarity> {
        self.compare(other, false).filter(|s| {
            matches!(
                s,
                Similarity::SameKind { .. } | Similarity::Synonym { .. } | Similarity::SameTitle
            )
        })
    }

    /// The code of the pair in the tables' `coordinate` list the two fall into (one in
    /// each group), or None.
    pub fn to_coordinate_with(&self, other: &Profile) -> Option<String> {
        tables()
            .coordinate
            .iter()
            .find(|(_, a, b)| {
                (self.groups.contains(a) && other.groups.contains(b))
                    || (self.groups.contains(b) && other.groups.contains(a))
            })
            .map(|(code, ..)| code.clone())
    }

    fn compare(&self, other: &Profile, by_basis: bool) -> Option<Similarity> {
        if let (Some(a), Some(b)) = (&self.kind, &other.kind) {
            if a == b {
                return Some(Similarity::SameKind { kind: a.clone() });
            }
        }
        if by_basis && self.basis.is_some() && self.basis == other.basis {
            return Some(Similarity::SameLegalBasis {
                legal_basis: self.basis_text.clone(),
            });
        }
        if let Some(g) = self.groups.iter().find(|g| other.groups.contains(g)) {
            return Some(Similarity::Synonym {
                group: tables().groups[*g].code.clone(),
            });
        }
        if self.kind.is_some() && other.kind.is_some() {
            return None;
        }
        if !self.title_key.is_empty() && self.title_key == other.title_key {
            return Some(Similarity::SameTitle);
        }
        for a in self.words.iter().filter(|w| !w.generic) {
            for b in other.words.iter().filter(|w| !w.generic) {
                if let Some(word) = shared_word(a, b) {
                    return Some(Similarity::SharedWord { word });
                }
            }
        }
        None
    }
}

/// The shorter word, as written, if the two are the same word (three letters
/// or more) or one is the start or end of the other (five letters or more).
fn shared_word(a: &Word, b: &Word) -> Option<String> {
    let (short, long) = if a.stem.len() <= b.stem.len() {
        (a, b)
    } else {
        (b, a)
    };
    if short.stem == long.stem {
        return (short.stem.len() >= 3).then(|| short.original.clone());
    }
    let compound = short.stem.len() >= 5
        && !long.exact_only
        && (long.stem.starts_with(&short.stem) || long.stem.ends_with(&short.stem));
    compound.then(|| short.original.clone())
}

/// Similarity of two bare titles (no type codes, no legal bases), e.g. for a
/// "did you mean" hint while typing.
pub fn similar_titles(a: &str, b: &str) -> Option<Similarity> {
    let none = BTreeSet::new();
    Profile::build(None, None, a, &none).similar(&Profile::build(None, None, b, &none))
}

/// Similarity of two interventions, ignoring sectors and periods.
pub fn similar(a: &Intervention, b: &Intervention) -> Option<Similarity> {
    let none = BTreeSet::new();
    Profile::of(a, &none).similar(&Profile::of(b, &none))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_every_group_has_terms() {
        let t = tables();
        assert!(t.groups.len() >= 5);
        assert!(t.groups.iter().all(|g| !g.terms.is_empty()));
        assert!(!t.party_kinds.is_empty());
    }

    #[test]
    fn folding_and_stemming() {
        assert_eq!(fold("Bostøtte § 85, stk. 2"), ["bostoette", "stk"]);
        assert_eq!(stem("mentoren"), "mentor");
        assert_eq!(stem("psykiatrien"), "psykiatri");
        assert_eq!(stem("fgu"), "fgu");
    }

    #[test]
    fn paragraph_numbers() {
        assert_eq!(paragraph_number("§ 85").as_deref(), Some("85"));
        assert_eq!(paragraph_number("§85, stk. 1").as_deref(), Some("85"));
        assert_eq!(paragraph_number("§ 30 b").as_deref(), Some("30b"));
        assert_eq!(paragraph_number("§ 3, stk. 2").as_deref(), Some("3"));
        assert_eq!(paragraph_number("§ 85 stk. 1").as_deref(), Some("85"));
        assert_eq!(paragraph_number("stk."), None);
    }

    #[test]
    fn socialpsykiatrien_is_not_psychiatry() {
        let t = tables();
        let codes = |n: &str| -> Vec<String> {
            t.party_kinds_of(n).iter().map(|k| k.code.clone()).collect()
        };
        assert_eq!(
            codes("Holmstrup Kommune, Socialpsykiatrien"),
            ["social_psychiatry"]
        );
        assert_eq!(codes("Regionspsykiatrien Aarhus"), ["psychiatry"]);
        assert_eq!(codes("Aarhus Kommune, Jobcenter"), ["job_centre"]);
        assert_eq!(codes("Jobcentret i Aarhus"), ["job_centre"]);
        assert!(codes("Mentorkorps Østjylland").is_empty());
    }
}
