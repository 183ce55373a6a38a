//! What merging did, in words: a lost value names the field as the editor does, the item
//! by its title, and both values as the editor shows them; each kind of repair has its
//! own plain sentence, in Danish and English.

#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::i18n::Lang;
use helhedsplan::model::merge_notice::{LostValue, Repair};
use helhedsplan::model::{ApprovalRole, GoalLevel, ItemRef};
use model_support::fixtures::mette_plan;
use serde_json::{json, Value};

#[test]
fn a_lost_date_names_the_field_the_goal_and_both_dates() {
    let (mut plan, ids) = mette_plan();
    if let Some(goal) = plan.goals.iter_mut().find(|g| g.id == ids.job) {
        goal.title = "Komme i job".into();
    }
    let lost = LostValue {
        item: Some(ItemRef::Goal(ids.job)),
        field: "target_date".into(),
        mine: json!("2027-04-01"),
        theirs: json!("2027-05-01"),
    };
    assert_eq!(
        Lang::Da.lost_value(&plan, &lost),
        "Slutdato for målet »Komme i job«: En anden ændrede det samtidig til 1. maj 2027. Din værdi var 1. april 2027."
    );
    assert_eq!(
        Lang::En.lost_value(&plan, &lost),
        "End date of the goal “Komme i job”: Someone else changed it at the same time to 1 May 2027. Your value was 1 April 2027."
    );
}

#[test]
fn statuses_are_named_empty_values_said_and_unknown_fields_still_named() {
    let (plan, ids) = mette_plan();
    let status = LostValue {
        item: Some(ItemRef::Intervention(ids.mentor)),
        field: "status".into(),
        mine: json!("on_hold"),
        theirs: Value::Null,
    };
    let text = Lang::Da.lost_value(&plan, &status);
    assert!(text.starts_with("Status for indsatsen »"), "{text}");
    assert!(text.contains("En anden slettede det samtidig."), "{text}");
    assert!(!text.contains("on_hold"), "the status by its name: {text}");
    let plan_field = LostValue {
        item: None,
        field: "some_new_field".into(),
        mine: json!(3),
        theirs: json!(4),
    };
    assert_eq!(
        Lang::Da.lost_value(&plan, &plan_field),
        "Feltet »some_new_field«: En anden ændrede det samtidig til 4. Din værdi var 3."
    );
}

#[test]
fn every_kind_of_repair_has_its_own_sentence() {
    let (plan, ids) = mette_plan();
    let repairs = [
        Repair::DuplicateDropped {
            collection: "goals",
            id: ids.job.to_string(),
        },
        Repair::LinkDropped {
            collection: "interventions",
            id: ids.mentor.to_string(),
            field: "goals",
            to: ids.bus.to_string(),
        },
        Repair::LinkDropped {
            collection: "interventions",
            id: ids.mentor.to_string(),
            field: "depends_on",
            to: ids.practice.to_string(),
        },
        Repair::LinkDropped {
            collection: "interventions",
            id: ids.mentor.to_string(),
            field: "responsible_person",
            to: ids.sister.to_string(),
        },
        Repair::LinkDropped {
            collection: "goals",
            id: ids.job.to_string(),
            field: "member",
            to: ids.son.to_string(),
        },
        Repair::LinkDropped {
            collection: "goals",
            id: ids.job.to_string(),
            field: "assessment",
            to: ids.son.to_string(),
        },
        Repair::LinkDropped {
            collection: "follow_ups",
            id: ids.meeting.to_string(),
            field: "results",
            to: ids.mentor.to_string(),
        },
        Repair::OrphanRemoved {
            collection: "ratings",
            id: ids.rating.to_string(),
        },
        Repair::OrphanRemoved {
            collection: "comments",
            id: ids.comment.to_string(),
        },
        Repair::ParentDropped {
            goal: ids.job,
            parent: ids.overall,
        },
        Repair::CycleBroken {
            intervention: ids.mentor,
            depends_on: ids.practice,
        },
        Repair::ApprovalDropped {
            as_role: ApprovalRole::Citizen,
        },
        Repair::LockedByBoth,
        Repair::LevelFitted {
            goal: ids.bus,
            level: GoalLevel::Goal,
            left_parent: true,
        },
        Repair::LevelFitted {
            goal: ids.bus,
            level: GoalLevel::SubGoal,
            left_parent: false,
        },
    ];
    for lang in Lang::ALL {
        let mut seen = std::collections::HashSet::new();
        for repair in &repairs {
            let text = lang.repaired(&plan, repair);
            assert!(text.ends_with('.'), "{text}");
            assert!(seen.insert(text.clone()), "said twice: {text}");
        }
    }
    let job = plan
        .goal(ids.job)
        .map(|g| g.title.clone())
        .unwrap_or_default();
    let parent = Lang::Da.repaired(&plan, &repairs[9]);
    assert!(parent.contains(&format!("»{job}«")), "{parent}");
}
