//! The rules of saving to a host's server (`model::server_sync`), on Mette's plan: how the
//! server's copy relates to the one on screen, what an answer means, how long to wait,
//! and which edits the server has not got.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::Duration;
use helhedsplan::model::server_sync::*;
use helhedsplan::model::*;
use model_support::fixtures::*;

/// Jonas adds a goal to the plan.
fn jonas_adds_goal(plan: &mut Plan, title: &str, day: u32) {
    let goal = Goal::new(GoalLevel::Goal, title, &jonas(), at(day, 10));
    apply(
        plan,
        Edit::AddGoal {
            goal,
            position: None,
        },
        &jonas(),
        at(day, 10),
    )
    .unwrap();
}

/// Mette renames the plan.
fn mette_renames(plan: &mut Plan, title: &str, day: u32) {
    apply(
        plan,
        Edit::SetTitle {
            title: title.into(),
        },
        &mette(),
        at(day, 14),
    )
    .unwrap();
}

/// Mette's plan as the server holds it after one edit.
fn on_server() -> Plan {
    let (mut plan, _) = mette_plan();
    jonas_adds_goal(&mut plan, "Mette kommer til samtale hos lægen", 4);
    plan
}

#[test]
fn the_same_plan_is_same_and_replacing_it_loses_nothing() {
    let server = on_server();
    let here = server.clone();
    assert_eq!(relation(&here, &server), Relation::Same);
    assert!(!replacing_loses_edits(&here, &server));
}

#[test]
fn edits_made_here_after_the_servers_copy_are_local_ahead() {
    let server = on_server();
    let mut here = server.clone();
    mette_renames(&mut here, "Mettes plan for 2026", 5);

    assert_eq!(relation(&here, &server), Relation::LocalAhead);
    assert!(replacing_loses_edits(&here, &server));
    // Seen from the server's copy, this machine's plan is the newer one.
    assert_eq!(relation(&server, &here), Relation::RemoteAhead);
    assert!(!replacing_loses_edits(&server, &here));
}

#[test]
fn edits_on_both_sides_have_diverged() {
    let server_before = on_server();
    let mut here = server_before.clone();
    mette_renames(&mut here, "Mettes plan for 2026", 5);
    let mut server = server_before;
    jonas_adds_goal(&mut server, "Oliver får en fast kontaktperson", 5);

    assert_eq!(relation(&here, &server), Relation::Diverged);
    assert_eq!(relation(&server, &here), Relation::Diverged);
    assert!(replacing_loses_edits(&here, &server));
}

#[test]
fn the_same_change_log_with_other_content_has_diverged() {
    // A host wrote into the plan without an edit: the logs agree, the plans do not.
    let server = on_server();
    let mut here = server.clone();
    here.citizen.own_words.dreams = "At tage bussen alene til praktikken".into();
    assert_eq!(relation(&here, &server), Relation::Diverged);
    assert!(replacing_loses_edits(&here, &server));
}

#[test]
fn a_typing_run_that_went_on_here_is_local_ahead_not_diverged() {
    // The server got the title half typed; typing went on and folded into the same log
    // entry, so the logs differ in their last entry, yet nothing was done on the server.
    let (mut plan, ids) = mette_plan();
    let mut history = History::default();
    let start = at(6, 9);
    let mut typed = String::new();
    let mut server = None;
    for (i, c) in "Praktik tre dage om ugen".chars().enumerate() {
        typed.push(c);
        let mut goal = plan.goals.iter().find(|g| g.id == ids.job).unwrap().clone();
        goal.title = typed.clone();
        let when = start + Duration::milliseconds(200 * i as i64);
        history
            .apply_typing(&mut plan, Edit::UpdateGoal { goal }, &mette(), when)
            .unwrap();
        if typed == "Praktik tre" {
            server = Some(plan.clone());
        }
    }
    let server = server.unwrap();
    assert_eq!(plan.change_log.len(), server.change_log.len());
    assert_ne!(plan.change_log, server.change_log);

    assert_eq!(relation(&plan, &server), Relation::LocalAhead);
    assert_eq!(relation(&server, &plan), Relation::RemoteAhead);
}

#[test]
fn another_plan_is_unrelated_and_only_loses_edits_when_it_has_some() {
    let server = on_server();
    let fresh = Plan::new("Ny plan");
    assert_eq!(relation(&fresh, &server), Relation::Unrelated);
    assert!(!replacing_loses_edits(&fresh, &server));

    let mut someone_elses = Plan::new("Karls plan");
    mette_renames(&mut someone_elses, "Karls plan 2026", 3);
    assert_eq!(relation(&someone_elses, &server), Relation::Unrelated);
    assert!(replacing_loses_edits(&someone_elses, &server));
}

#[test]
fn only_a_new_plan_or_one_this_server_held_is_shown_before_it_answers() {
    let fresh = Plan::new("Ny plan");
    assert!(may_show_before_server(&fresh, false));
    let edited = on_server();
    assert!(!may_show_before_server(&edited, false));
    assert!(may_show_before_server(&edited, true));
}

#[test]
fn answers_by_status() {
    let cases: &[(u16, Answer)] = &[
        (200, Answer::Success),
        (201, Answer::Success),
        (204, Answer::Success),
        (299, Answer::Success),
        (404, Answer::NotFound),
        (412, Answer::PreconditionFailed),
        (429, Answer::Busy),
        (503, Answer::Busy),
        (408, Answer::Unavailable),
        (425, Answer::Unavailable),
        (500, Answer::Unavailable),
        (502, Answer::Unavailable),
        (504, Answer::Unavailable),
        (599, Answer::Unavailable),
        (199, Answer::Refused),
        (300, Answer::Refused),
        (304, Answer::Refused),
        (400, Answer::Refused),
        (401, Answer::Refused),
        (403, Answer::Refused),
        (409, Answer::Refused),
        (413, Answer::Refused),
        (422, Answer::Refused),
        (0, Answer::Refused),
    ];
    for &(status, answer) in cases {
        assert_eq!(Answer::of(status), answer, "status {status}");
    }
}

#[test]
fn only_busy_and_unavailable_are_worth_asking_again() {
    for status in [408, 425, 429, 500, 503, 504] {
        assert!(Answer::of(status).is_retryable(), "status {status}");
        assert!(!Answer::of(status).is_success(), "status {status}");
    }
    for status in [200, 204, 400, 401, 403, 404, 412, 413] {
        assert!(!Answer::of(status).is_retryable(), "status {status}");
    }
    assert!(Answer::of(204).is_success());
}

#[test]
fn backoff_doubles_to_eight_seconds_and_starts_over_after_a_success() {
    let mut backoff = Backoff::default();
    let waits: Vec<u64> = (0..6).map(|_| backoff.next_wait_ms(None)).collect();
    assert_eq!(waits, [1000, 2000, 4000, 8000, 8000, 8000]);
    backoff.reset();
    assert_eq!(backoff.next_wait_ms(None), 1000);
}

#[test]
fn a_longer_retry_after_wins_and_a_shorter_one_does_not() {
    let mut backoff = Backoff::default();
    // "Retry-After: 120" from a busy server.
    assert_eq!(backoff.next_wait_ms(Some(120_000)), 120_000);
    // The back-off went on doubling underneath.
    assert_eq!(backoff.next_wait_ms(None), 2000);
    // An ask shorter than the back-off does not shorten it.
    assert_eq!(backoff.next_wait_ms(Some(500)), 4000);
    assert_eq!(backoff.next_wait_ms(Some(0)), 8000);
}

#[test]
fn the_outbox_counts_edits_the_server_has_not_got() {
    let mut outbox = Outbox::default();
    assert!(!outbox.unsent(), "a new editor has nothing to send");

    outbox.edited();
    outbox.edited();
    assert!(outbox.unsent());
    let mark = outbox.mark();
    outbox.sent(mark, Plan::new(""));
    assert!(!outbox.unsent());
    assert!(outbox.unchanged_since(mark));
}

#[test]
fn an_edit_while_a_save_is_on_its_way_stays_unsent() {
    let mut outbox = Outbox::default();
    outbox.edited();
    let mark = outbox.mark();
    // Mette types while the PUT is on its way.
    outbox.edited();
    outbox.sent(mark, Plan::new(""));
    assert!(outbox.unsent());
    assert!(!outbox.unchanged_since(mark));
    // The next save sends it.
    let next = outbox.mark();
    outbox.sent(next, Plan::new(""));
    assert!(!outbox.unsent());
}
