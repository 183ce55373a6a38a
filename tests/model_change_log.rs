//! The change log stays bounded: a typing run is one entry, and compaction thins the
//! log by a rule that depends on its own entries only (`model::change_log`).
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::{DateTime, Duration, TimeZone, Utc};
use helhedsplan::format;
use helhedsplan::model::change_log::{
    self, compact, continues, entry_bytes, MAX_ENTRIES, RECENT_PER_SUBJECT,
};
use helhedsplan::model::*;
use model_support::fixtures::*;

const KEY_GAP_MS: i64 = 150;

/// Types `text` into the goal's title, one keystroke per character, `KEY_GAP_MS` apart
/// from `start`. Returns the time of the last keystroke.
fn type_title(
    plan: &mut Plan,
    history: &mut History,
    goal: GoalId,
    text: &str,
    actor: &Actor,
    start: DateTime<Utc>,
) -> DateTime<Utc> {
    let mut at = start;
    let mut typed = String::new();
    for (i, c) in text.chars().enumerate() {
        typed.push(c);
        at = start + Duration::milliseconds(KEY_GAP_MS * i as i64);
        let mut goal = plan.goals.iter().find(|g| g.id == goal).unwrap().clone();
        goal.title = typed.clone();
        history
            .apply_typing(plan, Edit::UpdateGoal { goal }, actor, at)
            .unwrap();
    }
    at
}

/// Types `text` into one field of the citizen's own words.
fn type_own_words(
    plan: &mut Plan,
    history: &mut History,
    field: OwnWordsField,
    text: &str,
    actor: &Actor,
    start: DateTime<Utc>,
) -> DateTime<Utc> {
    let mut at = start;
    let mut typed = String::new();
    for (i, c) in text.chars().enumerate() {
        typed.push(c);
        at = start + Duration::milliseconds(KEY_GAP_MS * i as i64);
        let edit = Edit::SetOwnWords {
            field,
            text: typed.clone(),
        };
        history.apply_typing(plan, edit, actor, at).unwrap();
    }
    at
}

fn ms(n: i64) -> Duration {
    Duration::milliseconds(n)
}

#[test]
fn a_typing_run_is_one_log_entry_with_its_latest_time_and_summary() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let before = plan.change_log.len();
    let last = type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde tre dage om ugen",
        &mette(),
        at(5, 10),
    );
    assert_eq!(plan.change_log.len(), before + 1, "{:#?}", plan.change_log);
    let entry = plan.change_log.last().unwrap();
    assert_eq!(entry.at, last);
    assert_eq!(entry.summary, "changed goal “Arbejde tre dage om ugen”");
    assert_eq!(entry.item, Some(ItemRef::Goal(ids.job)));
    // Undo still reverts the run as one step.
    assert!(h.undo(&mut plan, &mette(), last + ms(100)).unwrap());
    assert!(!h.can_undo());
}

#[test]
fn a_pause_in_typing_starts_a_new_entry() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let before = plan.change_log.len();
    let end = type_title(&mut plan, &mut h, ids.job, "Arbejde", &mette(), at(5, 10));
    let pause = ms(TYPING_PAUSE_MS);
    type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde!",
        &mette(),
        end + pause,
    );
    assert_eq!(plan.change_log.len(), before + 2);
}

#[test]
fn other_fields_items_and_people_do_not_fold() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let before = plan.change_log.len();
    // Own words: dreams, resources, dreams again, each typed quickly after the other.
    let mut t = at(5, 10);
    for field in [
        OwnWordsField::Dreams,
        OwnWordsField::Resources,
        OwnWordsField::Dreams,
    ] {
        let text = format!("Nyt om {}", field.key());
        t = type_own_words(
            &mut plan,
            &mut h,
            field,
            &text,
            &mette(),
            t + ms(KEY_GAP_MS),
        );
    }
    // Two goals, then the same goal by another person.
    t = type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde",
        &mette(),
        t + ms(KEY_GAP_MS),
    );
    t = type_title(
        &mut plan,
        &mut h,
        ids.bus,
        "Bussen",
        &mette(),
        t + ms(KEY_GAP_MS),
    );
    type_title(
        &mut plan,
        &mut h,
        ids.bus,
        "Bussen alene",
        &jonas(),
        t + ms(KEY_GAP_MS),
    );
    let new = &plan.change_log[before..];
    let summaries: Vec<&str> = new.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "changed the citizen's own words (dreams)",
            "changed the citizen's own words (resources)",
            "changed the citizen's own words (dreams)",
            "changed goal “Arbejde”",
            "changed sub-goal “Bussen”",
            "changed sub-goal “Bussen alene”",
        ]
    );
    assert_eq!(new[5].name, "Jonas Holm");
}

#[test]
fn undo_and_redo_entries_never_fold() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let before = plan.change_log.len();
    let end = type_title(&mut plan, &mut h, ids.job, "Arbejde", &mette(), at(5, 10));
    let end = type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde nu",
        &mette(),
        end + ms(TYPING_PAUSE_MS),
    );
    // Two runs, undone and redone in quick succession.
    let mut t = end;
    for step in [History::undo, History::undo, History::redo, History::redo] {
        t += ms(KEY_GAP_MS);
        assert!(step(&mut h, &mut plan, &mette(), t).unwrap());
    }
    // Typing right after a redo starts a new entry.
    type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde nu!",
        &mette(),
        t + ms(KEY_GAP_MS),
    );
    let origins: Vec<ChangeOrigin> = plan.change_log[before..].iter().map(|e| e.origin).collect();
    use ChangeOrigin::*;
    assert_eq!(origins, [Edit, Edit, Undo, Undo, Redo, Redo, Edit]);
}

#[test]
fn the_entry_that_withdrew_an_approval_is_kept() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    h.apply(
        &mut plan,
        Edit::Approve {
            as_role: ApprovalRole::Citizen,
        },
        &mette(),
        at(5, 9),
    )
    .unwrap();
    let before = plan.change_log.len();
    type_title(&mut plan, &mut h, ids.job, "Arbejde", &mette(), at(5, 10));
    let new = &plan.change_log[before..];
    assert_eq!(new.len(), 2, "{new:#?}");
    assert!(new[0]
        .summary
        .ends_with("(the pending approval was withdrawn)"));
    assert_eq!(new[1].summary, "changed goal “Arbejde”");
}

/// 50,000 keystrokes over three months into one goal's title (growing one character at
/// a time up to 150 characters, then starting again), a pause every 40 keystrokes, a new
/// day every 2,000: the plan stays far below the import limit and imports again.
#[test]
fn fifty_thousand_keystrokes_stay_small_and_import() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let start = at(1, 8);
    let mut t = start;
    let mut longest_log = 0;
    for k in 0..50_000usize {
        t += if k % 2_000 == 0 {
            Duration::days(1)
        } else if k % 40 == 0 {
            ms(3_000)
        } else {
            ms(KEY_GAP_MS)
        };
        let mut goal = plan.goals.iter().find(|g| g.id == ids.job).unwrap().clone();
        let len = k % 150 + 1;
        goal.title = "Arbejde tre dage om ugen i en butik "
            .repeat(5)
            .chars()
            .take(len)
            .collect();
        goal.title.push_str(&format!(" {k}"));
        h.apply_typing(&mut plan, Edit::UpdateGoal { goal }, &mette(), t)
            .unwrap();
        longest_log = longest_log.max(plan.change_log.len());
    }
    let json = format::export_json(&plan);
    // Without the bound: 50,000 entries, over 10 MB.
    assert!(json.len() < 1_000_000, "{} bytes", json.len());
    assert!(longest_log <= change_log::MAX_ENTRIES + change_log::COMPACT_SLACK);
    let back = format::import_json(&json).expect("the plan imports");
    assert_eq!(back, plan);
}

fn entry(at: DateTime<Utc>, item: Option<ItemRef>, n: usize) -> ChangeEntry {
    ChangeEntry {
        at,
        role: Role::Caseworker,
        name: "Jonas Holm".into(),
        summary: format!("changed something {n}"),
        action: "add_comment".into(),
        field: None,
        item,
        origin: ChangeOrigin::Edit,
        version: 1,
    }
}

/// A log of `n` entries over many days and items, oldest first, one every 7 minutes.
fn long_log(n: usize, items: &[ItemRef]) -> Vec<ChangeEntry> {
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap();
    (0..n)
        .map(|i| {
            let item = (i % 7 != 0).then(|| items[i % items.len()]);
            entry(start + Duration::minutes(7 * i as i64), item, i)
        })
        .collect()
}

fn some_items(n: usize) -> Vec<ItemRef> {
    (0..n).map(|_| ItemRef::Goal(GoalId::new())).collect()
}

#[test]
fn compaction_depends_on_the_entries_only() {
    let log = long_log(6_000, &some_items(9));
    let mut once = log.clone();
    compact(&mut once);
    assert!(once.len() < log.len());
    let mut again = log.clone();
    compact(&mut again);
    assert_eq!(once, again);
    // Compacting a compacted log changes nothing.
    let mut twice = once.clone();
    compact(&mut twice);
    assert_eq!(twice, once);
    // Independent of when it runs: the same log a year later compacts to the same
    // entries, a year later.
    let shift = Duration::days(365);
    let mut later: Vec<ChangeEntry> = log
        .iter()
        .map(|e| ChangeEntry {
            at: e.at + shift,
            ..e.clone()
        })
        .collect();
    compact(&mut later);
    let expected: Vec<ChangeEntry> = once
        .iter()
        .map(|e| ChangeEntry {
            at: e.at + shift,
            ..e.clone()
        })
        .collect();
    assert_eq!(later, expected);
    // Two devices recording the same entries one by one end with the same log.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for e in &log {
        change_log::record(&mut a, e.clone());
        change_log::record(&mut b, e.clone());
    }
    assert_eq!(a, b);
    assert!(a.len() <= MAX_ENTRIES + change_log::COMPACT_SLACK);
}

#[test]
fn compaction_keeps_the_newest_entries_per_item_and_one_per_day_before() {
    let items = some_items(3);
    let log = long_log(4_000, &items);
    let mut compacted = log.clone();
    compact(&mut compacted);
    assert!(compacted.len() <= MAX_ENTRIES);
    for item in &items {
        let all: Vec<&ChangeEntry> = log.iter().filter(|e| e.item == Some(*item)).collect();
        let kept: Vec<&ChangeEntry> = compacted.iter().filter(|e| e.item == Some(*item)).collect();
        // The newest ones, all of them, in order.
        let newest = &all[all.len() - RECENT_PER_SUBJECT..];
        assert_eq!(&kept[kept.len() - RECENT_PER_SUBJECT..], newest);
        // Before those, one per day: the day's latest.
        let older = &kept[..kept.len() - RECENT_PER_SUBJECT];
        assert!(!older.is_empty());
        for pair in older.windows(2) {
            assert!(pair[0].at.date_naive() < pair[1].at.date_naive());
        }
        for e in older {
            let day = e.at.date_naive();
            let latest_that_day = all[..all.len() - RECENT_PER_SUBJECT]
                .iter()
                .rfind(|x| x.at.date_naive() == day)
                .unwrap();
            assert_eq!(e, latest_that_day);
        }
    }
    // The newest entry of the whole log is never dropped.
    assert_eq!(compacted.last(), log.last());
}

#[test]
fn the_global_cap_drops_the_oldest() {
    // One entry per item: the per-item rule keeps them all, the cap does not.
    let items = some_items(MAX_ENTRIES + 500);
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap();
    let log: Vec<ChangeEntry> = items
        .iter()
        .enumerate()
        .map(|(i, item)| entry(start + Duration::seconds(i as i64), Some(*item), i))
        .collect();
    let mut compacted = log.clone();
    compact(&mut compacted);
    // The newest entries, as many as fit in MAX_ENTRIES and MAX_LOG_BYTES.
    let kept = compacted.len();
    assert!(
        compacted == log[log.len() - kept..],
        "not the newest {kept}"
    );
    assert!(kept <= MAX_ENTRIES);
    assert!(change_log::log_bytes(&compacted) <= change_log::MAX_LOG_BYTES);
    let one_more = &log[log.len() - kept - 1..];
    assert!(
        one_more.len() > MAX_ENTRIES || change_log::log_bytes(one_more) > change_log::MAX_LOG_BYTES
    );
}

#[test]
fn entry_bytes_is_an_upper_bound_of_the_exported_entry() {
    let mut plan = Plan::new("p");
    let empty = format::export_json(&plan).len();
    let far = Utc
        .with_ymd_and_hms(2200, 12, 31, 23, 59, 59)
        .single()
        .unwrap()
        + Duration::nanoseconds(123_456_789);
    let worst = ChangeEntry {
        at: far,
        role: Role::Professional,
        name: "😀\"\\".repeat(66),
        summary: format!(
            "undo: changed “{}…” (the pending approval was withdrawn)",
            "\"\t".repeat(30)
        ),
        action: "remove_follow_up_result".into(),
        field: Some("x".into()),
        item: Some(ItemRef::FamilyMember(MemberId::new())),
        origin: ChangeOrigin::Undo,
        version: u32::MAX,
    };
    let plain = entry(at(2, 10), None, 1);
    for e in [worst, plain] {
        plan.change_log = vec![e.clone(), e.clone()];
        let two = format::export_json(&plan).len() - empty;
        assert!(
            two <= 2 * entry_bytes(&e),
            "{two} > 2 × {}",
            entry_bytes(&e)
        );
    }
}

#[test]
fn a_folded_or_compacted_log_continues_the_one_it_grew_from() {
    let (mut plan, ids) = mette_plan();
    let mut h = History::default();
    let t = type_title(&mut plan, &mut h, ids.job, "Arb", &mette(), at(5, 10));
    let saved = plan.change_log.clone();
    // More keystrokes fold into the saved log's last entry.
    let t = type_title(
        &mut plan,
        &mut h,
        ids.job,
        "Arbejde",
        &mette(),
        t + ms(KEY_GAP_MS),
    );
    assert_eq!(plan.change_log.len(), saved.len());
    assert!(continues(&plan.change_log, &saved));
    assert!(!continues(&saved, &plan.change_log));
    // Someone else's edit since the save: neither continues the other.
    let mut theirs = saved.clone();
    theirs.push(entry(t, Some(ItemRef::Goal(ids.bus)), 1));
    assert!(!continues(&plan.change_log, &theirs));
    assert!(!continues(&theirs, &plan.change_log));
    // After compaction the newer log still continues the older one.
    let older = long_log(MAX_ENTRIES, &some_items(4));
    let mut newer = older.clone();
    for e in long_log(MAX_ENTRIES + 400, &some_items(4))
        .into_iter()
        .skip(MAX_ENTRIES)
    {
        change_log::record(&mut newer, e);
    }
    // Compaction ran: some of the older log's entries are gone.
    assert!(newer.len() < older.len() + 400, "{}", newer.len());
    assert!(!older.iter().all(|e| newer.contains(e)));
    assert!(continues(&newer, &older));
    assert!(!continues(&older, &newer));
}

/// The largest entry `apply` can write: a 200-character name and a summary with two
/// quoted 60-character titles, all in four-byte characters.
fn largest_entry(at: DateTime<Utc>, item: ItemRef) -> ChangeEntry {
    let title = "😀".repeat(60);
    ChangeEntry {
        at,
        role: Role::Professional,
        name: "😀".repeat(200),
        summary: format!(
            "undo: “{title}…” now comes after “{title}…” (the pending approval was withdrawn)"
        ),
        action: "move_intervention".into(),
        field: None,
        item: Some(item),
        origin: ChangeOrigin::Undo,
        version: u32::MAX,
    }
}

#[test]
fn the_largest_possible_log_stays_under_700_kib() {
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap();
    let items = some_items(300);
    let mut log = Vec::new();
    let mut largest = 0;
    for i in 0..1_200usize {
        let e = largest_entry(start + Duration::minutes(i as i64), items[i % items.len()]);
        change_log::record(&mut log, e);
        largest = largest.max(change_log::log_bytes(&log));
    }
    let mut plan = Plan::new("p");
    let empty = format::export_json(&plan).len();
    plan.change_log = log;
    let exported = format::export_json(&plan).len() - empty;
    println!("largest log on the way: {largest} bytes (bound); at the end {exported} bytes exported, {} entries", plan.change_log.len());
    assert!(largest < 700 * 1024, "{largest}");
    assert!(exported <= change_log::log_bytes(&plan.change_log));
}
