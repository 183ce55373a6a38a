//! The linked plans register: plans this one replaces or is coordinated with.

use uuid::Uuid;

use super::super::edit::Edit;
use super::super::error::{EditError, ItemKind};
use super::super::limits::{LONG_TEXT_MAX, SHORT_TEXT_MAX};
use super::super::linked_plan::LinkedPlan;
use super::super::plan::{ItemRef, Plan};
use super::checks::{check_dates, check_text, q, was};
use super::core::{item_in_list, Item};

impl Item for LinkedPlan {
    item_in_list!(LinkedPlan, linked_plans);
    const SETTABLE: &'static [&'static str] =
        &["plan_type", "relation", "holder", "period", "note"];
    fn check(_: &Plan, linked: &Self, old: Option<&Self>) -> Result<(), EditError> {
        check_text(
            "plan_type",
            &linked.plan_type,
            was(old, |p| &p.plan_type),
            SHORT_TEXT_MAX,
        )?;
        check_text(
            "holder",
            &linked.holder,
            was(old, |p| &p.holder),
            SHORT_TEXT_MAX,
        )?;
        check_text("note", &linked.note, was(old, |p| &p.note), LONG_TEXT_MAX)?;
        check_dates(linked, old)
    }
    fn describe(&self) -> String {
        format!("linked plan {}", q(&self.plan_type))
    }
    fn add_edit(self, position: Option<usize>) -> Edit {
        Edit::AddLinkedPlan {
            linked_plan: self,
            position,
        }
    }
    fn update_edit(self) -> Edit {
        Edit::UpdateLinkedPlan { linked_plan: self }
    }
    fn remove_edit(&self) -> Edit {
        Edit::RemoveLinkedPlan { id: self.id }
    }
}
