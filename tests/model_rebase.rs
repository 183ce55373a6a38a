//! Replaying this device's unsaved edits on a newer plan from the server (`save-url`
//! answered 412), on Mette's plan: Mette writes at home while Jonas, her caseworker, saved
//! from the office. What each of them did to different parts survives; what can no longer
//! apply is a conflict that keeps Mette's text.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::rebase::{rebase, Why};
use helhedsplan::model::server_sync::Outbox;
use helhedsplan::model::splice::splice_between;
use helhedsplan::model::*;
use model_support::fixtures::*;
use proptest::prelude::*;
use serde_json::json;

const DESCRIPTION: &str = "description";
const DREAMS: &str = "citizen.own_words.dreams";

fn text(plan: &Plan, item: Option<ItemRef>, field: &str) -> String {
    edit::field_text(plan, item, field).expect("the field exists")
}

/// Types `typed` one character at a time after `caret` (UTF-16), as the editor's text
/// fields send it: each input is the splice between the text before and after. Returns
/// the edits, in order.
fn type_at(
    plan: &mut Plan,
    item: Option<ItemRef>,
    field: &str,
    caret: usize,
    typed: &str,
    who: &Actor,
) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut at = caret;
    for c in typed.chars() {
        let before = text(plan, item, field);
        let mut units: Vec<u16> = before.encode_utf16().collect();
        let piece: Vec<u16> = c.to_string().encode_utf16().collect();
        units.splice(at..at, piece.iter().copied());
        at += piece.len();
        let after = String::from_utf16(&units).unwrap();
        let (at, delete, insert) = splice_between(&before, &after).unwrap();
        let edit = Edit::SpliceText {
            item,
            field: field.into(),
            at,
            delete,
            insert,
        };
        apply(plan, edit.clone(), who, at_time()).unwrap();
        edits.push(edit);
    }
    edits
}

fn at_time() -> chrono::DateTime<chrono::Utc> {
    at(10, 9)
}

/// Appends `typed` to the field's text.
fn type_end(
    plan: &mut Plan,
    item: Option<ItemRef>,
    field: &str,
    typed: &str,
    who: &Actor,
) -> Vec<Edit> {
    let end = text(plan, item, field).encode_utf16().count();
    type_at(plan, item, field, end, typed, who)
}

#[test]
fn edits_to_different_goals_on_each_side_both_survive() {
    let (base, ids) = mette_plan();
    let (bus, anxiety, job) = (
        Some(ItemRef::Goal(ids.bus)),
        Some(ItemRef::Goal(ids.anxiety)),
        Some(ItemRef::Goal(ids.job)),
    );
    // Jonas, at the office, describes the bus goal and saves.
    let mut server = base.clone();
    type_end(
        &mut server,
        bus,
        DESCRIPTION,
        "Vi øver turen sammen to gange først.",
        &jonas(),
    );
    // Mette, at home, describes her anxiety goal and moves the job goal's date.
    let mut mine = base.clone();
    let mut edits = type_end(
        &mut mine,
        anxiety,
        DESCRIPTION,
        "Jeg går til samtaler hver uge 🙂",
        &mette(),
    );
    let date = Edit::SetField {
        item: job,
        field: "target_date".into(),
        value: json!("2027-12-31"),
    };
    apply(&mut mine, date.clone(), &mette(), at_time()).unwrap();
    edits.push(date);

    let rebased = rebase(&base, server, &edits, &mette(), at(10, 12));

    assert!(rebased.conflicts.is_empty(), "{:?}", rebased.conflicts);
    assert_eq!(rebased.applied, edits, "each edit fits as Mette made it");
    let plan = &rebased.plan;
    assert_eq!(
        text(plan, bus, DESCRIPTION),
        "Vi øver turen sammen to gange først."
    );
    assert_eq!(
        text(plan, anxiety, DESCRIPTION),
        "Jeg går til samtaler hver uge 🙂"
    );
    assert_eq!(
        plan.goal(ids.job).unwrap().target_date,
        Some(date_of(2027, 12, 31))
    );
    assert!(validate(plan)
        .iter()
        .all(|p| p.severity() != Severity::Error));
    // The result continues the server's change log: the next save is ahead of it.
    let last = plan.change_log.last().unwrap();
    assert_eq!(last.name, "Mette Jensen");
}

fn date_of(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    date(y, m, d)
}

#[test]
fn an_edit_to_a_goal_removed_on_the_server_is_a_conflict_that_keeps_the_text() {
    let (base, ids) = mette_plan();
    let anxiety = Some(ItemRef::Goal(ids.anxiety));
    let mut server = base.clone();
    apply(
        &mut server,
        Edit::RemoveGoal { id: ids.anxiety },
        &jonas(),
        at(10, 8),
    )
    .unwrap();

    let mut mine = base.clone();
    let mut edits = type_end(
        &mut mine,
        anxiety,
        DESCRIPTION,
        "Samtaler hos psykiatrien hver tirsdag.",
        &mette(),
    );
    edits.extend(type_end(
        &mut mine,
        None,
        DREAMS,
        " Og tage på ferie.",
        &mette(),
    ));

    let rebased = rebase(&base, server, &edits, &mette(), at(10, 12));

    // Thirty-odd keystrokes into the removed goal are one conflict, holding the whole text.
    assert_eq!(rebased.conflicts.len(), 1, "{:?}", rebased.conflicts);
    let conflict = &rebased.conflicts[0];
    assert_eq!(conflict.item, anxiety);
    assert_eq!(conflict.field.as_deref(), Some(DESCRIPTION));
    assert_eq!(
        conflict.title.as_deref(),
        Some("Jeg vil have det bedre med min angst")
    );
    assert_eq!(
        conflict.text.as_deref(),
        Some("Samtaler hos psykiatrien hver tirsdag.")
    );
    assert!(matches!(
        conflict.why,
        Why::Refused(EditError::NotFound {
            kind: ItemKind::Goal,
            ..
        })
    ));
    // The goal stays removed; her own words made it.
    assert!(rebased.plan.goal(ids.anxiety).is_none());
    assert!(text(&rebased.plan, None, DREAMS).ends_with("for andre. Og tage på ferie."));
}

#[test]
fn a_splice_into_a_text_changed_elsewhere_in_the_field_moves_past_that_change() {
    let (base, _) = mette_plan();
    let mut server = base.clone();
    // Jonas adds a sentence at the end of her dreams; Mette writes at the start.
    type_end(
        &mut server,
        None,
        DREAMS,
        " Gerne i en børnehave.",
        &jonas(),
    );
    let mut mine = base.clone();
    let edits = type_at(&mut mine, None, DREAMS, 0, "Helt ærligt: ", &mette());

    let rebased = rebase(&base, server, &edits, &mette(), at(10, 12));

    assert!(rebased.conflicts.is_empty(), "{:?}", rebased.conflicts);
    assert_eq!(
        text(&rebased.plan, None, DREAMS),
        "Helt ærligt: Jeg vil have et arbejde, hvor jeg kan være noget for andre. Gerne i en børnehave."
    );
}

#[test]
fn a_splice_where_the_other_person_also_wrote_falls_back_to_the_users_whole_text() {
    let (base, ids) = mette_plan();
    let bus = Some(ItemRef::Goal(ids.bus));
    let mut server = base.clone();
    type_end(
        &mut server,
        bus,
        DESCRIPTION,
        "Jonas følger med første gang.",
        &jonas(),
    );
    let mut mine = base.clone();
    let edits = type_end(
        &mut mine,
        bus,
        DESCRIPTION,
        "Min søster følger mig.",
        &mette(),
    );

    let rebased = rebase(&base, server, &edits, &mette(), at(10, 12));

    // Mette's text is in the field, as she last saw it (her later keystrokes fit on it).
    assert_eq!(
        text(&rebased.plan, bus, DESCRIPTION),
        "Min søster følger mig."
    );
    // Jonas' text is not dropped without a word: it is shown, to be copied back.
    assert_eq!(rebased.conflicts.len(), 1, "{:?}", rebased.conflicts);
    let conflict = &rebased.conflicts[0];
    assert_eq!(conflict.text.as_deref(), Some("Min søster følger mig."));
    assert_eq!(
        conflict.why,
        Why::TheirTextReplaced {
            theirs: "Jonas følger med første gang.".into()
        }
    );
    assert!(matches!(rebased.applied[0], Edit::SetField { .. }));
    assert!(rebased.applied[1..]
        .iter()
        .all(|e| matches!(e, Edit::SpliceText { .. })));
}

#[test]
fn a_locked_plan_on_the_server_refuses_every_edit_and_keeps_them_all_in_words() {
    let (base, ids) = mette_plan();
    let mut server = base.clone();
    server.locked = true;
    let mut mine = base.clone();
    let mut edits = type_end(
        &mut mine,
        Some(ItemRef::Goal(ids.job)),
        DESCRIPTION,
        "Hos Røde Kors.",
        &mette(),
    );
    edits.extend(type_end(&mut mine, None, DREAMS, " Og ro.", &mette()));

    let rebased = rebase(&base, server.clone(), &edits, &mette(), at(10, 12));

    assert!(rebased.applied.is_empty());
    assert_eq!(rebased.plan, server, "the approved version is untouched");
    let texts: Vec<_> = rebased.conflicts.iter().map(|c| c.text.clone()).collect();
    assert_eq!(
        texts,
        [
            Some("Hos Røde Kors.".to_string()),
            Some("Jeg vil have et arbejde, hvor jeg kan være noget for andre. Og ro.".into())
        ]
    );
}

#[test]
fn the_outbox_keeps_the_users_edits_until_a_save_covers_them() {
    let (plan, ids) = mette_plan();
    let goal = Some(ItemRef::Goal(ids.job));
    let mut outbox = Outbox::default();
    outbox.synced(plan.clone());
    let mut mine = plan.clone();
    let first = type_end(&mut mine, goal, DESCRIPTION, "ab", &mette());
    for edit in &first {
        outbox.edited();
        outbox.record(edit.clone());
    }
    let mark = outbox.mark();
    let sent = mine.clone();
    // Typed while the save is on its way.
    let later = type_end(&mut mine, goal, DESCRIPTION, "c", &mette());
    outbox.edited();
    outbox.record(later[0].clone());
    outbox.sent(mark, sent.clone());

    let (base, edits) = outbox.replay().expect("every edit is known");
    assert_eq!(base, &sent);
    assert_eq!(edits, &later[..]);
    assert!(outbox.unsent());
}

#[test]
fn after_the_whole_plan_was_replaced_nothing_is_replayed_until_it_is_saved() {
    let (plan, ids) = mette_plan();
    let goal = Some(ItemRef::Goal(ids.job));
    let mut outbox = Outbox::default();
    outbox.synced(plan.clone());
    outbox.replaced();
    let mut mine = plan.clone();
    let edits = type_end(&mut mine, goal, DESCRIPTION, "x", &mette());
    outbox.edited();
    outbox.record(edits[0].clone());
    assert!(
        outbox.replay().is_none(),
        "a file opened here is no edit to replay"
    );

    let mark = outbox.mark();
    outbox.sent(mark, mine.clone());
    let (base, unsent) = outbox.replay().expect("known again after the save");
    assert_eq!(base, &mine);
    assert!(unsent.is_empty());

    // Too many edits to keep: none is replayed (the whole-plan choice is the last resort).
    for _ in 0..=Outbox::MAX_UNSENT_EDITS {
        outbox.record(edits[0].clone());
    }
    assert!(outbox.replay().is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever each of them types, wherever the caret is, into two different goals: both
    /// texts are in the rebased plan, and nothing is a conflict.
    #[test]
    fn typing_into_different_goals_always_merges(
        mine_typed in "[a-zæøå 🙂.]{1,12}",
        theirs_typed in "[A-ZÆØÅ ,]{1,12}",
        mine_caret in 0usize..20,
        theirs_caret in 0usize..20,
    ) {
        let (base, ids) = mette_plan();
        let (a, b) = (Some(ItemRef::Goal(ids.job)), Some(ItemRef::Goal(ids.bus)));
        let mut mine = base.clone();
        let len_a = text(&mine, a, DESCRIPTION).encode_utf16().count();
        type_end(&mut mine, a, DESCRIPTION, "Praktik i en butik.", &mette());
        let mut server = mine.clone();
        let synced = mine.clone();
        let len_b = text(&server, b, DESCRIPTION).encode_utf16().count();
        type_at(&mut server, b, DESCRIPTION, theirs_caret.min(len_b), &theirs_typed, &jonas());
        let end_a = len_a + "Praktik i en butik.".len();
        let edits = type_at(&mut mine, a, DESCRIPTION, mine_caret.min(end_a), &mine_typed, &mette());

        let rebased = rebase(&synced, server.clone(), &edits, &mette(), at(10, 12));

        prop_assert!(rebased.conflicts.is_empty());
        prop_assert_eq!(text(&rebased.plan, a, DESCRIPTION), text(&mine, a, DESCRIPTION));
        prop_assert_eq!(text(&rebased.plan, b, DESCRIPTION), text(&server, b, DESCRIPTION));
    }

    /// Both type into the same text, at random places: the result holds all of the user's
    /// text, and the other person's is either in it or listed to copy back.
    #[test]
    fn typing_into_one_text_never_loses_either_side(
        mine_typed in "[a-zæ🙂]{1,8}",
        theirs_typed in "[A-ZØ]{1,8}",
        mine_caret in 0usize..70,
        theirs_caret in 0usize..70,
    ) {
        let (base, _) = mette_plan();
        let len = text(&base, None, DREAMS).encode_utf16().count();
        let mut server = base.clone();
        type_at(&mut server, None, DREAMS, theirs_caret.min(len), &theirs_typed, &jonas());
        let mut mine = base.clone();
        let edits = type_at(&mut mine, None, DREAMS, mine_caret.min(len), &mine_typed, &mette());

        let rebased = rebase(&base, server.clone(), &edits, &mette(), at(10, 12));

        let result = text(&rebased.plan, None, DREAMS);
        prop_assert!(result.contains(&mine_typed));
        let theirs_kept = result.contains(&theirs_typed)
            || rebased.conflicts.iter().any(|c| matches!(&c.why,
                Why::TheirTextReplaced { theirs } if theirs.contains(&theirs_typed)));
        prop_assert!(theirs_kept, "{result:?} {:?}", rebased.conflicts);
    }
}
