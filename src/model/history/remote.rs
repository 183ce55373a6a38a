//! Keeping undo to this user's own edits when another person's changes arrive
//! ([`History::rebase_remote`](super::History::rebase_remote)).
//!
//! The undo stack holds inverse edits, each made for the plan as it was when this user
//! edited. When the plan moves on under them (`old` → `new`, someone else's edits), each
//! stored inverse is brought onto `new`, walking a stack in the order undo would apply it
//! (newest step first, a batch in its order), so every inverse meets the text it will
//! really meet:
//!
//! - a **splice** into a text the other person changed moves past their change: text they
//!   inserted before it shifts it, text they deleted before it shifts it back, text they
//!   inserted inside the span it deletes splits it in two (theirs stays), and text of mine
//!   they deleted is no longer deleted (a splice that has nothing left to do is dropped).
//!   At a tie (both insert at one point), their text comes first. The change is found as
//!   the one splice between the field's old and new text, at each step anew, so one
//!   remote keystroke is exact and a larger change is treated as touching everything
//!   between its ends (undo then leaves a little more of mine rather than any of theirs);
//! - a **set field** (or a whole-item or plan-header edit) whose field (item) the other
//!   person changed is dropped: undo would otherwise put back my old value over theirs.
//!   From then on, older steps on that field (item) are dropped too, since they were made
//!   for a value that is no longer there;
//! - anything on an item they **removed** is dropped, and so is removing (undoing my add
//!   of) an item they have since hung something on: a rating, a link, a comment;
//! - "changed by … at …" (`RestoreStamp`) is restored only while the item still carries
//!   my stamp: if they changed it since, they changed it last.
//!
//! A step that keeps none of its content is *overtaken*: undo (or redo) reports it with
//! [`EditError::ChangedSince`] (or `NotFound` for a removed item) and moves on to the next.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::super::apply::{field_value, version_state};
use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::plan::{ItemRef, Plan};
use super::super::splice::{apply_splice, splice_between, utf16_len};
use crate::model::agreement::Target;

/// A field of the plan (`None`) or of an item, by its path in the plan format.
type Key = (Option<ItemRef>, String);

/// How one field compares between the two plans, in the frame the walk has reached.
#[derive(Debug, Clone)]
enum Track {
    /// The other person did not change it: stored edits apply as they are.
    Same,
    /// A text they changed: the field's text as this history expects it (`old`) and as it
    /// is (`new`), each with the inverses walked so far applied.
    Text { old: String, new: String },
    /// Changed beyond following (not a text, or an edit on it was dropped): every further
    /// edit on it is dropped, for this reason.
    Overtaken(EditError),
}

/// One walk over one stack (undo or redo), from the current plan downwards.
pub(super) struct Walk<'a> {
    old: &'a Plan,
    new: &'a Plan,
    fields: HashMap<Key, Track>,
    /// Items an item-level edit was dropped on, with the reason.
    items: HashMap<ItemRef, EditError>,
    items_checked: HashSet<ItemRef>,
    /// Fields an edit was dropped on: fields inside them (or holding them) are overtaken
    /// too (`scale` and `scale.more`).
    overtaken: Vec<(Key, EditError)>,
    /// Whether each item still carries the stamp it had (cached: a typing run holds a
    /// stamp to restore per keystroke).
    stamps: HashMap<ItemRef, bool>,
    version_changed: Option<bool>,
}

/// What the walk made of one step.
pub(super) struct Rebased {
    pub edit: Edit,
    /// Why the step lost some (or, when `edit` has no content left, all) of its parts.
    pub dropped: Option<EditError>,
}

impl<'a> Walk<'a> {
    pub fn new(old: &'a Plan, new: &'a Plan) -> Self {
        Walk {
            old,
            new,
            fields: HashMap::new(),
            items: HashMap::new(),
            items_checked: HashSet::new(),
            overtaken: Vec::new(),
            stamps: HashMap::new(),
            version_changed: None,
        }
    }

    /// One step's inverse, brought onto the new plan.
    pub fn step(&mut self, edit: Edit) -> Rebased {
        let mut dropped = None;
        let mut out = Vec::new();
        self.edit(edit, &mut out, &mut dropped);
        let edit = match out.len() {
            1 => out.pop().unwrap_or(Edit::Batch { edits: vec![] }),
            _ => Edit::Batch { edits: out },
        };
        Rebased { edit, dropped }
    }

    fn edit(&mut self, edit: Edit, out: &mut Vec<Edit>, dropped: &mut Option<EditError>) {
        let mut drop = |reason: EditError| {
            dropped.get_or_insert(reason);
        };
        match edit {
            Edit::Batch { edits } => {
                let mut inner = Vec::new();
                for edit in edits {
                    self.edit(edit, &mut inner, dropped);
                }
                if !inner.is_empty() {
                    out.push(Edit::Batch { edits: inner });
                }
            }
            Edit::SpliceText {
                item,
                field,
                at,
                delete,
                insert,
            } => {
                let key = (item, field);
                match self.splice(&key, at, delete, &insert) {
                    // The other person removed all I typed: nothing of mine is left.
                    Ok(pieces) if pieces.is_empty() => drop(changed(item, &key.1)),
                    Ok(pieces) => out.extend(pieces.into_iter().map(|(at, delete, insert)| {
                        Edit::SpliceText {
                            item,
                            field: key.1.clone(),
                            at,
                            delete,
                            insert,
                        }
                    })),
                    Err(reason) => drop(reason),
                }
            }
            Edit::SetField { item, field, value } => {
                let key = (item, field);
                match self.track(&key) {
                    Track::Same => out.push(Edit::SetField {
                        item,
                        field: key.1,
                        value,
                    }),
                    Track::Overtaken(reason) => drop(reason),
                    Track::Text { .. } => drop(self.overtake(key)),
                }
            }
            Edit::RestoreStamp { item, by, at } => {
                // Not content: dropped without a reason when someone else changed the
                // item since (their stamp is the true one).
                let (old, new) = (self.old, self.new);
                let unchanged = *self.stamps.entry(item).or_insert_with(|| {
                    let stamp = |plan| {
                        (
                            field_value(plan, Some(item), "updated_by"),
                            field_value(plan, Some(item), "updated_at"),
                        )
                    };
                    let (old, new) = (stamp(old), stamp(new));
                    old == new && new.0.is_some()
                });
                if unchanged && !self.items.contains_key(&item) {
                    out.push(Edit::RestoreStamp { item, by, at });
                }
            }
            edit => match self.whole(&edit) {
                Ok(()) => out.push(edit),
                Err(reason) => drop(reason),
            },
        }
    }

    /// The field's track, found on first use (where the walk's frame still equals the
    /// current plans for this field, since no earlier inverse touched it).
    fn track(&mut self, key: &Key) -> Track {
        if let Some(track) = self.fields.get(key) {
            return track.clone();
        }
        let nested = self
            .overtaken
            .iter()
            .find(|(other, _)| overlaps(key, other))
            .map(|(_, reason)| reason);
        let track = match key.0.and_then(|item| self.items.get(&item)).or(nested) {
            Some(reason) => Track::Overtaken(reason.clone()),
            None => self.compare(key),
        };
        match &track {
            Track::Overtaken(reason) => self.overtake_for(key.clone(), reason.clone()),
            _ => {
                self.fields.insert(key.clone(), track.clone());
            }
        }
        track
    }

    fn compare(&self, (item, path): &Key) -> Track {
        let (old, new) = (
            field_value(self.old, *item, path),
            field_value(self.new, *item, path),
        );
        match (old, new) {
            (old, new) if old == new => Track::Same,
            (Some(_), None) | (None, None) => Track::Overtaken(gone(*item, path)),
            (Some(old), Some(new)) => match (as_text(old), as_text(new)) {
                (Some(old), Some(new)) => Track::Text { old, new },
                _ => Track::Overtaken(changed(*item, path)),
            },
            (None, Some(_)) => Track::Overtaken(changed(*item, path)),
        }
    }

    /// Marks the field as overtaken (its dropped edit leaves it differing from what older
    /// steps expect) and returns the reason.
    fn overtake(&mut self, key: Key) -> EditError {
        let reason = changed(key.0, &key.1);
        self.overtake_for(key, reason.clone());
        reason
    }

    fn overtake_for(&mut self, key: Key, reason: EditError) {
        for (other, track) in self.fields.iter_mut() {
            if overlaps(&key, other) {
                *track = Track::Overtaken(reason.clone());
            }
        }
        self.fields
            .insert(key.clone(), Track::Overtaken(reason.clone()));
        self.overtaken.push((key, reason));
    }

    /// One stored splice moved past the other person's change to that text: the splices
    /// that replace it (none when nothing of it is left), in the order they apply.
    fn splice(
        &mut self,
        key: &Key,
        at: usize,
        delete: usize,
        insert: &str,
    ) -> Result<Vec<(usize, usize, String)>, EditError> {
        let (old, new) = match self.track(key) {
            Track::Same => return Ok(vec![(at, delete, insert.to_string())]),
            Track::Overtaken(reason) => return Err(reason),
            Track::Text { old, new } => (old, new),
        };
        let Some((ra, rd, rins)) = splice_between(&old, &new) else {
            return Ok(vec![(at, delete, insert.to_string())]);
        };
        let pieces = transform((at, delete, insert), (ra, rd, utf16_len(&rins)));
        // The frame after this inverse, on both sides. A splice that does not fit means
        // this history and the plans disagree: stop following the field.
        let old = apply_splice(&old, at, delete, insert).map(|(text, _)| text);
        let new = pieces.iter().try_fold(new, |text, (at, delete, insert)| {
            apply_splice(&text, *at, *delete, insert).map(|(text, _)| text)
        });
        let (Some(old), Some(new)) = (old, new) else {
            return Err(self.overtake(key.clone()));
        };
        let track = if old == new {
            Track::Same
        } else {
            Track::Text { old, new }
        };
        self.fields.insert(key.clone(), track);
        Ok(pieces)
    }

    /// An edit on whole items, the plan header or the version: kept only when the other
    /// person changed none of what it writes.
    fn whole(&mut self, edit: &Edit) -> Result<(), EditError> {
        for part in parts(edit) {
            match part {
                Part::Field(path) => {
                    let key = (None, path);
                    match self.track(&key) {
                        Track::Same => {}
                        Track::Overtaken(reason) => return Err(reason),
                        Track::Text { .. } => return Err(self.overtake(key)),
                    }
                }
                Part::Item(item) => self.item(item)?,
                Part::Removal(item) => {
                    self.item(item)?;
                    if hung_on(self.old, item) != hung_on(self.new, item) {
                        let reason = EditError::ChangedSince {
                            item: Some(item),
                            field: None,
                        };
                        self.items.insert(item, reason.clone());
                        return Err(reason);
                    }
                }
                Part::Version => {
                    let (old, new) = (self.old, self.new);
                    if *self
                        .version_changed
                        .get_or_insert_with(|| version_state(old) != version_state(new))
                    {
                        return Err(changed(None, "version"));
                    }
                }
            }
        }
        Ok(())
    }

    fn item(&mut self, item: ItemRef) -> Result<(), EditError> {
        if let Some(reason) = self.items.get(&item) {
            return Err(reason.clone());
        }
        if !self.items_checked.insert(item) {
            return Ok(());
        }
        let (old, new) = (item_json(self.old, item), item_json(self.new, item));
        if old == new {
            return Ok(());
        }
        let reason = match (old, new) {
            (Some(_), None) => not_found(item),
            _ => EditError::ChangedSince {
                item: Some(item),
                field: None,
            },
        };
        // Older steps on any field of it were made for the item as it was.
        for (key, track) in self.fields.iter_mut() {
            if key.0 == Some(item) {
                *track = Track::Overtaken(reason.clone());
            }
        }
        self.items.insert(item, reason.clone());
        Err(reason)
    }
}

/// Whether two fields of one owner are the same or one holds the other.
fn overlaps((item, path): &Key, (other_item, other): &Key) -> bool {
    let inside = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|rest| rest.starts_with('.'));
    item == other_item && (path == other || inside(path, other) || inside(other, path))
}

/// Whether an edit changes anything a user sees: a step left with only stamps to restore
/// has nothing to undo.
pub(super) fn has_content(edit: &Edit) -> bool {
    match edit {
        Edit::Batch { edits } => edits.iter().any(has_content),
        Edit::RestoreStamp { .. } => false,
        _ => true,
    }
}

/// My splice `(at, delete, insert)`, made on a text, moved onto that text after the other
/// person's change `(ra, rd, rl)` (deleting `rd` at `ra`, inserting `rl` code units):
/// the survivors of my deleted span, right piece first so the left one's offset holds,
/// with my insert at the start of what is left of my span.
fn transform(
    (at, delete, insert): (usize, usize, &str),
    (ra, rd, rl): (usize, usize, usize),
) -> Vec<(usize, usize, String)> {
    let (us, ue) = (at, at.saturating_add(delete));
    let (rs, re) = (ra, ra.saturating_add(rd));
    let has_left = us < rs;
    let mut pieces = Vec::new();
    if ue > re {
        // The part of my span after theirs, shifted by what they changed.
        let start = us.max(re);
        let mine = if has_left { "" } else { insert };
        pieces.push((start - re + rs + rl, ue - start, mine.to_string()));
    }
    if has_left {
        pieces.push((us, ue.min(rs) - us, insert.to_string()));
    } else if ue <= re {
        // My span lay inside theirs (or we typed at one point): only my insert is left,
        // after their text.
        pieces.push((rs + rl, 0, insert.to_string()));
    }
    pieces.retain(|(_, delete, insert)| *delete > 0 || !insert.is_empty());
    pieces
}

/// What an edit on whole things writes: plan fields, items, the version.
enum Part {
    Field(String),
    Item(ItemRef),
    /// Removing the item, which also removes what hangs on it (see [`hung_on`]).
    Removal(ItemRef),
    Version,
}

fn parts(edit: &Edit) -> Vec<Part> {
    use ItemRef as R;
    use Part::Item;
    match edit {
        Edit::SetTitle { .. } => vec![Part::Field("title".into())],
        Edit::SetOwnWords { field, .. } => {
            vec![Part::Field(format!("citizen.own_words.{}", field.key()))]
        }
        Edit::SetCitizen { .. } => vec![
            Part::Field("citizen.id".into()),
            Part::Field("citizen.name".into()),
        ],
        Edit::AddFamilyMember { member, .. } => vec![Item(R::FamilyMember(member.id))],
        Edit::UpdateFamilyMember { member } => vec![Item(R::FamilyMember(member.id))],
        Edit::RemoveFamilyMember { id } => vec![Part::Removal(R::FamilyMember(*id))],
        Edit::AddPerson { person, .. } | Edit::UpdatePerson { person } => {
            vec![Item(R::Person(person.id))]
        }
        Edit::RemovePerson { id } => vec![Part::Removal(R::Person(*id))],
        Edit::AddGoal { goal, .. } | Edit::UpdateGoal { goal } => vec![Item(R::Goal(goal.id))],
        Edit::RemoveGoal { id } => vec![Part::Removal(R::Goal(*id))],
        Edit::MoveGoal { id, .. } | Edit::SetGoalStatus { id, .. } => vec![Item(R::Goal(*id))],
        Edit::AddRating { rating, .. } => vec![Item(R::Rating(rating.id))],
        Edit::RemoveRating { id } => vec![Item(R::Rating(*id))],
        Edit::AddIntervention { intervention, .. } | Edit::UpdateIntervention { intervention } => {
            vec![Item(R::Intervention(intervention.id))]
        }
        Edit::RemoveIntervention { id } => vec![Part::Removal(R::Intervention(*id))],
        Edit::MoveIntervention { id, .. } | Edit::SetInterventionStatus { id, .. } => {
            vec![Item(R::Intervention(*id))]
        }
        Edit::LinkGoal { intervention, .. }
        | Edit::UnlinkGoal { intervention, .. }
        | Edit::AddDependency { intervention, .. }
        | Edit::RemoveDependency { intervention, .. } => {
            vec![Item(R::Intervention(*intervention))]
        }
        Edit::AddAssessmentEntry { entry, .. } | Edit::UpdateAssessmentEntry { entry } => {
            vec![Item(R::AssessmentEntry(entry.id))]
        }
        Edit::RemoveAssessmentEntry { id } => vec![Part::Removal(R::AssessmentEntry(*id))],
        Edit::AddKnownFact { fact, .. } | Edit::UpdateKnownFact { fact } => {
            vec![Item(R::KnownFact(fact.id))]
        }
        Edit::RemoveKnownFact { id } => vec![Item(R::KnownFact(*id))],
        Edit::SetTargetGroup { .. } => vec![
            Part::Field("target_group.group".into()),
            Part::Field("target_group.reason".into()),
        ],
        Edit::LinkAssessment { goal, .. } | Edit::UnlinkAssessment { goal, .. } => {
            vec![Item(R::Goal(*goal))]
        }
        Edit::AddConsent { consent, .. } | Edit::UpdateConsent { consent } => {
            vec![Item(R::Consent(consent.id))]
        }
        Edit::WithdrawConsent { id, .. } | Edit::RemoveConsent { id } => {
            vec![Item(R::Consent(*id))]
        }
        Edit::AddFollowUp { follow_up, .. } | Edit::UpdateFollowUp { follow_up } => {
            vec![Item(R::FollowUp(follow_up.id))]
        }
        Edit::RemoveFollowUp { id } => vec![Item(R::FollowUp(*id))],
        Edit::SetFollowUpResult { follow_up, .. }
        | Edit::RemoveFollowUpResult { follow_up, .. } => vec![Item(R::FollowUp(*follow_up))],
        Edit::AddComment { comment, .. } => vec![Item(R::Comment(comment.id))],
        Edit::RemoveComment { id } => vec![Item(R::Comment(*id))],
        Edit::SetAgreement { on, .. } => vec![Item(match on {
            Target::Goal(id) => R::Goal(*id),
            Target::Intervention(id) => R::Intervention(*id),
        })],
        Edit::Approve { .. }
        | Edit::RevokeApproval { .. }
        | Edit::StartNewVersion
        | Edit::RestoreVersion { .. } => vec![Part::Version],
        // Handled field by field in `Walk::edit`.
        Edit::SetField { .. }
        | Edit::SpliceText { .. }
        | Edit::RestoreStamp { .. }
        | Edit::Batch { .. } => vec![],
    }
}

/// The item as the plan format writes it, or None when the plan has no such item.
fn item_json(plan: &Plan, item: ItemRef) -> Option<Value> {
    fn find<T: serde::Serialize>(list: &[T], is: impl Fn(&T) -> bool) -> Option<Value> {
        list.iter()
            .find(|x| is(x))
            .and_then(|x| serde_json::to_value(x).ok())
    }
    match item {
        ItemRef::Goal(id) => find(&plan.goals, |x| x.id == id),
        ItemRef::Intervention(id) => find(&plan.interventions, |x| x.id == id),
        ItemRef::Person(id) => find(&plan.people, |x| x.id == id),
        ItemRef::FamilyMember(id) => find(&plan.family, |x| x.id == id),
        ItemRef::Consent(id) => find(&plan.consents, |x| x.id == id),
        ItemRef::FollowUp(id) => find(&plan.follow_ups, |x| x.id == id),
        ItemRef::Rating(id) => find(&plan.ratings, |x| x.id == id),
        ItemRef::Comment(id) => find(&plan.comments, |x| x.id == id),
        ItemRef::AssessmentEntry(id) => find(&plan.assessment, |x| x.id == id),
        ItemRef::KnownFact(id) => find(&plan.known_facts, |x| x.id == id),
    }
}

/// What removing the item also removes or unlinks (its sub-goals, ratings, comments,
/// the links and results that name it): when someone else added to it, undoing my add
/// by removing the item would take theirs too.
fn hung_on(plan: &Plan, item: ItemRef) -> Value {
    let comments_on = |target: Target| {
        plan.comments
            .iter()
            .filter(|c| c.on == target)
            .map(json)
            .collect::<Vec<_>>()
    };
    let ids =
        |ids: Vec<uuid::Uuid>| Value::from(ids.iter().map(|id| id.to_string()).collect::<Vec<_>>());
    match item {
        ItemRef::Goal(id) => Value::from(vec![
            ids(plan.sub_goals(id).map(|g| g.id.0).collect()),
            Value::from(
                plan.ratings
                    .iter()
                    .filter(|r| r.goal == id)
                    .map(json)
                    .collect::<Vec<_>>(),
            ),
            Value::from(comments_on(Target::Goal(id))),
            ids(plan
                .interventions
                .iter()
                .filter(|x| x.goals.contains(&id))
                .map(|x| x.id.0)
                .collect()),
        ]),
        ItemRef::Intervention(id) => Value::from(vec![
            ids(plan
                .interventions
                .iter()
                .filter(|x| x.depends_on.contains(&id))
                .map(|x| x.id.0)
                .collect()),
            Value::from(
                plan.follow_ups
                    .iter()
                    .flat_map(|f| f.results.iter().filter(|r| r.intervention == id))
                    .map(json)
                    .collect::<Vec<_>>(),
            ),
            Value::from(comments_on(Target::Intervention(id))),
        ]),
        ItemRef::Person(id) => ids(plan
            .interventions
            .iter()
            .filter(|x| x.responsible_person == Some(id))
            .map(|x| x.id.0)
            .collect()),
        ItemRef::FamilyMember(id) => ids(plan
            .goals
            .iter()
            .filter(|g| g.member == Some(id))
            .map(|g| g.id.0)
            .collect()),
        ItemRef::AssessmentEntry(id) => ids(plan
            .goals
            .iter()
            .filter(|g| g.assessment.contains(&id))
            .map(|g| g.id.0)
            .collect()),
        ItemRef::Consent(_)
        | ItemRef::FollowUp(_)
        | ItemRef::Rating(_)
        | ItemRef::Comment(_)
        | ItemRef::KnownFact(_) => Value::Null,
    }
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// A text (an absent text is empty), or None for any other value.
fn as_text(value: Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

fn changed(item: Option<ItemRef>, path: &str) -> EditError {
    EditError::ChangedSince {
        item,
        field: Some(path.to_string()),
    }
}

/// The reason for a field whose owner is gone from the new plan.
fn gone(item: Option<ItemRef>, path: &str) -> EditError {
    match item {
        Some(item) => not_found(item),
        None => changed(None, path),
    }
}

fn not_found(item: ItemRef) -> EditError {
    let (kind, id) = match item {
        ItemRef::Goal(id) => (ItemKind::Goal, id.0),
        ItemRef::Intervention(id) => (ItemKind::Intervention, id.0),
        ItemRef::Person(id) => (ItemKind::Person, id.0),
        ItemRef::FamilyMember(id) => (ItemKind::FamilyMember, id.0),
        ItemRef::Consent(id) => (ItemKind::Consent, id.0),
        ItemRef::FollowUp(id) => (ItemKind::FollowUp, id.0),
        ItemRef::Rating(id) => (ItemKind::Rating, id.0),
        ItemRef::Comment(id) => (ItemKind::Comment, id.0),
        ItemRef::AssessmentEntry(id) => (ItemKind::AssessmentEntry, id.0),
        ItemRef::KnownFact(id) => (ItemKind::KnownFact, id.0),
    };
    EditError::NotFound { kind, id }
}

#[cfg(test)]
mod tests {
    use super::transform;

    fn run(text: &str, pieces: &[(usize, usize, String)]) -> String {
        pieces
            .iter()
            .fold(text.to_string(), |text, (at, delete, insert)| {
                super::apply_splice(&text, *at, *delete, insert).unwrap().0
            })
    }

    #[test]
    fn my_deletion_moves_past_their_text_and_never_deletes_it() {
        // I typed "lange " into "Jeg vil gå ture": my inverse deletes it at 11.
        let mine = (11, 6, "");
        // They insert "😊 " at the start: my span shifts right by three code units.
        let text = "😊 Jeg vil gå lange ture";
        assert_eq!(run(text, &transform(mine, (0, 0, 3))), "😊 Jeg vil gå ture");
        // They type "rigtig " inside my word: both halves of mine go, theirs stays.
        let text = "Jeg vil gå larigtig nge ture";
        assert_eq!(
            run(text, &transform(mine, (13, 0, 7))),
            "Jeg vil gå rigtig ture"
        );
        // They delete "nge " out of my word: only "la" is left for me to remove.
        let text = "Jeg vil gå later";
        assert_eq!(run(text, &transform(mine, (13, 4, 0))), "Jeg vil gå ter");
        // They delete all of it and more: nothing is left for me to do.
        assert!(transform(mine, (8, 14, 0)).is_empty());
        // They type at the very end of my span: not mine, kept.
        let text = "Jeg vil gå lange og ture";
        assert_eq!(
            run(text, &transform(mine, (17, 0, 3))),
            "Jeg vil gå og ture"
        );
    }

    #[test]
    fn text_i_deleted_comes_back_after_theirs_at_a_tie() {
        // I deleted "ø" at 1 of "Bøf": my inverse puts it back at 1; they typed "æ" there.
        assert_eq!(run("Bæf", &transform((1, 0, "ø"), (1, 0, 1))), "Bæøf");
        // They deleted the "B" before my caret: mine comes back where their change was.
        assert_eq!(run("f", &transform((1, 0, "ø"), (0, 1, 0))), "øf");
    }
}
