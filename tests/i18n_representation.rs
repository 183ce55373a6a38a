//! Words for consent details, representation and children: every new kind is said in both
//! languages, and the law each sentence names is the one checked against the law's text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use helhedsplan::i18n::Lang;
use helhedsplan::model::{ConsentForm, GiverRole, InfoCategory, InfoUse, PersonKind};

fn distinct_in_both<T: Copy>(all: &[T], word: impl Fn(Lang, T) -> &'static str) {
    for lang in [Lang::Da, Lang::En] {
        let words: HashSet<&str> = all.iter().map(|v| word(lang, *v)).collect();
        assert_eq!(words.len(), all.len(), "two kinds share words in {lang:?}");
        assert!(words.iter().all(|w| !w.trim().is_empty()));
    }
}

#[test]
fn every_new_kind_has_its_own_words_in_both_languages() {
    distinct_in_both(&InfoUse::ALL, Lang::info_use);
    distinct_in_both(&InfoCategory::ALL, Lang::info_category);
    distinct_in_both(&GiverRole::ALL, Lang::giver_role);
    distinct_in_both(
        &[ConsentForm::Written, ConsentForm::Oral],
        Lang::consent_form,
    );
    distinct_in_both(&PersonKind::ALL, Lang::person_kind);
    assert_eq!(Lang::Da.person_kind(PersonKind::SupportPerson), "Bisidder");
    assert_eq!(Lang::Da.person_kind(PersonKind::Guardian), "Værge");
    assert_eq!(Lang::Da.info_category(InfoCategory::Health), "Helbred");
}

#[test]
fn the_sentences_name_the_checked_law() {
    for lang in [Lang::Da, Lang::En] {
        let r = lang.representation();
        assert!(
            r.uses_hint.contains("§ 11 a"),
            "retssikkerhedsloven § 11 a: obtaining"
        );
        assert!(r.kind_hint.contains("§ 8") && r.kind_hint.contains("§ 5"));
        assert!(r.party_from_ten.contains("§ 3") && r.party_from_ten.contains("10"));
        assert!(r.child_own_words_hint.contains("§ 5"));
    }
    let da = Lang::Da.representation();
    assert!(da.party_from_ten.starts_with("Part i sagen"));
    assert_eq!(
        (da.party_in)(3),
        "Barnet bliver part i sagen (barnets lov § 3) om 3 år."
    );
    assert_eq!(
        (da.recorded_for_citizen)("Lene Holm", "20. november 2026"),
        "Sagt af borgeren på et møde og registreret af Lene Holm 20. november 2026."
    );
    assert_eq!((da.form_short)("Mundtligt", ""), "Mundtligt");
    assert_eq!(
        (Lang::En.representation().custody_approval_needed)(2),
        "Both holders of custody must also approve the plan."
    );
}
