//! Workshop mode's personas (issue 14): every sample a facilitator can pick is a valid plan,
//! has a scripted scenario in both languages, and shows at least one of the coherence
//! findings its scenario talks about, so the facilitator never promises the room a finding
//! that is not there.

use chrono::NaiveDate;
use helhedsplan::format;
use helhedsplan::i18n::Lang;
use helhedsplan::model::coherence;

/// A fixed day, so the test does not change with the calendar. The scenarios name findings
/// that do not depend on the day (a follow-up's date passing is only ever a second one).
fn workshop_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// The section keys a step may open (`ui::state::Section::key`, which is wasm-only).
const SECTION_KEYS: &[&str] = &[
    "overview",
    "about-me",
    "assessment",
    "goals",
    "interventions",
    "people",
    "consents",
    "other-plans",
    "follow-ups",
    "timeline",
    "coherence",
    "decision",
    "share",
    "approval",
];

#[test]
fn every_persona_imports_and_validates() {
    assert_eq!(format::samples::list().len(), 6, "six personas");
    for (name, _) in format::samples::list() {
        let text = format::samples::get(name).unwrap();
        let plan = format::import_json(text)
            .unwrap_or_else(|errors| panic!("{name} does not import: {errors:?}"));
        let errors: Vec<_> = helhedsplan::model::validate(&plan)
            .into_iter()
            .filter(|p| p.severity() == helhedsplan::model::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name} breaks rules: {errors:?}");
        assert!(
            !plan.exercise,
            "{name}: a sample is not marked; loading it marks it"
        );
    }
}

#[test]
fn every_persona_has_a_scenario_in_both_languages() {
    for (name, _) in format::samples::list() {
        let da = Lang::Da.workshop().scenario(name);
        let en = Lang::En.workshop().scenario(name);
        let (Some(da), Some(en)) = (da, en) else {
            panic!("{name}: no scenario in Danish or English");
        };
        assert_eq!(
            da.steps.len(),
            en.steps.len(),
            "{name}: the languages differ"
        );
        assert!(!da.steps.is_empty(), "{name}: a scenario has steps");
        assert_eq!(
            da.findings, en.findings,
            "{name}: the languages talk about different findings"
        );
        assert!(
            !da.findings.is_empty(),
            "{name}: the scenario names no finding"
        );
        for (d, e) in da.steps.iter().zip(en.steps) {
            assert_eq!(
                d.section, e.section,
                "{name}: a step is in different sections"
            );
            assert!(
                SECTION_KEYS.contains(&d.section),
                "{name}: no section {}",
                d.section
            );
            for text in [d.task, d.point_out, e.task, e.point_out] {
                assert!(!text.trim().is_empty(), "{name}: an empty note");
            }
        }
        for lang in Lang::ALL {
            assert!(
                (lang.files().sample_title)(name).is_some(),
                "{name}: no title in {lang:?}"
            );
        }
    }
}

#[test]
fn every_persona_shows_a_finding_its_scenario_talks_about() {
    for (name, _) in format::samples::list() {
        let plan = format::import_json(format::samples::get(name).unwrap()).unwrap();
        let scenario = Lang::Da.workshop().scenario(name).unwrap();
        let shown: Vec<_> = coherence::check(&plan, workshop_day())
            .into_iter()
            .map(|f| f.rule)
            .collect();
        assert!(
            scenario.findings.iter().any(|rule| shown.contains(rule)),
            "{name}: the scenario talks about {:?}, the plan shows {:?}",
            scenario
                .findings
                .iter()
                .map(|r| r.code())
                .collect::<Vec<_>>(),
            shown.iter().map(|r| r.code()).collect::<Vec<_>>()
        );
    }
}
