//! Browser tests for what merging another device's changes did: a value of the user's that
//! lost to one written at the same moment is said in words near the top, in a polite live
//! region, and "Brug min værdi" puts it back as an ordinary edit; a repair is said in one
//! sentence and closed with "Luk".

use chrono::{NaiveDate, Utc};
use helhedsplan::model::merge_notice::{LostValue, MergeNotice, Repair};
use helhedsplan::model::{Actor, ApprovalRole, Goal, GoalLevel, ItemRef, Plan, Role};
use serde_json::json;
use wasm_bindgen_test::*;
use web_sys::Element;

use crate::support::*;

const SAID: &str = "Slutdato for målet »Komme i job«: En anden ændrede det samtidig til 1. maj 2027. Din værdi var 1. april 2027.";

/// The date a goal card shows under "Skal være nået".
fn shown_date(root: &Element) -> String {
    all(root, "dt")
        .into_iter()
        .find(|dt| text(dt).trim() == "Skal være nået")
        .and_then(|dt| dt.next_element_sibling())
        .map(|dd| text(&dd).trim().to_string())
        .expect("the goal card shows its date")
}

/// The list of merge notices, found by its heading.
fn notices(root: &Element) -> Option<Element> {
    all(root, "section[aria-labelledby]").into_iter().find(|s| {
        let id = s.get_attribute("aria-labelledby").unwrap_or_default();
        root.query_selector(&format!("#{id}"))
            .unwrap()
            .is_some_and(|h| text(&h).trim() == "Ændret to steder på samme tid")
    })
}

#[wasm_bindgen_test]
async fn a_lost_date_is_told_in_words_and_put_back_with_one_click() {
    let (el, key) = host("merge-notices");
    let actor = Actor::new(Role::Citizen, "Mette");
    let mut plan = Plan::new("Min plan");
    let mut goal = Goal::new(GoalLevel::Goal, "Komme i job", &actor, Utc::now());
    goal.target_date = NaiveDate::from_ymd_opt(2027, 5, 1);
    let id = goal.id;
    plan.goals.push(goal);
    let handle = mount_plan(&el, &key, plan);
    tick().await;
    open_section(&el, "Mål").await;
    assert_eq!(shown_date(&el), "1. maj 2027");
    assert!(notices(&el).is_none(), "no notice before a merge");

    handle.state().tell_merge(vec![
        MergeNotice::Lost(LostValue {
            item: Some(ItemRef::Goal(id)),
            field: "target_date".into(),
            mine: json!("2027-04-01"),
            theirs: json!("2027-05-01"),
        }),
        MergeNotice::Repaired(Repair::ApprovalDropped {
            as_role: ApprovalRole::Citizen,
        }),
    ]);
    tick().await;

    let list = notices(&el).expect("the notices are shown");
    let live = list.parent_element().expect("inside the live region");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(text(&list).contains(SAID), "said in words: {}", text(&list));
    assert!(text(&list).contains("Den første godkendelse gælder."));

    let use_mine = button_by_text(&list, "Brug min værdi");
    let described = use_mine
        .get_attribute("aria-describedby")
        .expect("the button says which value");
    let description = el
        .query_selector(&format!("#{described}"))
        .unwrap()
        .expect("its description");
    assert_eq!(text(&description), SAID);

    use_mine.click();
    tick().await;
    assert_eq!(
        plan_of(&handle)["goals"][0]["target_date"],
        json!("2027-04-01"),
        "the user's value is back in the plan"
    );
    assert_eq!(shown_date(&el), "1. april 2027", "and on screen");
    let list = notices(&el).expect("the repair notice stays");
    assert!(
        !text(&list).contains("Slutdato"),
        "the lost value is told no more"
    );
    assert!(
        text(&el).contains("Din værdi er sat ind igen."),
        "announced"
    );

    // An ordinary edit: undo gives the other value back.
    handle.state().undo();
    tick().await;
    assert_eq!(shown_date(&el), "1. maj 2027");

    button_by_text(&list, "Luk").click();
    tick().await;
    assert!(notices(&el).is_none(), "closed");
    el.remove();
}
