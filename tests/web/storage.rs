//! Browser tests for the plan on this device: a save with rule problems loads and lists
//! them, a save that does not parse is kept aside (or, when storage refuses the copy, is not
//! overwritten), "Fjern planen fra denne enhed", two editors with one storage key, and
//! autosave paced by the plan's size.

use helhedsplan::format;
use helhedsplan::model::{Actor, Edit, Plan, Role};
use leptos::prelude::GetUntracked;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, Storage};

use crate::support::*;

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every key in localStorage that starts with `prefix`.
fn keys_starting(prefix: &str) -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn saved_plan(key: &str) -> serde_json::Value {
    let text = storage()
        .get_item(&format!("{key}:plan"))
        .unwrap()
        .unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

fn titles(plan: &serde_json::Value, list: &str) -> Vec<String> {
    plan[list]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|g| g["title"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn button_labelled(root: &Element, aria_label: &str) -> HtmlElement {
    root.query_selector(&format!("button[aria-label=\"{aria_label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button labelled {aria_label:?}"))
        .unchecked_into()
}

/// Opens the file menu ("Gem, hent og udskriv").
async fn open_menu(root: &Element) {
    let summary: HtmlElement = root
        .query_selector(".hp-menu > summary")
        .unwrap()
        .expect("the file menu")
        .unchecked_into();
    summary.click();
    tick().await;
}

#[wasm_bindgen_test]
async fn a_save_with_rule_problems_loads_and_lists_them_with_a_way_to_each() {
    let (el, key) = host("lenient-restore");
    // Edits by two people can leave these behind: a title cleared to rewrite it, an end
    // moved before the start.
    let mut plan = sample_plan("mor-med-angst");
    plan.goals[0].title = String::new();
    let period = &mut plan.interventions[0].period;
    period.start = Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    period.end = Some(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    let intervention = plan.interventions[0].title.clone();
    let goals = plan.goals.len();
    storage()
        .set_item(&format!("{key}:plan"), &format::export_json(&plan))
        .unwrap();

    let handle = mount(&el, &key);
    tick().await;

    assert_eq!(plan_of(&handle)["goals"].as_array().unwrap().len(), goals);
    assert_eq!(plan_of(&handle)["id"], plan.id.to_string());
    let panel = el
        .query_selector(".hp-problems")
        .unwrap()
        .expect("the list of things to fix");
    let said = text(&panel);
    assert!(said.contains("2 ting i planen skal rettes"), "{said}");
    assert!(
        said.contains("Et mål uden titel — Titlen mangler."),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "Indsatsen \u{201c}{intervention}\u{201d} — Slutdatoen ligger før startdatoen."
        )),
        "{said}"
    );
    // Nothing was set aside: the save is the plan.
    assert!(keys_starting(&format!("{key}:corrupt:")).is_empty());

    button_labelled(&el, "Gå dertil: Et mål uden titel").click();
    next_frame().await;
    assert_eq!(
        handle.state().nav.section.get_untracked(),
        helhedsplan::ui::Section::Goals
    );

    // Fixed: the list goes away.
    let mut fixed = handle.state().plan.get_untracked();
    fixed.goals[0].title = "Have det godt".into();
    fixed.interventions[0].period.end = None;
    handle.state().replace_plan(fixed);
    tick().await;
    assert!(el.query_selector(".hp-problems").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_kept_copy_is_listed_with_its_date_and_can_be_deleted() {
    let (el, key) = host("kept-copies");
    storage()
        .set_item(
            &format!("{key}:plan"),
            "{\"schema_version\": 1, \"title\": ",
        )
        .unwrap();
    let _handle = mount(&el, &key);
    tick().await;
    let alert = text(&el.query_selector(".hp-notice").unwrap().unwrap());
    assert!(alert.contains("Gemte kopier på denne enhed"), "{alert}");

    open_menu(&el).await;
    let list = el
        .query_selector(".hp-kept-copies")
        .unwrap()
        .expect("the kept copies");
    let said = text(&list);
    let today = helhedsplan::i18n::Lang::Da.format_date(chrono::Local::now().date_naive());
    assert!(
        said.contains(&format!("Plan, der ikke kunne læses, fra {today} kl.")),
        "{said}"
    );
    let copy = keys_starting(&format!("{key}:corrupt:"));
    assert_eq!(copy.len(), 1);

    button_by_text(&list, "Slet").click();
    tick().await;
    assert_eq!(
        keys_starting(&format!("{key}:corrupt:")).len(),
        1,
        "asks first"
    );
    button_by_text(&list, "Ja, slet kopien").click();
    tick().await;
    assert!(keys_starting(&format!("{key}:corrupt:")).is_empty());
    assert!(el.query_selector(".hp-kept-copies").unwrap().is_none());
}

/// A stand-in for `Storage.prototype.setItem`.
type SetItem = Closure<dyn Fn(String, String) -> Result<(), JsValue>>;

/// Replaces `Storage.prototype.setItem` (no `eval`): writes to keys containing `refused`
/// throw as a full storage does; others go through. Returns the original, to put back.
fn refuse_writes_to(refused: &'static str) -> (JsValue, SetItem) {
    let prototype = js_sys::Reflect::get(
        &js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap(),
        &"prototype".into(),
    )
    .unwrap();
    let original = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap();
    let through: js_sys::Function = original.clone().unchecked_into();
    let patched = SetItem::new(move |key: String, value: String| {
        if key.contains(refused) {
            return Err(js_sys::Error::new("QuotaExceededError: the storage is full").into());
        }
        through
            .call2(&storage(), &key.into(), &value.into())
            .map(|_| ())
    });
    js_sys::Reflect::set(&prototype, &"setItem".into(), patched.as_ref()).unwrap();
    (original, patched)
}

fn put_back_set_item(original: &JsValue) {
    let prototype = js_sys::Reflect::get(
        &js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap(),
        &"prototype".into(),
    )
    .unwrap();
    js_sys::Reflect::set(&prototype, &"setItem".into(), original).unwrap();
}

#[wasm_bindgen_test]
async fn when_the_copy_is_refused_the_unreadable_save_is_not_overwritten() {
    let (el, key) = host("copy-refused");
    let unreadable = "{\"schema_version\": 1, \"title\": \"Min plan\", ";
    storage()
        .set_item(&format!("{key}:plan"), unreadable)
        .unwrap();

    let (original, _patched) = refuse_writes_to(":corrupt:");
    let handle = mount(&el, &key);
    tick().await;
    put_back_set_item(&original);
    type_into(&field_by_label(&el, "Planens titel"), "Ny plan");
    tick().await;

    assert_eq!(
        storage()
            .get_item(&format!("{key}:plan"))
            .unwrap()
            .as_deref(),
        Some(unreadable),
        "typing does not save over the save that could not be read"
    );
    let notice = text(
        &el.query_selector(".hp-unreadable-save")
            .unwrap()
            .expect("a notice"),
    );
    assert!(
        notice.contains("Den gemte plan kunne ikke læses"),
        "{notice}"
    );
    assert!(notice.contains("gemmer ikke"), "{notice}");
    button_by_text(&el, "Hent den gemte plan som fil");
    let status = el
        .query_selector("[data-state=held]")
        .unwrap()
        .expect("the save status says it is not saving");
    assert!(text(&status).contains("Planen bliver ikke gemt"));

    // The user chooses to save again: the typed plan is written.
    button_by_text(&el, "Begynd at gemme igen").click();
    tick().await;
    assert_eq!(saved_plan(&key)["title"], "Ny plan");
    assert_eq!(plan_of(&handle)["title"], "Ny plan");
    assert!(el.query_selector(".hp-unreadable-save").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn removing_the_plan_from_the_device_deletes_its_keys_and_starts_empty() {
    let (el, key) = host("remove-device");
    // Another editor's namespace that begins with ours is not ours to delete.
    let neighbour = format!("{key}:other:plan");
    storage().set_item(&neighbour, "{}").unwrap();
    storage()
        .set_item(&format!("{key}:corrupt:2026-01-02T03:04:05.000Z"), "x")
        .unwrap();
    // A plan kept aside when the host's plan replaced it goes too.
    storage()
        .set_item(&format!("{key}:kept:2026-01-03T03:04:05.000Z"), "{}")
        .unwrap();
    let handle = mount(&el, &key);
    tick().await;
    type_into(&field_by_label(&el, "Dit navn"), "Sara");
    type_into(&field_by_label(&el, "Planens titel"), "Saras plan");
    tick().await;
    assert_eq!(saved_plan(&key)["title"], "Saras plan");
    assert!(keys_starting(&format!("{key}:writer")).len() == 1);

    open_menu(&el).await;
    button_by_text(&el, "Fjern planen fra denne enhed").click();
    tick().await;
    assert_eq!(saved_plan(&key)["title"], "Saras plan", "asks first");
    button_by_text(&el, "Ja, fjern planen").click();
    tick().await;
    next_frame().await;

    let left: Vec<String> = keys_starting(&key)
        .into_iter()
        .filter(|k| *k != neighbour)
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(storage().get_item(&neighbour).unwrap().is_some());
    assert_eq!(plan_of(&handle)["title"], "");
    assert_eq!(handle.state().host.actor.get_untracked().name, "");
    assert!(text(&el).contains("Planen er fjernet fra denne enhed."));
    assert!(
        !text(&el).contains("Gemt på denne computer"),
        "nothing is saved on this device now"
    );

    // The next edit saves again, as usual.
    type_into(&field_by_label(&el, "Planens titel"), "Ny plan");
    tick().await;
    assert_eq!(saved_plan(&key)["title"], "Ny plan");
    assert!(text(&el).contains("Gemt på denne computer"));
    storage().remove_item(&neighbour).unwrap();
}

fn add_goal(handle: &helhedsplan::platform::EditorHandle, title: &str) {
    let goal = helhedsplan::model::Goal::new(
        helhedsplan::model::GoalLevel::Overall,
        title,
        &Actor {
            role: Role::Citizen,
            name: String::new(),
        },
        chrono::Utc::now(),
    );
    handle
        .state()
        .edit(Edit::AddGoal {
            goal,
            position: None,
        })
        .unwrap();
}

/// The "add a goal" form, found by its heading.
fn add_goal_form(root: &Element) -> Element {
    all(root, "h3")
        .into_iter()
        .find(|h| text(h).trim() == "Tilføj et mål")
        .and_then(|h| h.closest("form").unwrap())
        .expect("the add-a-goal form")
}

fn goal_titles(handle: &helhedsplan::platform::EditorHandle) -> Vec<String> {
    titles(&plan_of(handle), "goals")
}

#[wasm_bindgen_test]
async fn two_editors_with_one_key_follow_each_other_and_keep_both_goals() {
    let (first, key) = host("two-editors");
    let (second, _) = host("two-editors-b");
    let a = mount(&first, &key);
    let b = mount(&second, &key);
    tick().await;

    open_section(&first, "Mål").await;
    let form = add_goal_form(&first);
    type_into(&field_by_label(&form, "Målet i én sætning *"), "Sove bedre");
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    assert!(
        wait_for(|| goal_titles(&b) == ["Sove bedre"]).await,
        "the second editor follows: {:?}",
        goal_titles(&b)
    );

    open_section(&second, "Mål").await;
    let form = add_goal_form(&second);
    type_into(
        &field_by_label(&form, "Målet i én sætning *"),
        "Finde et arbejde",
    );
    tick().await;
    button_by_text(&form, "Tilføj mål").click();
    tick().await;
    let both = ["Sove bedre", "Finde et arbejde"];
    assert!(
        wait_for(|| goal_titles(&a) == both).await,
        "the first editor follows: {:?}",
        goal_titles(&a)
    );
    assert_eq!(goal_titles(&b), both);
    assert_eq!(titles(&saved_plan(&key), "goals"), both);
    assert!(
        text(&first).contains("Finde et arbejde"),
        "shown in the first editor"
    );
}

/// The race: the second editor adds a goal before it has heard of the first one's save.
/// Its save finds a newer revision, so it takes that plan and replays its own edit on it.
#[wasm_bindgen_test]
async fn an_edit_made_before_the_other_save_arrives_is_replayed_not_saved_over_it() {
    let (first, key) = host("race");
    let (second, _) = host("race-b");
    let a = mount(&first, &key);
    let b = mount(&second, &key);
    tick().await;

    // Same task: no message can arrive in between.
    add_goal(&a, "Sove bedre");
    add_goal(&b, "Finde et arbejde");
    tick().await;

    let both = ["Sove bedre", "Finde et arbejde"];
    assert!(
        wait_for(|| titles(&saved_plan(&key), "goals") == both).await,
        "storage: {:?}",
        titles(&saved_plan(&key), "goals")
    );
    assert!(wait_for(|| goal_titles(&a) == both && goal_titles(&b) == both).await);
}

/// A plan with few items but a long change log is as costly to write as a plan with many
/// items: it is saved once edits pause, not on every keystroke.
#[wasm_bindgen_test]
async fn a_plan_with_a_long_change_log_is_saved_after_a_pause() {
    let (el, key) = host("autosave-long-log");
    let mut plan = Plan::new("Lang log");
    let actor = Actor {
        role: Role::Citizen,
        name: "Sara".into(),
    };
    // Two seconds apart: separate edits, not one typing run (which the log folds); fewer
    // than the log keeps before it compacts (`model::change_log`).
    let start = chrono::Utc::now() - chrono::Duration::hours(1);
    for i in 0..1300 {
        helhedsplan::model::apply(
            &mut plan,
            Edit::SetTitle {
                title: format!("Lang log {i}"),
            },
            &actor,
            start + chrono::Duration::seconds(2 * i),
        )
        .unwrap();
    }
    assert!(plan.goals.is_empty() && plan.interventions.is_empty());
    assert!(format::export_json(&plan).len() > 200_000);
    let handle = mount_plan(&el, &key, plan);
    tick().await;
    handle
        .state()
        .edit(Edit::SetTitle {
            title: "Ny titel".into(),
        })
        .unwrap();
    tick().await;
    assert_ne!(
        saved_plan(&key)["title"],
        "Ny titel",
        "not on the keystroke"
    );
    assert!(wait_for(|| saved_plan(&key)["title"] == "Ny titel").await);
}
