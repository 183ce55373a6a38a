//! Browser tests: the coherence panel (Sammenhæng) shows the model's findings for a
//! sample plan, counted per rule; a finding's link opens and focuses its item; fixing the
//! cause removes the finding at once, and findings never stop editing.

use chrono::Local;
use helhedsplan::model::coherence::{check, summary};
use helhedsplan::model::{Edit, ItemRef, Plan, Rule};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use crate::support::*;

/// Every sample gives as many findings on screen as the model finds, per rule.
#[wasm_bindgen_test]
async fn the_panel_counts_what_the_model_finds_in_every_sample() {
    for (name, _) in helhedsplan::format::samples::list() {
        let plan = sample_plan(name);
        let findings = check(&plan, Local::now().date_naive());
        assert!(!findings.is_empty(), "{name} has something to look at");
        let (el, key) = host("coherence-counts");
        let _handle = mount_plan(&el, &key, plan);
        open_section(&el, "Sammenhæng").await;
        assert_eq!(all(&el, ".hp-finding").len(), findings.len(), "{name}");
        for (rule, count) in summary(&findings) {
            let shown = all(&el, &format!(".hp-finding[data-rule={}]", rule.code())).len();
            assert_eq!(shown, count, "{name}: {rule:?}");
        }
        let total = el
            .query_selector(".hp-coherence-counts h3")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(
            total.ends_with(&format!("{} ting at se på", findings.len())),
            "{total}"
        );
        el.remove();
    }
}

/// Clicking "Gå til …" on a finding opens the item's section and focuses its card.
#[wasm_bindgen_test]
async fn a_finding_opens_and_focuses_its_item() {
    let plan = sample_plan("mor-med-angst");
    let findings = check(&plan, Local::now().date_naive());
    let (el, key) = host("coherence-open");
    let _handle = mount_plan(&el, &key, plan);

    for (rule, section) in [
        (Rule::EndedButActive, "Indsatser"),
        (Rule::GoalWithoutIntervention, "Mål"),
    ] {
        let finding = findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("the sample has a {rule:?} finding"));
        let expected = match finding.items[0] {
            ItemRef::Intervention(id) => format!("iv-{id}-heading"),
            ItemRef::Goal(id) => format!("goal-{id}-heading"),
            other => panic!("{other:?}"),
        };
        open_section(&el, "Sammenhæng").await;
        let li = all(&el, &format!(".hp-finding[data-rule={}]", rule.code()))
            .into_iter()
            .next()
            .unwrap();
        let link_text = format!("Gå til \u{201c}{}\u{201d}", finding.titles[0]);
        button_by_text(&li, &link_text).click();
        assert!(
            wait_for(|| focused_id().ends_with(&expected)).await,
            "{rule:?}: focus on {expected}, not {}",
            focused_id()
        );
        let heading = el
            .query_selector(".hp-section > h2")
            .unwrap()
            .unwrap()
            .text_content();
        assert_eq!(heading.as_deref(), Some(section));
    }
}

/// An intervention far down a long list (beyond "show more") is still revealed.
#[wasm_bindgen_test]
async fn a_finding_reveals_an_intervention_beyond_the_first_page() {
    let mut plan = sample_plan("ung-efter-psykiatri");
    // 150 coherent copies first, so the one without a goal is card 151.
    let template = plan
        .interventions
        .iter()
        .find(|i| !i.goals.is_empty())
        .unwrap()
        .clone();
    let mut copies: Vec<_> = (0..150)
        .map(|n| {
            let mut copy = template.clone();
            copy.id = helhedsplan::model::InterventionId::new();
            copy.title = format!("Samtale nr. {n}");
            copy.depends_on.clear();
            copy
        })
        .collect();
    let mut lonely = template.clone();
    lonely.id = helhedsplan::model::InterventionId::new();
    lonely.title = "Motion med en frivillig".into();
    lonely.goals.clear();
    lonely.depends_on.clear();
    let lonely_id = lonely.id;
    copies.push(lonely);
    plan.interventions.splice(0..0, copies);
    let (el, key) = host("coherence-reveal");
    let _handle = mount_plan(&el, &key, plan);
    open_section(&el, "Sammenhæng").await;
    let group = el
        .query_selector("[data-rule=intervention_without_goal]")
        .unwrap()
        .expect("the intervention without a goal is found");
    button_by_text(&group, "Gå til \u{201c}Motion med en frivillig\u{201d}").click();
    let expected = format!("iv-{lonely_id}-heading");
    assert!(
        wait_for(|| focused_id().ends_with(&expected)).await,
        "focus: {}",
        focused_id()
    );
}

/// Findings are advice: editing goes on, and fixing the cause clears the finding.
#[wasm_bindgen_test]
async fn fixing_the_cause_clears_the_finding_and_nothing_is_blocked() {
    let plan = sample_plan("mor-med-angst");
    let today = Local::now().date_naive();
    let finding = check(&plan, today)
        .into_iter()
        .find(|f| f.rule == Rule::EndedButActive)
        .unwrap();
    let ItemRef::Intervention(id) = finding.items[0] else {
        panic!()
    };
    let (el, key) = host("coherence-fix");
    let handle = mount_plan(&el, &key, plan.clone());
    open_section(&el, "Sammenhæng").await;
    let before = all(&el, ".hp-finding").len();

    let mut done = plan.intervention(id).unwrap().clone();
    done.status = helhedsplan::model::InterventionStatus::Completed;
    handle
        .state()
        .edit(Edit::UpdateIntervention { intervention: done })
        .expect("findings never block an edit");
    tick().await;
    let after = all(&el, ".hp-finding").len();
    assert!(after < before, "{before} → {after}");
    let still = all(&el, ".hp-finding").iter().any(|li| {
        li.text_content()
            .unwrap_or_default()
            .contains(&finding.titles[0])
    });
    assert!(!still, "the completed intervention is no longer listed");
}

#[wasm_bindgen_test]
async fn a_coherent_plan_says_so() {
    let (el, key) = host("coherence-none");
    let mut plan = Plan::new("Tom plan");
    plan.citizen.name = "Ali Hassan".into();
    let _handle = mount_plan(&el, &key, plan);
    open_section(&el, "Sammenhæng").await;
    assert!(all(&el, ".hp-finding").is_empty());
    let none = el.query_selector(".hp-coherence-none").unwrap().unwrap();
    assert!(none
        .text_content()
        .unwrap()
        .starts_with("Planen hænger sammen"));
    let _ = el.unchecked_ref::<HtmlElement>();
}

/// Sara's mentor (LAB § 167) starts while her home support (serviceloven § 85) still
/// runs: the panel asks the two supporters to agree who does what, under its own
/// heading, and does not call them the same help.
#[wasm_bindgen_test]
async fn mentor_and_home_support_are_shown_as_help_to_coordinate() {
    let (el, key) = host("coherence-coordinate");
    let _handle = mount_plan(&el, &key, sample_plan("mor-med-angst"));
    open_section(&el, "Sammenhæng").await;
    let findings = all(&el, ".hp-finding[data-rule=coordinate_interventions]");
    assert_eq!(findings.len(), 1);
    let said = text(&findings[0]);
    assert!(
        said.contains(
            "\u{201c}Bostøtte hjemme hos Sara\u{201d} (Socialområdet) og \u{201c}Mentor, der følger Sara i praktikken\u{201d} (Beskæftigelse) kører på samme tid"
        ),
        "{said}"
    );
    assert!(
        said.contains("de to, der støtter borgeren, skal aftale, hvem der gør hvad"),
        "{said}"
    );
    assert!(!said.contains("ligner hinanden"), "{said}");
    assert!(
        text(&el).contains("Indsatser, der skal koordineres"),
        "the rule's heading is shown"
    );
    assert!(all(&el, ".hp-finding[data-rule=double_intervention]").is_empty());
}
