//! Replaying this device's unsaved edits on a newer plan from the server (`save-url`
//! answered `412`): the server's plan plus every edit of ours that still fits, so two
//! people who edited different parts of the plan both keep their work without a question.
//!
//! [`rebase`] replays the edits, in the order the user made them, twice: on `base` (the
//! plan the server had when we last saved, on which the user made them: this tells what
//! each text looked like to the user) and on the server's plan (the result). An edit the
//! model refuses on the server's plan (its item was removed there, the plan got locked …)
//! is a [`Conflict`], with the user's text kept.
//!
//! A text splice is offsets into the text the user saw. When the server's text of that
//! field differs, the splice is moved past the other person's change when the two do not
//! touch; when they do, the field gets the whole text as the user last saw it (a set-field),
//! and the other person's text is listed as replaced, so that nothing typed on either
//! side is lost without a word.

use chrono::{DateTime, Utc};

use super::apply::{apply_logged, field_text};
use super::edit::{Edit, EditError, EditKind};
use super::people::Actor;
use super::plan::{ItemRef, Plan};
use super::splice::{splice_between, utf16_len};

/// The server's plan with this device's edits replayed on it.
#[derive(Debug, Clone)]
pub struct Rebased {
    pub plan: Plan,
    /// The edits as they were applied to the server's plan (moved splices, set-fields in
    /// place of splices that no longer fit): what to replay should the next save find yet
    /// another plan on the server.
    pub applied: Vec<Edit>,
    /// What could not be replayed as the user made it, one per item and field.
    pub conflicts: Vec<Conflict>,
}

/// One of the user's changes that did not land as made, for the user to read and recover.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// What the user did (the change log's code: "changed the goal" …).
    pub kind: EditKind,
    pub item: Option<ItemRef>,
    /// The item's title (a person's name) as the user last saw it.
    pub title: Option<String>,
    /// The field, as its path in the plan format, for a field edit.
    pub field: Option<String>,
    /// The user's text (the whole field as the user last saw it, or the text the edit
    /// carried), so it can be copied back.
    pub text: Option<String>,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The server's plan refused the edit: the user's change is not in the plan.
    Refused(EditError),
    /// Both changed the same text in the same place: the user's text is in the plan, the
    /// other person's (`theirs`) was replaced and is shown to be copied back.
    TheirTextReplaced { theirs: String },
}

/// Replays `edits`, made on `base`, on `server`, as `actor` at `at`.
pub fn rebase(
    base: &Plan,
    server: Plan,
    edits: &[Edit],
    actor: &Actor,
    at: DateTime<Utc>,
) -> Rebased {
    let mut replay = Replay {
        mine: base.clone(),
        out: server,
        applied: Vec::new(),
        conflicts: Vec::new(),
        actor,
        at,
    };
    for edit in edits {
        replay.one(edit);
    }
    // Each conflict keeps the field's text as the user last saw it (later keystrokes may
    // have landed after the one that conflicted).
    for conflict in &mut replay.conflicts {
        if let Some(field) = &conflict.field {
            if let Some(last) = field_text(&replay.mine, conflict.item, field) {
                conflict.text = Some(last);
            }
        }
    }
    Rebased {
        plan: replay.out,
        applied: replay.applied,
        conflicts: replay.conflicts,
    }
}

struct Replay<'a> {
    /// The plan as the user saw it, edit by edit.
    mine: Plan,
    /// The server's plan with the edits that fit.
    out: Plan,
    applied: Vec<Edit>,
    conflicts: Vec<Conflict>,
    actor: &'a Actor,
    at: DateTime<Utc>,
}

impl Replay<'_> {
    fn one(&mut self, edit: &Edit) {
        let text = text_target(edit);
        let before = text
            .as_ref()
            .and_then(|(item, field)| field_text(&self.mine, *item, field));
        let title_before = edit_item(edit).and_then(|item| item_title(&self.mine, item));
        let on_mine = apply_logged(&mut self.mine, edit.clone(), self.actor, self.at);
        let item = on_mine
            .as_ref()
            .ok()
            .and_then(|(applied, _)| applied.item)
            .or_else(|| edit_item(edit));
        let place = Place {
            kind: edit.kind(),
            item,
            title: title_before.or_else(|| item.and_then(|i| item_title(&self.mine, i))),
            field: edit
                .field()
                .or_else(|| text.as_ref().map(|(_, field)| field.clone())),
        };
        let Some((field_item, field)) = text else {
            return self.try_apply(edit.clone(), &place, edit_text(edit));
        };
        let theirs = field_text(&self.out, field_item, &field);
        let after = field_text(&self.mine, field_item, &field);
        let mine_text = after.clone().or_else(|| edit_text(edit));
        match (before, theirs, after) {
            // The text is as the user saw it: the edit fits as made.
            (Some(before), Some(theirs), _) if before == theirs => {
                self.try_apply(edit.clone(), &place, mine_text)
            }
            (Some(before), Some(theirs), Some(after)) => {
                let moved = own_splice(edit, &before, &after)
                    .and_then(|mine| move_past(mine, &before, &theirs));
                if let Some((at, delete, insert)) = moved {
                    let splice = Edit::SpliceText {
                        item: field_item,
                        field: field.clone(),
                        at,
                        delete,
                        insert,
                    };
                    if self.apply_out(splice) {
                        return;
                    }
                }
                // The two changes touch: the user's whole text, the other one kept in words.
                let set = Edit::SetField {
                    item: field_item,
                    field,
                    value: serde_json::Value::String(after.clone()),
                };
                match self.apply_quiet(set) {
                    Ok(()) => self.conflict(&place, Some(after), Why::TheirTextReplaced { theirs }),
                    Err(err) => self.conflict(&place, Some(after), Why::Refused(err)),
                }
            }
            // The field's item is gone on the server (or the user's copy was not the
            // base): the model decides, and says why when it refuses.
            _ => self.try_apply(edit.clone(), &place, mine_text),
        }
    }

    /// Applies `edit` to the result; a refusal is a conflict that keeps `text`.
    fn try_apply(&mut self, edit: Edit, place: &Place, text: Option<String>) {
        if let Err(err) = self.apply_quiet(edit) {
            self.conflict(place, text, Why::Refused(err));
        }
    }

    /// Whether `edit` landed on the result.
    fn apply_out(&mut self, edit: Edit) -> bool {
        self.apply_quiet(edit).is_ok()
    }

    /// Applies `edit` to the result. "No change" is no conflict: the server has it already.
    fn apply_quiet(&mut self, edit: Edit) -> Result<(), EditError> {
        match apply_logged(&mut self.out, edit.clone(), self.actor, self.at) {
            Ok(_) => {
                self.applied.push(edit);
                Ok(())
            }
            Err(EditError::NoChange) => Ok(()),
            Err(err) => Err(err),
        }
    }

    /// Records a conflict; a later one on the same item and field replaces it (a run of
    /// keystrokes into a removed goal is one conflict, holding the latest text).
    fn conflict(&mut self, place: &Place, text: Option<String>, why: Why) {
        let conflict = Conflict {
            kind: place.kind,
            item: place.item,
            title: place.title.clone(),
            field: place.field.clone(),
            text,
            why,
        };
        let same = self
            .conflicts
            .iter_mut()
            .find(|c| c.item == conflict.item && c.field == conflict.field);
        match same {
            Some(earlier) => {
                let theirs = match (&earlier.why, &conflict.why) {
                    // The other person's text as it first was replaced is what they wrote.
                    (Why::TheirTextReplaced { theirs }, Why::TheirTextReplaced { .. }) => {
                        Some(theirs.clone())
                    }
                    _ => None,
                };
                let text = conflict.text.clone().or_else(|| earlier.text.clone());
                *earlier = Conflict { text, ..conflict };
                if let Some(theirs) = theirs {
                    earlier.why = Why::TheirTextReplaced { theirs };
                }
            }
            None => self.conflicts.push(conflict),
        }
    }
}

/// Where an edit was made, for the words of a conflict.
struct Place {
    kind: EditKind,
    item: Option<ItemRef>,
    title: Option<String>,
    field: Option<String>,
}

/// The text field a splice changes (also inside a batch: an undone typing run).
fn text_target(edit: &Edit) -> Option<(Option<ItemRef>, String)> {
    match edit {
        Edit::SpliceText { item, field, .. } => Some((*item, field.clone())),
        Edit::Batch { edits } => edits.iter().find_map(text_target),
        _ => None,
    }
}

/// The item a field edit names (other edits name theirs through `apply`).
fn edit_item(edit: &Edit) -> Option<ItemRef> {
    match edit {
        Edit::SetField { item, .. } | Edit::SpliceText { item, .. } => *item,
        Edit::Batch { edits } => edits.iter().find_map(edit_item),
        _ => None,
    }
}

/// The user's text an edit carries, for one that has no text field to read it from.
fn edit_text(edit: &Edit) -> Option<String> {
    let joined = |a: &str, b: &str| {
        let parts: Vec<&str> = [a, b].into_iter().filter(|s| !s.is_empty()).collect();
        (!parts.is_empty()).then(|| parts.join("\n\n"))
    };
    match edit {
        Edit::SetField {
            value: serde_json::Value::String(text),
            ..
        } => Some(text.clone()),
        Edit::SpliceText { insert, .. } if !insert.is_empty() => Some(insert.clone()),
        Edit::SetTitle { title } => Some(title.clone()),
        Edit::SetOwnWords { text, .. } => Some(text.clone()),
        Edit::AddGoal { goal, .. } | Edit::UpdateGoal { goal } => {
            joined(&goal.title, &goal.description)
        }
        Edit::AddIntervention { intervention, .. } | Edit::UpdateIntervention { intervention } => {
            joined(&intervention.title, &intervention.description)
        }
        Edit::AddComment { comment, .. } => Some(comment.text.clone()),
        _ => None,
    }
}

/// An item's title (a person's name) in `plan`.
fn item_title(plan: &Plan, item: ItemRef) -> Option<String> {
    match item {
        ItemRef::Goal(id) => plan.goal(id).map(|g| g.title.clone()),
        ItemRef::Intervention(id) => plan.intervention(id).map(|i| i.title.clone()),
        ItemRef::Person(id) => plan.person(id).map(|p| p.name.clone()),
        _ => None,
    }
    .filter(|title| !title.trim().is_empty())
}

/// The user's change to the text as one splice of `before`: the edit's own for a splice
/// (it says where the caret was), else the one between the texts.
fn own_splice(edit: &Edit, before: &str, after: &str) -> Option<(usize, usize, String)> {
    match edit {
        Edit::SpliceText {
            at, delete, insert, ..
        } => Some((*at, *delete, insert.clone())),
        _ => splice_between(before, after),
    }
}

/// Moves the user's splice of `before` onto `theirs` (`before` as another person changed
/// it), when the two changes do not touch: before theirs it stays, after theirs it shifts
/// by what they added or removed. None when they touch or overlap (two inserts at one
/// place included: which comes first would be a guess).
fn move_past(
    (at, delete, insert): (usize, usize, String),
    before: &str,
    theirs: &str,
) -> Option<(usize, usize, String)> {
    let (their_at, their_delete, their_insert) = splice_between(before, theirs)?;
    let my_end = at.checked_add(delete)?;
    let their_end = their_at.checked_add(their_delete)?;
    if my_end < their_at || (my_end == their_at && at < their_at) {
        return Some((at, delete, insert));
    }
    if at > their_end || (at == their_end && their_at < their_end) {
        let shifted = at
            .checked_sub(their_delete)?
            .checked_add(utf16_len(&their_insert))?;
        return Some((shifted, delete, insert));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::move_past;

    #[test]
    fn a_splice_before_or_after_the_other_change_moves_with_it() {
        // They appended " i Aarhus"; I fixed the first word.
        let before = "Arbejde på lager";
        let theirs = "Arbejde på lager i Aarhus";
        assert_eq!(
            move_past((0, 7, "Job".into()), before, theirs),
            Some((0, 7, "Job".into()))
        );
        // They replaced the first word; I appended at the end.
        let theirs = "Job på lager";
        assert_eq!(
            move_past((16, 0, "!".into()), before, theirs),
            Some((12, 0, "!".into()))
        );
        // Both at the same place: no guess.
        assert_eq!(
            move_past((16, 0, "?".into()), before, "Arbejde på lager!"),
            None
        );
        assert_eq!(
            move_past((11, 5, "hal".into()), before, "Arbejde på lagre"),
            None
        );
    }
}
