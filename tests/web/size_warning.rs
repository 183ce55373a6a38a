//! The editor warns well before a plan becomes too large to load again.

use helhedsplan::format;
use helhedsplan::model::{Actor, Goal, GoalLevel, Plan, Role};
use helhedsplan::platform::{mount_editor, EditorHandle, EditorOptions};
use wasm_bindgen_test::*;

use crate::support::*;

/// A plan of about `bytes` bytes once exported: goals with long descriptions.
fn plan_of_about(bytes: usize) -> Plan {
    let author = Actor::new(Role::Caseworker, "Jonas Holm");
    let at = chrono::Utc::now();
    let mut plan = Plan::new("Stor plan");
    let overall = Goal::new(GoalLevel::Overall, "Et godt liv", &author, at);
    let parent = overall.id;
    plan.goals.push(overall);
    // "æ" is two bytes: 10,000 of them fill a description.
    let description = "æ".repeat(10_000);
    while format::export_json(&plan).len() + description.len() < bytes {
        let mut goal = Goal::new(GoalLevel::Goal, "Et mål", &author, at);
        goal.parent = Some(parent);
        goal.description = description.clone();
        plan.goals.push(goal);
    }
    plan
}

fn open(plan: Plan, name: &str) -> (web_sys::HtmlElement, EditorHandle) {
    let (el, _) = host(name);
    let handle = mount_editor(
        el.clone(),
        EditorOptions {
            storage_key: None,
            initial_plan: Some(plan),
            ..EditorOptions::default()
        },
    );
    (el, handle)
}

fn warning(el: &web_sys::HtmlElement) -> Option<String> {
    all(el, "[role=status]")
        .iter()
        .map(text)
        .find(|t| t.contains("for stor"))
}

#[wasm_bindgen_test]
async fn a_plan_near_the_size_limit_shows_a_warning_with_what_to_do() {
    // An ordinary plan: no warning.
    let (small, _small_handle) = open(sample_plan("mor-med-angst"), "size-small");
    tick().await;
    next_frame().await;
    assert_eq!(warning(&small), None);

    let (el, _handle) = open(plan_of_about(format::MAX_BYTES * 3 / 4), "size-large");
    assert!(wait_for(|| warning(&el).is_some()).await);
    let shown = warning(&el).unwrap();
    assert!(shown.contains("74 %") || shown.contains("75 %"), "{shown}");
    assert!(shown.contains("Gem en kopi som fil"), "{shown}");
    // The warning offers the export right there.
    let _ = button_by_text(&el, "Gem planen som fil");
}
