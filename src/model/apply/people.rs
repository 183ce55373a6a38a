//! Family members and the people around the citizen (caseworkers, contact persons,
//! network).

use uuid::Uuid;

use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::goal::Goal;
use super::super::ids::{MemberId, PersonId};
use super::super::intervention::Intervention;
use super::super::limits::{LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX};
use super::super::people::{FamilyMember, Person};
use super::super::plan::{ItemRef, Plan};
use super::checks::{check_dates, check_text, q, was};
use super::core::{item_in_list, remove, unlink_each, Item};
use super::Applied;

impl Item for FamilyMember {
    item_in_list!(FamilyMember, family);
    const SETTABLE: &'static [&'static str] =
        &["host_id", "name", "relation", "birth_date", "own_words"];
    fn check(_: &Plan, member: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_text("name", &member.name, was(old, |m| &m.name), NAME_MAX)?;
        check_text(
            "own_words",
            &member.own_words,
            was(old, |m| &m.own_words),
            LONG_TEXT_MAX,
        )?;
        check_dates(member, old)?;
        check_text(
            "host_id",
            &member.host_id,
            was(old, |m| &m.host_id),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "relation",
            &member.relation,
            was(old, |m| &m.relation),
            SHORT_TEXT_MAX,
        )
    }
    fn describe(&self) -> String {
        format!("family member {}", q(&self.name))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddFamilyMember {
            member: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateFamilyMember { member: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveFamilyMember { id: self.id }
    }
}

impl Item for Person {
    item_in_list!(Person, people);
    const SETTABLE: &'static [&'static str] = &[
        "kind",
        "name",
        "unit",
        "contact",
        "contribution",
        "power_of_attorney",
    ];
    fn check(_: &Plan, person: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_dates(person, old)?;
        check_text("name", &person.name, was(old, |p| &p.name), NAME_MAX)?;
        check_text("unit", &person.unit, was(old, |p| &p.unit), SHORT_TEXT_MAX)?;
        check_text(
            "contact",
            &person.contact,
            was(old, |p| &p.contact),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "contribution",
            &person.contribution,
            was(old, |p| &p.contribution),
            LONG_TEXT_MAX,
        )
    }
    fn describe(&self) -> String {
        q(&self.name)
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddPerson {
            person: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdatePerson { person: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemovePerson { id: self.id }
    }
}

/// Also clears the member from goals about them.
pub(super) fn remove_member(plan: &mut Plan, id: MemberId) -> Result<Applied, EditError> {
    remove::<FamilyMember>(plan, id.0, |plan| {
        unlink_each::<Goal>(plan, |g| g.member == Some(id), |g| g.member = None)
    })
}

/// Also clears them as responsible person of interventions.
pub(super) fn remove_person(plan: &mut Plan, id: PersonId) -> Result<Applied, EditError> {
    remove::<Person>(plan, id.0, |plan| {
        unlink_each::<Intervention>(
            plan,
            |x| x.responsible_person == Some(id),
            |x| x.responsible_person = None,
        )
    })
}
