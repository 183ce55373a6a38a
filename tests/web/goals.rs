//! Browser tests for the goals section: adding goals in three levels, editing, status,
//! ordering, removing with undo, progress rated from two perspectives side by side, and
//! the citizen's agreement.

use helhedsplan::model::{Actor, ApprovalRole, Edit, Goal, GoalLevel, Plan, Role};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::support::*;

const WORK: &str = "Jeg vil have et arbejde, hvor jeg kan være noget for andre";
const SLEEP: &str = "Jeg vil sove bedre om natten";
const TITLE_LABEL: &str = "Målet i én sætning *";

/// Waits for the next animation frames (focus moves after rendering).
async fn frames() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    tick().await;
}

fn headings(root: &Element, tag: &str) -> Vec<Element> {
    let list = root.query_selector_all(tag).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into::<Element>())
        .collect()
}

/// The card of the goal with this title, found by its heading as a reader would.
fn card(root: &Element, title: &str) -> Element {
    headings(root, "h4")
        .into_iter()
        .find(|h| text(h).trim().ends_with(title))
        .and_then(|h| h.closest("article").unwrap())
        .unwrap_or_else(|| panic!("no goal card {title:?}"))
}

/// The "add a goal" form, found by its heading.
fn add_form(root: &Element) -> Element {
    headings(root, "h3")
        .into_iter()
        .find(|h| text(h).trim() == "Tilføj et mål")
        .and_then(|h| h.closest("form").unwrap())
        .expect("the add-a-goal form")
}

/// Opens a disclosure (`<details>`) by clicking its summary text.
async fn open(root: &Element, summary: &str) {
    let summaries = root.query_selector_all("summary").unwrap();
    let found = (0..summaries.length())
        .map(|i| summaries.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|s| text(s).trim().starts_with(summary))
        .unwrap_or_else(|| panic!("no disclosure {summary:?}"));
    found.click();
    tick().await;
    tick().await;
}

fn button_labelled(root: &Element, aria_label: &str) -> HtmlElement {
    root.query_selector(&format!("button[aria-label=\"{aria_label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button labelled {aria_label:?}"))
        .unchecked_into()
}

fn announcement(root: &Element) -> String {
    text(
        &root
            .query_selector("[role=status][aria-live]")
            .unwrap()
            .unwrap(),
    )
}

fn value_of(control: &Element) -> String {
    control.unchecked_ref::<HtmlInputElement>().value()
}

/// Mounts an editor (the citizen writes by default) and opens "Mål".
async fn on_goals(name: &str) -> (HtmlElement, helhedsplan::platform::EditorHandle) {
    let (el, key) = host(name);
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Mål").await;
    (el, handle)
}

async fn switch_role(el: &Element, role: &str) {
    choose(&field_by_label(el, "Hvem skriver?"), role);
    tick().await;
}

/// Adds a goal through the form: title, and optionally kind and life area.
async fn add(el: &Element, title: &str, level: Option<&str>, area: Option<&str>) {
    let form = add_form(el);
    if let Some(level) = level {
        choose(&field_by_label(&form, "Hvilken slags mål?"), level);
        tick().await;
    }
    if let Some(area) = area {
        choose(&field_by_label(&form, "Livsområde"), area);
        tick().await;
    }
    type_into(&field_by_label(&form, TITLE_LABEL), title);
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
}

fn goals(handle: &helhedsplan::platform::EditorHandle) -> Vec<serde_json::Value> {
    plan_of(handle)
        .get("goals")
        .and_then(|g| g.as_array().cloned())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_citizen_adds_a_goal_in_own_words_and_focus_moves_to_it() {
    let (el, handle) = on_goals("goal-add").await;
    assert!(text(&el).contains("Der er ingen mål endnu."));
    // "Who put it into words" follows the role: the citizen.
    let form = add_form(&el);
    assert_eq!(
        value_of(&field_by_label(&form, "Hvem har formuleret målet?")),
        "citizen"
    );

    add(&el, WORK, None, Some("arbejde_uddannelse")).await;

    let goals = goals(&handle);
    assert_eq!(goals.len(), 1);
    let goal = &goals[0];
    assert_eq!(goal["title"], WORK);
    assert_eq!(goal["level"], "goal");
    assert_eq!(goal["life_area"], "arbejde_uddannelse");
    assert_eq!(goal["expressed_by"], "citizen");
    assert_eq!(goal["created_by"]["role"], "citizen");
    assert_eq!(goal["status"], "proposed");

    // Grouped under its life area, the level in words, marked as the citizen's words.
    let group_headings: Vec<String> = headings(&el, "h3").iter().map(text).collect();
    assert!(
        group_headings
            .iter()
            .any(|h| h.contains("Arbejde og uddannelse")),
        "{group_headings:?}"
    );
    let work = card(&el, WORK);
    let shown = text(&work);
    assert!(shown.contains("Mål"), "{shown}");
    assert!(shown.contains("Dine egne ord"), "{shown}");
    assert!(shown.contains("Foreslået"), "{shown}");
    assert!(announcement(&el).contains("er tilføjet"));

    // Focus is on the new goal's title, in its opened edit form; the add form is empty.
    frames().await;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active, field_by_label(&work, TITLE_LABEL));
    assert_eq!(value_of(&field_by_label(&add_form(&el), TITLE_LABEL)), "");
}

#[wasm_bindgen_test]
async fn an_empty_title_shows_an_error_and_adds_nothing() {
    let (el, handle) = on_goals("goal-empty").await;
    let form = add_form(&el);
    type_into(&field_by_label(&form, TITLE_LABEL), "   ");
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    assert!(goals(&handle).is_empty());
    assert!(text(&form).contains("Skriv målet, før du tilføjer det."));
    let title = field_by_label(&form, TITLE_LABEL);
    assert_eq!(title.get_attribute("aria-invalid").as_deref(), Some("true"));
    frames().await;
    assert_eq!(document().active_element(), Some(title.clone()));

    // Typing clears the error; then the goal is added.
    type_into(&title, SLEEP);
    tick().await;
    assert!(!text(&form).contains("Skriv målet, før du tilføjer det."));
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    assert_eq!(goals(&handle).len(), 1);
    // A goal without a life area sits in its own group.
    assert!(headings(&el, "h3")
        .iter()
        .any(|h| text(h).contains("Uden livsområde")));
}

#[wasm_bindgen_test]
async fn editing_the_title_description_and_status_reaches_the_model() {
    let (el, handle) = on_goals("goal-edit").await;
    switch_role(&el, "caseworker").await;
    add(&el, "Finde ud af hvad jeg kan", None, None).await;
    assert_eq!(goals(&handle)[0]["expressed_by"], "caseworker");
    let goal = card(&el, "Finde ud af hvad jeg kan");
    assert!(!text(&goal).contains("Borgerens egne ord"));

    // The edit form is open after adding.
    type_into(&field_by_label(&goal, TITLE_LABEL), WORK);
    tick().await;
    assert_eq!(goals(&handle)[0]["title"], WORK);
    let goal = card(&el, WORK);

    type_into(
        &field_by_label(&goal, "Mere om målet (frivillig)"),
        "Gerne i en børnehave eller på et plejehjem.",
    );
    tick().await;
    assert_eq!(
        goals(&handle)[0]["description"],
        "Gerne i en børnehave eller på et plejehjem."
    );

    choose(&field_by_label(&goal, "Status"), "active");
    tick().await;
    assert_eq!(goals(&handle)[0]["status"], "active");
    assert!(text(&card(&el, WORK)).contains("I gang"));

    // Said together: the citizen's words are not claimed for either side alone.
    choose(
        &field_by_label(&goal, "Hvem har formuleret målet?"),
        "jointly",
    );
    tick().await;
    assert_eq!(goals(&handle)[0]["expressed_by"], "jointly");
    // Marked as the citizen's words once the citizen put it into words.
    choose(
        &field_by_label(&goal, "Hvem har formuleret målet?"),
        "citizen",
    );
    tick().await;
    assert!(text(&card(&el, WORK)).contains("Borgerens egne ord"));

    // The scale in own words shows up in the rating choices.
    open(&goal, "Beskriv trinene med egne ord").await;
    type_into(
        &field_by_label(&goal, "+1: Lidt mere end forventet"),
        "Jeg er i praktik to dage om ugen",
    );
    tick().await;
    assert_eq!(
        goals(&handle)[0]["scale"]["more"],
        "Jeg er i praktik to dage om ugen"
    );
}

#[wasm_bindgen_test]
async fn a_sub_goal_is_added_under_its_goal_and_shown_nested() {
    let (el, handle) = on_goals("goal-sub").await;
    add(&el, "Et godt liv med mine børn", Some("overall"), None).await;
    add(&el, WORK, None, Some("arbejde_uddannelse")).await;

    // A goal under the overall goal, via the form's "belongs under".
    let overall_id = goals(&handle)[0]["id"].as_str().unwrap().to_string();
    let work_id = goals(&handle)[1]["id"].as_str().unwrap().to_string();
    let work = card(&el, WORK);
    choose(&field_by_label(&work, "Hører under"), &overall_id);
    tick().await;
    assert_eq!(goals(&handle)[1]["parent"], overall_id.as_str());

    // "Add a sub-goal" on the goal's card prepares the form and moves focus to it.
    button_labelled(&card(&el, WORK), &format!("Tilføj delmål: {WORK}")).click();
    tick().await;
    frames().await;
    let form = add_form(&el);
    let title = field_by_label(&form, TITLE_LABEL);
    assert_eq!(document().active_element(), Some(title.clone()));
    assert_eq!(
        value_of(&field_by_label(&form, "Hvilken slags mål?")),
        "sub_goal"
    );
    type_into(&title, "Tale med jobcentret om praktik");
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;

    let goals = goals(&handle);
    let sub = &goals[2];
    assert_eq!(sub["level"], "sub_goal");
    assert_eq!(sub["parent"], work_id.as_str());
    assert_eq!(sub["life_area"], "arbejde_uddannelse");

    // Shown inside the goal's list item, with its level in words.
    let sub_card = card(&el, "Tale med jobcentret om praktik");
    assert!(text(&sub_card).contains("Delmål"));
    let parent_item = sub_card
        .parent_element()
        .unwrap()
        .parent_element()
        .unwrap()
        .closest("li")
        .unwrap()
        .unwrap();
    assert!(parent_item.contains(Some(&card(&el, WORK))));
    // The goal's parent lives in another life area: named in words.
    assert!(
        text(&card(&el, WORK)).contains("Hører under: Overordnet mål “Et godt liv med mine børn”")
    );

    // A sub-goal needs a goal to belong under.
    let form = add_form(&el);
    choose(&field_by_label(&form, "Hvilken slags mål?"), "sub_goal");
    tick().await;
    choose(&field_by_label(&form, "Hører under"), "");
    tick().await;
    type_into(&field_by_label(&form, TITLE_LABEL), "Noget");
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    assert!(text(&form).contains("Vælg, hvilket mål delmålet hører under."));
    assert_eq!(plan_of(&handle)["goals"].as_array().unwrap().len(), 3);
}

#[wasm_bindgen_test]
async fn goals_move_up_and_down_with_named_buttons() {
    let (el, handle) = on_goals("goal-move").await;
    add(&el, WORK, None, None).await;
    add(&el, SLEEP, None, None).await;
    let order = |handle: &helhedsplan::platform::EditorHandle| {
        goals(handle)
            .iter()
            .map(|g| g["title"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&handle), [WORK, SLEEP]);
    assert!(button_labelled(&el, &format!("Flyt op: {WORK}"))
        .unchecked_ref::<web_sys::HtmlButtonElement>()
        .disabled());

    button_labelled(&el, &format!("Flyt ned: {WORK}")).click();
    tick().await;
    assert_eq!(order(&handle), [SLEEP, WORK]);
    // On screen too: the first card is now the sleep goal.
    let titles: Vec<String> = headings(&el, "h4").iter().map(text).collect();
    let sleep_at = titles.iter().position(|t| t.ends_with(SLEEP)).unwrap();
    let work_at = titles.iter().position(|t| t.ends_with(WORK)).unwrap();
    assert!(sleep_at < work_at, "{titles:?}");
    // Focus stays with the moved goal's buttons (now at the end: "move up"). The editor
    // moves it after rendering; give a busy machine a few frames more before judging.
    let expected = Some(button_labelled(&el, &format!("Flyt op: {WORK}")));
    let focused = || {
        document()
            .active_element()
            .map(|e| e.unchecked_into::<HtmlElement>())
    };
    for _ in 0..10 {
        if focused() == expected {
            break;
        }
        frames().await;
    }
    assert_eq!(focused(), expected);

    button_labelled(&el, &format!("Flyt op: {WORK}")).click();
    tick().await;
    assert_eq!(order(&handle), [WORK, SLEEP]);
    assert!(announcement(&el).contains("flyttet op"));
}

#[wasm_bindgen_test]
async fn removing_asks_first_and_undo_brings_the_goal_back() {
    let (el, handle) = on_goals("goal-remove").await;
    add(&el, WORK, None, None).await;
    add(&el, SLEEP, None, None).await;

    // A goal with sub-goals cannot be removed: the reason is said in words.
    button_labelled(&card(&el, WORK), &format!("Tilføj delmål: {WORK}")).click();
    tick().await;
    let form = add_form(&el);
    type_into(&field_by_label(&form, TITLE_LABEL), "Søge tre job om ugen");
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    button_labelled(&el, &format!("Fjern: {WORK}")).click();
    tick().await;
    assert!(text(&card(&el, WORK)).contains("Målet har 1 delmål. Flyt eller fjern dem først."));
    assert_eq!(goals(&handle).len(), 3);

    // Asking first: nothing is removed until "Fjern" in the question.
    let sleep = card(&el, SLEEP);
    button_labelled(&sleep, &format!("Fjern: {SLEEP}")).click();
    tick().await;
    assert!(text(&sleep).contains("Er du sikker?"));
    assert_eq!(goals(&handle).len(), 3);
    // Focus goes to the question's keep button, so a slip of Enter keeps the goal.
    next_frame().await;
    let confirm = sleep.query_selector(".hp-confirm-inline").unwrap().unwrap();
    let keep = button_by_text(&confirm, "Annullér");
    assert_eq!(document().active_element(), Some(keep.clone().into()));
    // "Annullér" in the question keeps it, and focus returns to the remove button.
    keep.click();
    tick().await;
    next_frame().await;
    assert!(!text(&card(&el, SLEEP)).contains("Er du sikker?"));
    assert_eq!(
        document().active_element(),
        Some(button_labelled(&card(&el, SLEEP), &format!("Fjern: {SLEEP}")).into())
    );

    button_labelled(&card(&el, SLEEP), &format!("Fjern: {SLEEP}")).click();
    tick().await;
    let confirm = card(&el, SLEEP)
        .query_selector(".hp-confirm-inline")
        .unwrap()
        .unwrap();
    button_by_text(&confirm, "Fjern").click();
    tick().await;
    let titles: Vec<String> = goals(&handle)
        .iter()
        .map(|g| g["title"].as_str().unwrap().to_string())
        .collect();
    assert!(!titles.contains(&SLEEP.to_string()), "{titles:?}");
    assert!(!headings(&el, "h4").iter().any(|h| text(h).ends_with(SLEEP)));
    assert!(announcement(&el).contains("er fjernet. Tryk Fortryd for at få det tilbage."));

    // The toolbar's undo restores it.
    let toolbar = el.query_selector("header").unwrap().unwrap();
    button_by_text(&toolbar, "Fortryd").click();
    tick().await;
    assert_eq!(goals(&handle).len(), 3);
    assert!(goals(&handle).iter().any(|g| g["title"] == SLEEP));
    card(&el, SLEEP);
}

#[wasm_bindgen_test]
async fn citizen_and_caseworker_ratings_are_shown_side_by_side() {
    let (el, handle) = on_goals("goal-rate").await;
    add(&el, WORK, None, Some("arbejde_uddannelse")).await;

    // The citizen rates: the form says whose rating it is.
    let work = card(&el, WORK);
    open(&work, "Vurdér, hvordan det går").await;
    assert!(text(&work).contains("Du giver: Borgerens vurdering."));
    // Saving without a step says what is missing.
    button_by_text(&work, "Gem vurdering").click();
    tick().await;
    assert!(text(&work).contains("Vælg et trin på skalaen."));
    field_by_label(&work, "+1 Lidt mere end forventet")
        .unchecked_ref::<HtmlElement>()
        .click();
    tick().await;
    type_into(
        &field_by_label(&work, "Kommentar (frivillig)"),
        "Jeg har været til to samtaler.",
    );
    tick().await;
    button_by_text(&work, "Gem vurdering").click();
    tick().await;

    // The caseworker rates the same goal from their own perspective.
    switch_role(&el, "caseworker").await;
    let work = card(&el, WORK);
    assert!(text(&work).contains("Du giver: Fagpersonens vurdering."));
    field_by_label(&work, "−1 Lidt mindre end forventet")
        .unchecked_ref::<HtmlElement>()
        .click();
    tick().await;
    button_by_text(&work, "Gem vurdering").click();
    tick().await;

    let plan = plan_of(&handle);
    let ratings = plan["ratings"].as_array().unwrap();
    assert_eq!(ratings.len(), 2);
    assert_eq!(ratings[0]["perspective"], "citizen");
    assert_eq!(ratings[0]["value"], 1);
    assert_eq!(ratings[0]["comment"], "Jeg har været til to samtaler.");
    assert_eq!(ratings[0]["rated_by"]["role"], "citizen");
    assert_eq!(ratings[1]["perspective"], "professional");
    assert_eq!(ratings[1]["value"], -1);
    assert_eq!(ratings[1]["rated_by"]["role"], "caseworker");

    // Two columns with headings, each its own latest rating: never merged.
    let sides: Vec<Element> = headings(&work, "h5")
        .into_iter()
        .map(|h| h.closest("[role=group]").unwrap().unwrap())
        .collect();
    assert_eq!(sides.len(), 2);
    let citizen = text(&sides[0]);
    let professional = text(&sides[1]);
    assert!(citizen.starts_with("Borgerens vurdering"), "{citizen}");
    assert!(citizen.contains("+1 Lidt mere end forventet"), "{citizen}");
    assert!(!citizen.contains("−1"), "{citizen}");
    assert!(
        professional.starts_with("Fagpersonens vurdering"),
        "{professional}"
    );
    assert!(
        professional.contains("−1 Lidt mindre end forventet"),
        "{professional}"
    );

    // The history per side, with the comment and who rated.
    open(&sides[0], "Se vurderingen (1)").await;
    let citizen = text(&sides[0]);
    assert!(
        citizen.contains("Kommentar: Jeg har været til to samtaler."),
        "{citizen}"
    );
    assert!(citizen.contains("Vurderet af Borger"), "{citizen}");
    // Only the one who rated may remove a rating.
    assert!(sides[0]
        .query_selector("button[aria-label^=\"Fjern vurderingen\"]")
        .unwrap()
        .is_none());
    open(&sides[1], "Se vurderingen (1)").await;
    sides[1]
        .query_selector("button[aria-label^=\"Fjern vurderingen\"]")
        .unwrap()
        .expect("the caseworker's own rating can be removed")
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
    assert!(text(&sides[1]).contains("Er du sikker på, at du vil fjerne vurderingen?"));
    let confirm = sides[1]
        .query_selector(".hp-confirm-inline")
        .unwrap()
        .unwrap();
    button_by_text(&confirm, "Fjern").click();
    tick().await;
    assert_eq!(plan_of(&handle)["ratings"].as_array().unwrap().len(), 1);
    assert!(text(&card(&el, WORK)).contains("Ingen vurdering endnu."));
}

#[wasm_bindgen_test]
async fn only_the_citizen_sets_agreement() {
    let (el, handle) = on_goals("goal-agree").await;
    switch_role(&el, "caseworker").await;
    add(
        &el,
        "Komme i gang med at motionere",
        None,
        Some("sundhedsforhold"),
    )
    .await;
    let goal = card(&el, "Komme i gang med at motionere");
    open(&goal, "Er borgeren enig?").await;
    let agree = field_by_label(&goal, "Enig");
    assert!(agree.unchecked_ref::<HtmlInputElement>().disabled());
    assert!(text(&goal).contains("Kun borgeren kan svare."));

    switch_role(&el, "citizen").await;
    // The same question, now to her: switching the writer rewords it at once.
    assert!(text(&goal).contains("Er du enig?"));
    assert!(!text(&goal).contains("Er borgeren enig?"));
    let agree = field_by_label(&goal, "Enig");
    assert!(!agree.unchecked_ref::<HtmlInputElement>().disabled());
    agree.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert_eq!(goals(&handle)[0]["citizen_agreement"]["status"], "agrees");
    assert!(text(&card(&el, "Komme i gang med at motionere")).contains("Du er enig"));

    // A comment in the dialogue.
    type_into(
        &field_by_label(&goal, "Ny kommentar"),
        "Jeg vil gerne gå ture med hunden.",
    );
    tick().await;
    button_by_text(&goal, "Tilføj kommentar").click();
    tick().await;
    assert_eq!(
        plan_of(&handle)["comments"][0]["text"],
        "Jeg vil gerne gå ture med hunden."
    );
    assert!(text(&goal).contains("Kommentarer (1)"));
}

#[wasm_bindgen_test]
async fn a_locked_plan_is_read_only() {
    let (el, handle) = on_goals("goal-locked").await;
    let mut plan = Plan::new("Min plan");
    let citizen = Actor::new(Role::Citizen, "Maria");
    let goal = Goal::new(GoalLevel::Goal, WORK, &citizen, chrono::Utc::now());
    helhedsplan::model::apply(
        &mut plan,
        Edit::AddGoal {
            goal,
            position: None,
        },
        &citizen,
        chrono::Utc::now(),
    )
    .unwrap();
    let caseworker = Actor::new(Role::Caseworker, "Jens");
    for (actor, as_role) in [
        (&citizen, ApprovalRole::Citizen),
        (&caseworker, ApprovalRole::Caseworker),
    ] {
        helhedsplan::model::apply(
            &mut plan,
            Edit::Approve { as_role },
            actor,
            chrono::Utc::now(),
        )
        .unwrap();
    }
    assert!(plan.locked);
    handle
        .set_plan_json(&helhedsplan::format::export_json(&plan))
        .unwrap();
    tick().await;
    open_section(&el, "Mål").await;

    let shown = text(&el);
    assert!(shown.contains("Planen er godkendt og låst"), "{shown}");
    assert!(!shown.contains("Tilføj et mål"));
    let work = card(&el, WORK);
    assert!(
        work.query_selector("button").unwrap().is_none() || {
            let buttons = work.query_selector_all(".hp-goal-actions button").unwrap();
            buttons.length() == 0
        }
    );
    assert!(!text(&work).contains("Vurdér, hvordan det går"));
    open(&work, "Se alle oplysninger").await;
    let title = field_by_label(&work, TITLE_LABEL);
    assert!(title.unchecked_ref::<HtmlInputElement>().read_only());
}

/// Issue 10: a goal title cleared to be rewritten is saved as it is, and the plan loads
/// again after a reload (before, the save was refused on load and the editor started empty).
#[wasm_bindgen_test]
async fn a_goal_title_cleared_to_rewrite_it_survives_a_reload() {
    let (el, key) = host("goal-cleared-reload");
    let handle = mount(&el, &key);
    tick().await;
    open_section(&el, "Mål").await;
    add(&el, WORK, None, None).await;
    // The edit form is open after adding.
    let title = field_by_label(&card(&el, WORK), TITLE_LABEL);
    type_into(&title, "");
    tick().await;
    assert_eq!(goals(&handle)[0]["title"], "");
    drop(handle);
    el.remove();

    let (again, _) = host("goal-cleared-reload-2");
    let reloaded = mount(&again, &key);
    tick().await;
    assert_eq!(goals(&reloaded).len(), 1, "{}", text(&again));
    assert!(
        !text(&again).contains("kunne ikke læses"),
        "{}",
        text(&again)
    );
}
