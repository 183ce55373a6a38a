//! Why a plan from the host's server cannot be read, in the user's words
//! (`Lang::server_plan_unreadable`), for what a server can really send.
#![cfg(not(target_arch = "wasm32"))]

use helhedsplan::format::{self, MAX_BYTES};
use helhedsplan::i18n::{Lang, Voice};

fn reason(lang: Lang, body: &str) -> String {
    let errors = format::import_lenient(body).expect_err("the body is not a readable plan");
    lang.server_plan_unreadable(&errors)
}

#[test]
fn a_plan_from_a_newer_editor_says_so() {
    let body = r#"{"schema_version": 99, "id": "x", "title": "Mettes plan"}"#;
    assert_eq!(
        reason(Lang::Da, body),
        "den er gemt af en nyere udgave af editoren."
    );
    assert_eq!(
        reason(Lang::En, body),
        "it was saved by a newer version of the editor."
    );
}

#[test]
fn an_answer_over_the_size_limit_says_so() {
    let body = format!(r#"{{"title": "{}"}}"#, "æ".repeat(MAX_BYTES / 2 + 1));
    assert_eq!(reason(Lang::Da, &body), "svaret er større end 5 MB.");
}

#[test]
fn anything_else_is_not_a_plan_with_the_technical_reason_after() {
    // A login page where the plan should have been.
    let body = "<!doctype html><title>Log ind</title>";
    let errors = format::import_lenient(body).unwrap_err();
    let detail = errors[0].to_string();
    assert_eq!(
        reason(Lang::Da, body),
        format!("svaret er ikke en gyldig plan ({detail}).")
    );
    assert_eq!(
        reason(Lang::En, body),
        format!("the answer is not a valid plan ({detail}).")
    );
}

/// A change that did not fit when this device's edits were laid onto a newer plan, in
/// words: what the user did, to which goal, and why it did not land.
#[test]
fn a_change_that_did_not_fit_is_said_in_words() {
    use helhedsplan::model::rebase::{Conflict, Why};
    use helhedsplan::model::{EditError, EditKind, ItemKind};
    let conflict = Conflict {
        kind: EditKind::UpdateGoal,
        item: None,
        title: Some("Jeg kan klare min angst i hverdagen".into()),
        field: Some("description".into()),
        text: Some("Jeg øver mig med psykologen.".into()),
        why: Why::Refused(EditError::NotFound {
            kind: ItemKind::Goal,
            id: uuid::Uuid::nil(),
        }),
    };
    assert_eq!(
        Lang::Da.rebase_conflict(&conflict, Voice::Professional),
        "Du ændrede målet »Jeg kan klare min angst i hverdagen«. Det kom ikke med: Dette mål findes ikke længere."
    );
    assert_eq!(
        Lang::En.rebase_conflict(&conflict, Voice::Professional),
        "You changed the goal “Jeg kan klare min angst i hverdagen”. It was not added: This goal no longer exists."
    );
}
