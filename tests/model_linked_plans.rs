//! The linked plans register (issue 13, part 5): which plans this holistic plan replaces
//! or is coordinated with. Its edits undo exactly, its texts are checked like every other
//! text, a plan type the catalogue does not know is kept and shown as written, the list
//! survives the file format, and the built-in catalogues name the plan types with the law
//! each rests on.
// Native only: these tests read files and the catalogues' JSON.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::format;
use helhedsplan::i18n::Lang;
use helhedsplan::model::catalogue::{CatalogueList, CatalogueProblem};
use helhedsplan::model::linked_plan::{summary, PlanTypeName};
use helhedsplan::model::*;
use model_support::fixtures::*;

fn min_plan() -> LinkedPlan {
    LinkedPlan {
        id: LinkedPlanId::new(),
        plan_type: "min_plan".into(),
        relation: PlanRelation::Replaces,
        holder: "Jobcenter Aarhus, Mette Holm".into(),
        period: Period {
            start: Some(date(2026, 1, 5)),
            end: None,
        },
        note: "Erstattes fra næste opfølgning.".into(),
    }
}

fn treatment_plan() -> LinkedPlan {
    LinkedPlan {
        id: LinkedPlanId::new(),
        plan_type: "sel_101_behandlingsplan".into(),
        relation: PlanRelation::LinksTo,
        holder: "Misbrugscenter Aarhus".into(),
        period: Period::default(),
        note: String::new(),
    }
}

/// Applies `edit` through a History; undo gives the plan back exactly, redo the edit.
fn round_trip(plan: &Plan, edit: Edit) -> Plan {
    let mut work = plan.clone();
    let mut history = History::default();
    history
        .apply(&mut work, edit.clone(), &jonas(), at(10, 9))
        .unwrap_or_else(|e| panic!("{edit:?} refused: {e}"));
    let edited = work.clone();
    let entry = edited.change_log.last().expect("logged");
    assert_eq!(entry.action, edit.kind());
    assert!(history.undo(&mut work, &jonas(), at(10, 10)).unwrap());
    assert_eq!(work.without_log(), plan.without_log(), "undo of {edit:?}");
    assert!(history.redo(&mut work, &jonas(), at(10, 11)).unwrap());
    assert_eq!(work.without_log(), edited.without_log(), "redo of {edit:?}");
    edited
}

fn refused(plan: &Plan, edit: Edit) -> EditError {
    let mut work = plan.clone();
    let err = apply(&mut work, edit, &jonas(), at(10, 9)).expect_err("should be refused");
    assert_eq!(&work, plan, "a refused edit must not change the plan");
    err
}

fn with_register() -> Plan {
    let mut plan = mette_plan().0;
    plan.linked_plans = vec![min_plan(), treatment_plan()];
    plan
}

#[test]
fn add_update_remove_and_undo() {
    let (plan, _) = mette_plan();
    let added = round_trip(
        &plan,
        Edit::AddLinkedPlan {
            linked_plan: min_plan(),
            position: None,
        },
    );
    assert_eq!(added.linked_plans.len(), 1);
    assert_eq!(
        added.change_log.last().map(|e| e.item),
        Some(Some(ItemRef::LinkedPlan(added.linked_plans[0].id)))
    );
    let changed = round_trip(
        &added,
        Edit::UpdateLinkedPlan {
            linked_plan: LinkedPlan {
                relation: PlanRelation::LinksTo,
                ..added.linked_plans[0].clone()
            },
        },
    );
    assert_eq!(changed.linked_plans[0].relation, PlanRelation::LinksTo);
    let removed = round_trip(
        &changed,
        Edit::RemoveLinkedPlan {
            id: changed.linked_plans[0].id,
        },
    );
    assert!(removed.linked_plans.is_empty());
}

#[test]
fn a_field_edit_changes_one_field_and_is_logged_as_an_update() {
    let plan = with_register();
    let id = plan.linked_plans[1].id;
    let edited = round_trip(
        &plan,
        Edit::SetField {
            item: Some(ItemRef::LinkedPlan(id)),
            field: "holder".into(),
            value: "Regionspsykiatrien".into(),
        },
    );
    assert_eq!(edited.linked_plans[1].holder, "Regionspsykiatrien");
    assert_eq!(
        edited.change_log.last().map(|e| e.action.clone()),
        Some(EditKind::UpdateLinkedPlan.into())
    );
    let typed = round_trip(
        &plan,
        Edit::SpliceText {
            item: Some(ItemRef::LinkedPlan(id)),
            field: "note".into(),
            at: 0,
            delete: 0,
            insert: "Ses hver uge.".into(),
        },
    );
    assert_eq!(typed.linked_plans[1].note, "Ses hver uge.");
    assert!(matches!(
        refused(
            &plan,
            Edit::SetField {
                item: Some(ItemRef::LinkedPlan(id)),
                field: "id".into(),
                value: serde_json::Value::String(LinkedPlanId::new().to_string()),
            }
        ),
        EditError::UnknownField { .. }
    ));
}

#[test]
fn texts_and_dates_are_checked_like_every_other_text() {
    let plan = with_register();
    let mut bell = min_plan();
    bell.holder = "Jobcenter\u{7}".into();
    assert!(matches!(
        refused(
            &plan,
            Edit::AddLinkedPlan {
                linked_plan: bell,
                position: None
            }
        ),
        EditError::ControlCharacter { field } if field == "holder"
    ));
    let mut long = min_plan();
    long.note = "x".repeat(20_000);
    assert!(matches!(
        refused(
            &plan,
            Edit::AddLinkedPlan {
                linked_plan: long,
                position: None
            }
        ),
        EditError::TooLong { field, .. } if field == "note"
    ));
    let mut named = min_plan();
    named.plan_type = "y".repeat(1_000);
    assert!(matches!(
        refused(
            &plan,
            Edit::AddLinkedPlan {
                linked_plan: named,
                position: None
            }
        ),
        EditError::TooLong { field, .. } if field == "plan_type"
    ));
    let mut far = min_plan();
    far.period.end = Some(date(2520, 1, 1));
    assert!(matches!(
        refused(
            &plan,
            Edit::AddLinkedPlan {
                linked_plan: far,
                position: None
            }
        ),
        EditError::DateOutOfRange { .. }
    ));
}

#[test]
fn validation_warns_of_an_unnamed_plan_and_an_end_before_its_start() {
    let mut plan = with_register();
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    plan.linked_plans[0].plan_type = " ".into();
    plan.linked_plans[1].period = Period {
        start: Some(date(2026, 5, 1)),
        end: Some(date(2026, 4, 1)),
    };
    let problems = validate(&plan);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/linked_plans/0/plan_type", "/linked_plans/1/period"]
    );
    assert!(problems.iter().all(|p| p.severity() == Severity::Warning));
    plan.linked_plans[1].holder = "Jobcenter\u{0}".into();
    assert!(validate(&plan)
        .iter()
        .any(|p| p.path == "/linked_plans/1/holder" && p.severity() == Severity::Error));
}

#[test]
fn a_plan_type_the_catalogue_does_not_know_is_kept_and_shown_as_written() {
    let mut plan = with_register();
    let mut other = treatment_plan();
    other.plan_type = "koordinerende_indsatsplan".into();
    plan.linked_plans.push(other);
    // Through the file format: nothing is dropped or rewritten.
    let back = format::import_json(&format::export_json(&plan)).expect("imports");
    assert_eq!(back.linked_plans, plan.linked_plans);
    // And shown verbatim where a catalogue entry would show its label.
    let catalogue = Catalogue::default_adult();
    let found = summary(&back, &catalogue);
    assert_eq!(found.replaces.len(), 1);
    assert_eq!(found.links_to.len(), 2);
    assert_eq!(
        found.links_to[1].name,
        PlanTypeName::Text("koordinerende_indsatsplan")
    );
    assert_eq!(
        Lang::Da.linked_plan_line(&found.links_to[1]),
        "koordinerende_indsatsplan hos Misbrugscenter Aarhus"
    );
    assert!(matches!(found.replaces[0].name, PlanTypeName::Known(t) if t.code == "min_plan"));
    assert_eq!(
        Lang::Da.linked_plan_line(&found.replaces[0]),
        "Min Plan hos Jobcenter Aarhus, Mette Holm"
    );
}

#[test]
fn the_summary_groups_by_relation_in_plan_order_and_skips_an_unnamed_plan() {
    let mut plan = with_register();
    let mut unnamed = min_plan();
    unnamed.plan_type = String::new();
    plan.linked_plans.insert(0, unnamed);
    let mut handleplan = min_plan();
    handleplan.plan_type = "sel_141_handleplan".into();
    handleplan.holder = String::new();
    plan.linked_plans.push(handleplan);
    let catalogue = Catalogue::default_adult();
    let found = summary(&plan, &catalogue);
    let names = |lines: &[linked_plan::LinkedPlanLine<'_>]| {
        lines
            .iter()
            .map(|l| Lang::En.linked_plan_line(l))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&found.replaces),
        [
            "Min Plan (employment plan), held by Jobcenter Aarhus, Mette Holm",
            "Action plan (Social Services Act § 141)"
        ]
    );
    assert_eq!(
        names(&found.links_to),
        ["Drug treatment plan (Social Services Act § 101), held by Misbrugscenter Aarhus"]
    );
    assert!(summary(&mette_plan().0, &catalogue).is_empty());
}

#[test]
fn the_register_is_left_out_of_a_file_without_it_and_a_version_3_file_reads() {
    let (plan, _) = mette_plan();
    assert!(!format::export_json(&plan).contains("linked_plans"));
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/good/minimal-v3.json"
    ))
    .expect("the corpus file reads");
    let read = format::import_json(&old).expect("a version 3 file imports");
    assert!(read.linked_plans.is_empty());
    let full = with_register();
    let json = format::export_json(&full);
    assert!(json.contains("\"relation\": \"links_to\""), "{json}");
    assert_eq!(format::import_json(&json).expect("imports"), full);
}

#[test]
fn both_built_in_catalogues_name_the_plan_types_with_their_law_and_source() {
    for catalogue in [Catalogue::default_adult(), Catalogue::children()] {
        catalogue.check().expect("the built-in catalogue is usable");
        for code in [
            "min_plan",
            "rehabiliteringsplan",
            "sel_141_handleplan",
            "sel_101_behandlingsplan",
            "barnets_plan",
            "udskrivningsaftale",
            "koordinationsplan",
            "forloebsplan",
        ] {
            let entry = catalogue
                .plan_type(code)
                .unwrap_or_else(|| panic!("{} lacks {code}", catalogue.code));
            // A plan with a paragraph says which text it was checked against; one
            // without says where it comes from instead.
            match (&entry.law, &entry.paragraph) {
                (Some(_), Some(_)) => {
                    let source = entry.source.as_ref().expect("a law entry has a source");
                    assert!(source.url.starts_with("https://"), "{code}");
                }
                (None, None) => assert!(entry.origin.is_some(), "{code} says where it comes from"),
                _ => panic!("{code}: a law without a paragraph or the other way round"),
            }
        }
    }
}

#[test]
fn a_host_catalogue_may_leave_plan_types_out_and_is_checked_when_it_has_them() {
    let mut json: serde_json::Value =
        serde_json::to_value(Catalogue::default_adult()).expect("serialises");
    json.as_object_mut()
        .expect("an object")
        .remove("plan_types");
    let without: Catalogue = serde_json::from_value(json).expect("plan_types is optional");
    assert!(without.plan_types.is_empty());
    let mut twice = Catalogue::default_adult();
    let copy = twice.plan_types[0].clone();
    twice.plan_types.push(copy);
    assert_eq!(
        twice.check(),
        Err(CatalogueProblem::DuplicateCode {
            list: CatalogueList::PlanTypes,
            code: "min_plan".into()
        })
    );
    let mut unnamed = Catalogue::default_adult();
    unnamed.plan_types[1].label.en.clear();
    assert!(matches!(
        unnamed.check(),
        Err(CatalogueProblem::EmptyLabel {
            list: CatalogueList::PlanTypes,
            ..
        })
    ));
}

#[test]
fn every_sample_says_which_plans_it_replaces_in_words_its_catalogue_knows() {
    for (name, catalogue) in [
        ("mor-med-angst", Catalogue::default_adult()),
        ("ung-efter-psykiatri", Catalogue::default_adult()),
        ("familie-med-barn", Catalogue::children()),
    ] {
        let json = format::samples::get(name).expect("the sample is embedded");
        let plan = format::import_json(json).expect("the sample imports");
        let found = summary(&plan, &catalogue);
        assert!(!found.replaces.is_empty(), "{name} replaces no plan");
        assert!(
            found
                .replaces
                .iter()
                .all(|line| matches!(line.name, PlanTypeName::Known(_))),
            "{name}: a replaced plan's type is not in its catalogue"
        );
    }
}
