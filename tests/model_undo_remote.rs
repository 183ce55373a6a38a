//! Undo undoes only your own edits, also after others have edited around them
//! (`History::rebase_remote`): Mette types and sets fields on her device, Jonas's edits
//! arrive from his, and her undo takes back hers and never touches his.
// Native only: proptest.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::{DateTime, Duration, Utc};
use helhedsplan::model::splice::{self, utf16_len};
use helhedsplan::model::*;
use model_support::fixtures::*;
use proptest::prelude::*;
use serde_json::json;

const START: &str = "Jeg vil gerne arbejde med mennesker";

fn at_ms(ms: i64) -> DateTime<Utc> {
    at(20, 9) + Duration::milliseconds(ms)
}

fn description(plan: &Plan, id: GoalId) -> String {
    plan.goal(id).unwrap().description.clone()
}

fn plan_with_description() -> (Plan, Ids) {
    let (mut plan, ids) = mette_plan();
    plan.goals
        .iter_mut()
        .find(|g| g.id == ids.job)
        .unwrap()
        .description = START.into();
    (plan, ids)
}

fn splice(item: ItemRef, field: &str, at: usize, delete: usize, insert: &str) -> Edit {
    Edit::SpliceText {
        item: Some(item),
        field: field.into(),
        at,
        delete,
        insert: insert.into(),
    }
}

/// Mette types `typed` at `caret` of the job goal's description, a keystroke at a time,
/// as one typing run.
fn mette_types(plan: &mut Plan, history: &mut History, id: GoalId, caret: usize, typed: &str) {
    let mut at = caret;
    for (i, c) in typed.chars().enumerate() {
        let edit = splice(ItemRef::Goal(id), "description", at, 0, &c.to_string());
        history
            .apply_typing(plan, edit, &mette(), at_ms(i as i64 * 100))
            .unwrap();
        at += c.len_utf16();
    }
}

/// Jonas's edit arrives from his device: applied to the plan as his, then Mette's
/// history is told.
fn jonas_edits(plan: &mut Plan, history: &mut History, edit: Edit) {
    let old = plan.clone();
    apply(plan, edit, &jonas(), at(20, 10)).unwrap();
    history.rebase_remote(&old, plan);
}

fn undo(plan: &mut Plan, history: &mut History) -> Result<bool, EditError> {
    history.undo(plan, &mette(), at(20, 11))
}

#[test]
fn his_text_before_mine_shifts_my_undo() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    // "Jeg vil gerne 😊 arbejde …": Mette types after "gerne ".
    mette_types(&mut plan, &mut history, ids.job, 14, "rigtig gerne 😊 ");
    assert_eq!(
        description(&plan, ids.job),
        "Jeg vil gerne rigtig gerne 😊 arbejde med mennesker"
    );
    // Jonas adds a word (with an emoji, two code units) at the very start.
    let his = "Først: 🙂 ";
    jonas_edits(
        &mut plan,
        &mut history,
        splice(ItemRef::Goal(ids.job), "description", 0, 0, his),
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(description(&plan, ids.job), format!("{his}{START}"));
}

#[test]
fn his_text_inside_mine_stays_when_i_undo() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    mette_types(&mut plan, &mut history, ids.job, 14, "så gerne ");
    // Jonas puts "æøå " in the middle of what Mette typed ("så ge|rne ").
    let inside = utf16_len("Jeg vil gerne så ge");
    jonas_edits(
        &mut plan,
        &mut history,
        splice(ItemRef::Goal(ids.job), "description", inside, 0, "æøå "),
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(
        description(&plan, ids.job),
        "Jeg vil gerne æøå arbejde med mennesker"
    );
    // Redo puts Mette's text back around his.
    assert_eq!(history.redo(&mut plan, &mette(), at(20, 12)), Ok(true));
    assert_eq!(
        description(&plan, ids.job),
        "Jeg vil gerne så geæøå rne arbejde med mennesker"
    );
}

#[test]
fn when_he_deletes_some_of_mine_undo_removes_only_the_rest() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    mette_types(&mut plan, &mut history, ids.job, 14, "rigtig ");
    // Jonas selects "gerne rig" (old text and the start of Mette's) and deletes it.
    let from = utf16_len("Jeg vil ");
    jonas_edits(
        &mut plan,
        &mut history,
        splice(ItemRef::Goal(ids.job), "description", from, 9, ""),
    );
    assert_eq!(
        description(&plan, ids.job),
        "Jeg vil tig arbejde med mennesker"
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    // Only the "tig " left of Mette's is removed; his deletion stands.
    assert_eq!(description(&plan, ids.job), "Jeg vil arbejde med mennesker");
}

#[test]
fn when_he_deletes_all_of_mine_undo_says_so_and_moves_on() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    history
        .apply(
            &mut plan,
            Edit::SetField {
                item: None,
                field: "title".into(),
                value: json!("Mettes plan for 2027"),
            },
            &mette(),
            at(20, 8),
        )
        .unwrap();
    mette_types(&mut plan, &mut history, ids.job, 14, "😊 ");
    // Jonas deletes " 😊 ": the space before it was there, the rest is Mette's.
    jonas_edits(
        &mut plan,
        &mut history,
        splice(ItemRef::Goal(ids.job), "description", 13, 4, ""),
    );
    let his = plan.clone();
    assert!(matches!(
        undo(&mut plan, &mut history),
        Err(EditError::ChangedSince { .. })
    ));
    assert_eq!(plan, his, "nothing was changed");
    // The next undo takes back Mette's earlier title.
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(plan.title, "Mettes plan");
    assert_eq!(
        description(&plan, ids.job),
        "Jeg vil gernearbejde med mennesker"
    );
}

#[test]
fn a_value_he_changed_since_is_not_undone() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    let target = |value| Edit::SetField {
        item: Some(ItemRef::Goal(ids.job)),
        field: "target_date".into(),
        value,
    };
    history
        .apply(&mut plan, target(json!("2027-03-01")), &mette(), at(20, 8))
        .unwrap();
    mette_types(&mut plan, &mut history, ids.job, 0, "Ærligt: ");
    jonas_edits(&mut plan, &mut history, target(json!("2027-09-01")));

    // Her typing is undone; her date is not put back over his.
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(description(&plan, ids.job), START);
    let refused = undo(&mut plan, &mut history);
    assert_eq!(
        refused,
        Err(EditError::ChangedSince {
            item: Some(ItemRef::Goal(ids.job)),
            field: Some("target_date".into()),
        })
    );
    assert_eq!(
        plan.goal(ids.job).unwrap().target_date,
        Some(date(2027, 9, 1))
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(false), "nothing is left");
    // Said in both languages, plainly.
    let err = refused.unwrap_err();
    assert!(helhedsplan::i18n::Lang::Da
        .edit_error(&err, helhedsplan::i18n::Voice::Citizen)
        .contains("En anden har ændret det siden"));
}

#[test]
fn undoing_a_whole_goal_change_leaves_his_edit_of_that_goal() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    history
        .apply(
            &mut plan,
            Edit::SetGoalStatus {
                id: ids.job,
                status: GoalStatus::OnHold,
            },
            &mette(),
            at(20, 8),
        )
        .unwrap();
    jonas_edits(
        &mut plan,
        &mut history,
        Edit::SetField {
            item: Some(ItemRef::Goal(ids.job)),
            field: "title".into(),
            value: json!("Et arbejde i en børnehave"),
        },
    );
    assert!(matches!(
        undo(&mut plan, &mut history),
        Err(EditError::ChangedSince { .. })
    ));
    let goal = plan.goal(ids.job).unwrap();
    assert_eq!(goal.title, "Et arbejde i en børnehave");
    assert_eq!(goal.updated_by, jonas());
}

#[test]
fn his_later_edit_of_the_goal_keeps_him_as_the_last_to_change_it() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    mette_types(&mut plan, &mut history, ids.job, 0, "Ja! ");
    jonas_edits(
        &mut plan,
        &mut history,
        splice(ItemRef::Goal(ids.job), "title", 0, 0, "Mål: "),
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    let goal = plan.goal(ids.job).unwrap();
    assert_eq!(goal.description, START);
    assert!(goal.title.starts_with("Mål: "));
    assert_eq!(goal.updated_by, jonas(), "he changed it last");
}

#[test]
fn undo_on_an_item_he_removed_is_refused_cleanly_and_moves_on() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    mette_types(&mut plan, &mut history, ids.job, 0, "Å ");
    history
        .apply(
            &mut plan,
            splice(
                ItemRef::Intervention(ids.bostoette),
                "description",
                0,
                0,
                "Hjælp til økonomi 💶",
            ),
            &mette(),
            at(20, 9),
        )
        .unwrap();
    jonas_edits(
        &mut plan,
        &mut history,
        Edit::RemoveIntervention { id: ids.bostoette },
    );
    let his = plan.clone();
    assert_eq!(
        undo(&mut plan, &mut history),
        Err(EditError::NotFound {
            kind: ItemKind::Intervention,
            id: ids.bostoette.0
        })
    );
    assert_eq!(plan, his);
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(description(&plan, ids.job), START);
    assert!(
        plan.intervention(ids.bostoette).is_none(),
        "not brought back"
    );
}

#[test]
fn a_whole_scale_he_changed_part_of_stops_undo_on_every_level_below_it() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    let job = ItemRef::Goal(ids.job);
    // Mette adds a word to "+1", then sets the whole scale, then types in "+1" again.
    let more = "Praktik fire dage om ugen";
    history
        .apply(
            &mut plan,
            splice(job, "scale.more", 0, 0, "Gerne "),
            &mette(),
            at(20, 8),
        )
        .unwrap();
    history
        .apply(
            &mut plan,
            Edit::SetField {
                item: Some(job),
                field: "scale".into(),
                value: json!({ "expected": "Praktik tre dage", "more": more }),
            },
            &mette(),
            at(20, 9),
        )
        .unwrap();
    history
        .apply(
            &mut plan,
            splice(job, "scale.more", 0, 0, "Ø "),
            &mette(),
            at(20, 10),
        )
        .unwrap();
    // Jonas writes the "−1" level.
    jonas_edits(
        &mut plan,
        &mut history,
        splice(job, "scale.less", 0, 0, "Praktik én dag"),
    );
    assert_eq!(undo(&mut plan, &mut history), Ok(true));
    assert_eq!(plan.goal(ids.job).unwrap().scale.more, more);
    for _ in 0..2 {
        assert!(matches!(
            undo(&mut plan, &mut history),
            Err(EditError::ChangedSince { .. })
        ));
    }
    let scale = &plan.goal(ids.job).unwrap().scale;
    assert_eq!(scale.less, "Praktik én dag");
    assert_eq!(scale.more, more, "nothing of the set scale was cut");
}

#[test]
fn undoing_my_new_goal_does_not_take_his_link_to_it() {
    let (mut plan, ids) = plan_with_description();
    let mut history = History::default();
    let mut goal = Goal::new(
        GoalLevel::Goal,
        "Jeg vil cykle på arbejde 🚲",
        &mette(),
        at(20, 8),
    );
    goal.parent = Some(ids.overall);
    let id = goal.id;
    history
        .apply(
            &mut plan,
            Edit::AddGoal {
                goal,
                position: None,
            },
            &mette(),
            at(20, 8),
        )
        .unwrap();
    jonas_edits(
        &mut plan,
        &mut history,
        Edit::LinkGoal {
            intervention: ids.mentor,
            goal: id,
        },
    );
    assert_eq!(
        undo(&mut plan, &mut history),
        Err(EditError::ChangedSince {
            item: Some(ItemRef::Goal(id)),
            field: None
        })
    );
    assert!(plan.goal(id).is_some());
    assert!(plan.intervention(ids.mentor).unwrap().goals.contains(&id));
}

// --- the property: undo never touches another person's edits

/// Characters only Mette types: the plan's texts and Jonas's words have none of them.
const MINE: [&str; 5] = ["Æ", "ØÅ", "🌱", "ÆØ🌱Å", "🙂Å"];

fn is_mine(c: char) -> bool {
    "ÆØÅ🌱🙂".contains(c)
}

/// The text fields both edit.
fn text_fields(ids: &Ids) -> [(Option<ItemRef>, &'static str); 4] {
    [
        (Some(ItemRef::Goal(ids.job)), "description"),
        (Some(ItemRef::Goal(ids.job)), "title"),
        (None, "title"),
        (Some(ItemRef::Intervention(ids.bostoette)), "description"),
    ]
}

/// The value fields both set, and values for them.
fn value_fields(ids: &Ids) -> [(Option<ItemRef>, &'static str, [serde_json::Value; 3]); 2] {
    [
        (
            Some(ItemRef::Goal(ids.job)),
            "target_date",
            [json!("2027-01-31"), json!("2027-06-30"), json!(null)],
        ),
        (
            Some(ItemRef::Intervention(ids.mentor)),
            "frequency",
            [
                json!("1 time om ugen"),
                json!("2 timer om ugen"),
                json!("Hver dag"),
            ],
        ),
    ]
}

#[derive(Debug, Clone)]
enum Step {
    /// Mette splices a text: at char `pos`, deleting `len` chars, inserting `MINE[word]`;
    /// `typing` continues a typing run.
    Type {
        field: usize,
        pos: usize,
        len: usize,
        word: usize,
        typing: bool,
    },
    MetteSets {
        field: usize,
        value: usize,
    },
    Undo,
    Redo,
    /// Jonas inserts a word of his at char `pos`.
    JonasTypes {
        field: usize,
        pos: usize,
    },
    /// Jonas deletes some of what Mette typed (run `run`, from `pos`, `len` chars).
    JonasDeletesMine {
        field: usize,
        run: usize,
        pos: usize,
        len: usize,
    },
    JonasSets {
        field: usize,
        value: usize,
    },
    JonasRemovesBostoette,
}

fn arb_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..4usize, 0..80usize, 0..4usize, 0..MINE.len(), any::<bool>()).prop_map(
            |(field, pos, len, word, typing)| Step::Type { field, pos, len, word, typing }
        ),
        1 => (0..2usize, 0..3usize).prop_map(|(field, value)| Step::MetteSets { field, value }),
        1 => Just(Step::Undo),
        1 => Just(Step::Redo),
        3 => (0..4usize, 0..80usize).prop_map(|(field, pos)| Step::JonasTypes { field, pos }),
        2 => (0..4usize, 0..8usize, 0..8usize, 1..5usize).prop_map(|(field, run, pos, len)| {
            Step::JonasDeletesMine { field, run, pos, len }
        }),
        1 => (0..2usize, 0..3usize).prop_map(|(field, value)| Step::JonasSets { field, value }),
        1 => Just(Step::JonasRemovesBostoette),
    ]
}

/// The UTF-16 offset of char `pos` (clamped to the end).
fn offset(text: &str, pos: usize) -> usize {
    text.chars().take(pos).map(char::len_utf16).sum()
}

/// Char ranges of Jonas's words in `text` (they are never cut: see the script).
fn words_of_his(text: &str, his: &[String]) -> Vec<(usize, usize)> {
    his.iter()
        .filter_map(|w| {
            text.find(w.as_str()).map(|byte| {
                let start = text[..byte].chars().count();
                (start, start + w.chars().count())
            })
        })
        .collect()
}

/// Moves the per-character owners of a text through its change from `old` to `new`.
/// Whether the change replaced characters one of Mette's steps wrote.
fn follow_owners(owners: &mut Vec<Option<u32>>, old: &str, new: &str, owner: Option<u32>) -> bool {
    let Some((at, delete, insert)) = splice::splice_between(old, new) else {
        return false;
    };
    let char_at = |utf16: usize| {
        let mut units = 0;
        old.chars()
            .take_while(|c| {
                let fits = units < utf16;
                units += c.len_utf16();
                fits
            })
            .count()
    };
    let (from, to) = (char_at(at), char_at(at + delete));
    let to = to.min(owners.len());
    let from = from.min(to);
    let replaced_hers = owners[from..to].iter().any(Option::is_some);
    owners.splice(from..to, std::iter::repeat_n(owner, insert.chars().count()));
    replaced_hers
}

struct Script {
    plan: Plan,
    history: History,
    ids: Ids,
    base: Vec<Option<String>>,
    /// Jonas's words per text field.
    his: Vec<Vec<String>>,
    /// The last value Jonas set per value field.
    his_values: Vec<Option<serde_json::Value>>,
    /// Per text field: Jonas deleted Mette's text in a way the two texts alone do not
    /// place, or across characters of several of her steps. `rebase_remote` sees only the
    /// texts before and after, so there it may under-undo (leave some of Mette's text);
    /// it must still never take his. (docs/architecture.md, History.)
    ambiguous: Vec<bool>,
    /// Per text field, per character: which of Mette's steps wrote it (None: the base
    /// text or Jonas), followed through every step by the text's change.
    owners: Vec<Vec<Option<u32>>>,
    /// Per text field: one of Mette's changes replaced text an earlier one of hers wrote.
    /// Each undo step's place is then known only relative to the steps after it, and a
    /// deletion of his across them is beyond `rebase_remote`'s one-transform-per-step.
    layered: Vec<bool>,
    steps: u32,
    clock: i64,
}

impl Script {
    fn new() -> Self {
        let (mut plan, ids) = plan_with_description();
        if let Some(b) = plan
            .interventions
            .iter_mut()
            .find(|i| i.id == ids.bostoette)
        {
            b.description = "Støtte i hjemmet to gange om ugen".into();
        }
        let base: Vec<Option<String>> = text_fields(&ids)
            .iter()
            .map(|(item, field)| edit::field_text(&plan, *item, field))
            .collect();
        for text in base.iter().flatten() {
            assert!(!text.chars().any(is_mine));
        }
        let owners = base
            .iter()
            .map(|t| vec![None; t.as_deref().map_or(0, |t| t.chars().count())])
            .collect();
        Script {
            plan,
            history: History::default(),
            ids,
            base,
            his: vec![Vec::new(); 4],
            his_values: vec![None; 2],
            ambiguous: vec![false; 4],
            owners,
            layered: vec![false; 4],
            steps: 0,
            clock: 0,
        }
    }

    fn tick(&mut self) -> DateTime<Utc> {
        self.clock += 300;
        at_ms(self.clock)
    }

    fn jonas(&mut self, edit: Edit) -> bool {
        let old = self.plan.clone();
        let when = self.tick();
        match apply(&mut self.plan, edit, &jonas(), when) {
            Ok(_) => {
                self.history.rebase_remote(&old, &self.plan);
                true
            }
            Err(_) => false,
        }
    }

    fn run(&mut self, step: Step) {
        let texts = text_fields(&self.ids);
        let before: Vec<Option<String>> = texts
            .iter()
            .map(|(item, field)| edit::field_text(&self.plan, *item, field))
            .collect();
        let by_jonas = matches!(
            step,
            Step::JonasTypes { .. }
                | Step::JonasDeletesMine { .. }
                | Step::JonasSets { .. }
                | Step::JonasRemovesBostoette
        );
        self.steps += 1;
        self.step(step);
        let owner = (!by_jonas).then_some(self.steps);
        for (f, (item, field)) in texts.iter().enumerate() {
            let after = edit::field_text(&self.plan, *item, field);
            if let (Some(old), Some(new)) = (&before[f], &after) {
                // Mette rewrote her own earlier text (a later step, an undo or a redo).
                if follow_owners(&mut self.owners[f], old, new, owner) && !by_jonas {
                    self.layered[f] = true;
                }
            }
        }
    }

    fn step(&mut self, step: Step) {
        let texts = text_fields(&self.ids);
        let values = value_fields(&self.ids);
        let text_of = |plan: &Plan, f: usize| edit::field_text(plan, texts[f].0, texts[f].1);
        match step {
            Step::Type {
                field,
                pos,
                len,
                word,
                typing,
            } => {
                let Some(text) = text_of(&self.plan, field) else {
                    return;
                };
                let chars = text.chars().count();
                let pos = pos % (chars + 1);
                let len = len.min(chars - pos);
                // Mette never cuts into Jonas's words (that is no test of undo).
                let touches = words_of_his(&text, &self.his[field])
                    .iter()
                    .any(|&(s, e)| pos < e && pos + len > s);
                if touches {
                    return;
                }
                let at = offset(&text, pos);
                let delete = offset(&text, pos + len) - at;
                let edit = Edit::SpliceText {
                    item: texts[field].0,
                    field: texts[field].1.into(),
                    at,
                    delete,
                    insert: MINE[word].into(),
                };
                let when = self.tick();
                let _ = if typing {
                    self.history
                        .apply_typing(&mut self.plan, edit, &mette(), when)
                } else {
                    self.history.apply(&mut self.plan, edit, &mette(), when)
                };
            }
            Step::MetteSets { field, value } => {
                let (item, name, options) = &values[field];
                let edit = Edit::SetField {
                    item: *item,
                    field: (*name).into(),
                    value: options[value].clone(),
                };
                let when = self.tick();
                let _ = self.history.apply(&mut self.plan, edit, &mette(), when);
            }
            Step::Undo => {
                let when = self.tick();
                let _ = self.history.undo(&mut self.plan, &mette(), when);
            }
            Step::Redo => {
                let when = self.tick();
                let _ = self.history.redo(&mut self.plan, &mette(), when);
            }
            Step::JonasTypes { field, pos } => {
                let Some(text) = text_of(&self.plan, field) else {
                    return;
                };
                let pos = pos % (text.chars().count() + 1);
                let inside = words_of_his(&text, &self.his[field])
                    .iter()
                    .any(|&(s, e)| s < pos && pos < e);
                if inside {
                    return;
                }
                let word = format!("«Jonas {} på tur»", self.clock);
                let edit = Edit::SpliceText {
                    item: texts[field].0,
                    field: texts[field].1.into(),
                    at: offset(&text, pos),
                    delete: 0,
                    insert: word.clone(),
                };
                if self.jonas(edit) {
                    self.his[field].push(word);
                }
            }
            Step::JonasDeletesMine {
                field,
                run,
                pos,
                len,
            } => {
                let Some(text) = text_of(&self.plan, field) else {
                    return;
                };
                // Runs of Mette's characters, as char ranges.
                let chars: Vec<char> = text.chars().collect();
                let mut runs = Vec::new();
                let mut i = 0;
                while i < chars.len() {
                    if is_mine(chars[i]) {
                        let start = i;
                        while i < chars.len() && is_mine(chars[i]) {
                            i += 1;
                        }
                        runs.push((start, i));
                    } else {
                        i += 1;
                    }
                }
                if runs.is_empty() {
                    return;
                }
                let (s, e) = runs[run % runs.len()];
                let from = s + pos % (e - s);
                let to = (from + len).min(e);
                let at = offset(&text, from);
                let delete = offset(&text, to) - at;
                let edit = Edit::SpliceText {
                    item: texts[field].0,
                    field: texts[field].1.into(),
                    at,
                    delete,
                    insert: String::new(),
                };
                // Text from two or more of Mette's steps (or rewritten by her): which
                // step owns which character is then beyond what the texts before and
                // after tell `rebase_remote`; so is a deletion the texts alone do not
                // place (he deleted "ab" from "abab": the first or the second?).
                let owners: std::collections::HashSet<_> = self.owners[field][from.min(to)..to]
                    .iter()
                    .copied()
                    .collect();
                if self.jonas(edit) {
                    let placed = text_of(&self.plan, field)
                        .and_then(|new| splice::splice_between(&text, &new));
                    if owners.len() > 1
                        || self.layered[field]
                        || placed != Some((at, delete, String::new()))
                    {
                        self.ambiguous[field] = true;
                    }
                }
            }
            Step::JonasSets { field, value } => {
                let (item, name, options) = &values[field];
                let edit = Edit::SetField {
                    item: *item,
                    field: (*name).into(),
                    value: options[value].clone(),
                };
                if self.jonas(edit) {
                    self.his_values[field] = Some(options[value].clone());
                }
            }
            Step::JonasRemovesBostoette => {
                let id = self.ids.bostoette;
                self.jonas(Edit::RemoveIntervention { id });
            }
        }
    }

    /// Undoes every step Mette has; only "someone else changed it" may be refused.
    fn undo_all(&mut self) -> Result<(), TestCaseError> {
        for _ in 0..10_000 {
            let when = self.tick();
            match self.history.undo(&mut self.plan, &mette(), when) {
                Ok(true) => {}
                Ok(false) => return Ok(()),
                Err(EditError::ChangedSince { .. } | EditError::NotFound { .. }) => {}
                Err(other) => return Err(TestCaseError::fail(format!("undo refused: {other}"))),
            }
        }
        Err(TestCaseError::fail("undo never ran out"))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn undo_never_touches_another_persons_edits(
        steps in prop::collection::vec(arb_step(), 1..40)
    ) {
        let mut script = Script::new();
        for step in steps {
            script.run(step);
        }
        script.undo_all()?;
        let plan = &script.plan;
        for (f, (item, field)) in text_fields(&script.ids).iter().enumerate() {
            let Some(text) = edit::field_text(plan, *item, field) else {
                continue;
            };
            // Every word of his is there, whole; nothing of mine is left.
            let mut rest = text.clone();
            for word in &script.his[f] {
                prop_assert!(text.contains(word.as_str()), "{word:?} lost from {text:?}");
                rest = rest.replacen(word.as_str(), "", 1);
            }
            if script.ambiguous[f] {
                continue;
            }
            prop_assert!(!text.chars().any(is_mine), "{text:?} still holds Mette's text");
            // Without his words, the text is what it was: what Mette deleted is back.
            prop_assert_eq!(Some(rest), script.base[f].clone());
        }
        for (f, (item, field, _)) in value_fields(&script.ids).iter().enumerate() {
            if let Some(his) = &script.his_values[f] {
                let now = plan_value(plan, *item, field);
                prop_assert_eq!(&now, his, "{} lost his value", field);
            }
        }
    }
}

/// A value field as the plan format writes it.
fn plan_value(plan: &Plan, item: Option<ItemRef>, field: &str) -> serde_json::Value {
    let json = match item {
        Some(ItemRef::Goal(id)) => serde_json::to_value(plan.goal(id).unwrap()).unwrap(),
        Some(ItemRef::Intervention(id)) => {
            serde_json::to_value(plan.intervention(id).unwrap()).unwrap()
        }
        _ => serde_json::to_value(plan).unwrap(),
    };
    json.get(field).cloned().unwrap_or(serde_json::Value::Null)
}
