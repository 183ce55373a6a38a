//! Browser tests: the life-area chart on the overview. The expected figures are worked
//! out here from the plan's own goals and ratings (not by the model's chart code), then
//! compared with what the chart and its table show.

use chrono::NaiveDate;
use helhedsplan::model::{
    Catalogue, Edit, Goal, GoalLevel, GoalStatus, Perspective, Plan, Rating, RatingId,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

const VOICES: [Perspective; 2] = [Perspective::Citizen, Perspective::Professional];

/// An element's text without the whitespace around it.
fn trimmed_text(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

fn chart(root: &Element) -> Element {
    root.query_selector(".hp-life-areas")
        .unwrap()
        .expect("the life-area chart on the overview")
}

/// The life areas the plan's goals use (cancelled goals aside), in the catalogue's order.
fn expected_areas(plan: &Plan, catalogue: &Catalogue) -> Vec<String> {
    let mut used: Vec<String> = Vec::new();
    for goal in &plan.goals {
        if goal.status == GoalStatus::Cancelled {
            continue;
        }
        if let Some(area) = goal.life_area.clone().filter(|a| !a.is_empty()) {
            if !used.contains(&area) {
                used.push(area);
            }
        }
    }
    let rank = |code: &String| {
        catalogue
            .life_areas
            .iter()
            .position(|a| &a.code == code)
            .unwrap_or(usize::MAX)
    };
    used.sort_by_key(rank);
    used
}

/// One voice's figure for an area as the table should write it: each goal's newest
/// rating (on or before `as_of`), averaged over the area's goals, or "Ingen vurdering".
fn expected_figure(
    plan: &Plan,
    area: &str,
    perspective: Perspective,
    as_of: Option<NaiveDate>,
) -> String {
    let mut values: Vec<i32> = Vec::new();
    for goal in plan
        .goals
        .iter()
        .filter(|g| g.status != GoalStatus::Cancelled && g.life_area.as_deref() == Some(area))
    {
        let mut own: Vec<&Rating> = plan
            .ratings
            .iter()
            .filter(|r| r.goal == goal.id && r.perspective == perspective)
            .filter(|r| as_of.is_none_or(|d| r.date <= d))
            .collect();
        own.sort_by_key(|r| r.date);
        if let Some(r) = own.last() {
            values.push(i32::from(r.value));
        }
    }
    if values.is_empty() {
        return "Ingen vurdering".to_string();
    }
    let sum: i32 = values.iter().sum();
    let tenths = (f64::from(sum) * 10.0 / values.len() as f64).round() as i32;
    let sign = if tenths < 0 {
        "\u{2212}"
    } else if tenths > 0 {
        "+"
    } else {
        ""
    };
    let (whole, part) = (tenths.abs() / 10, tenths.abs() % 10);
    if part == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole},{part}")
    }
}

/// The table's rows as (area, the `.hp-la-value` of each figure cell).
fn table_rows(root: &Element) -> Vec<(String, Vec<String>)> {
    all(&chart(root), ".hp-la-table tbody tr")
        .iter()
        .map(|tr| {
            let name = trimmed_text(&tr.query_selector("th").unwrap().unwrap());
            let values = all(tr, "td .hp-la-value").iter().map(text).collect();
            (name, values)
        })
        .collect()
}

/// The earlier figures under the latest ones, row by row, citizen before professional.
fn earlier_cells(root: &Element) -> Vec<String> {
    all(&chart(root), ".hp-la-table tbody td .hp-la-earlier")
        .iter()
        .map(text)
        .collect()
}

fn header_count(root: &Element) -> usize {
    all(&chart(root), ".hp-la-table thead th").len()
}

/// Opens "Vis som tabel" as a user does: a click on the disclosure's summary.
async fn show_table(root: &Element) {
    let summary: HtmlElement = all(&chart(root), "summary")
        .into_iter()
        .find(|s| trimmed_text(s) == "Vis som tabel")
        .expect("a \"Vis som tabel\" disclosure")
        .unchecked_into();
    summary.click();
    tick().await;
    let details = chart(root).query_selector("details").unwrap().unwrap();
    assert!(details.has_attribute("open"), "the table is shown");
}

fn label_of(catalogue: &Catalogue, code: &str) -> String {
    catalogue.life_area(code).unwrap().label.da.clone()
}

async fn mounted(name: &str, plan: Plan) -> (HtmlElement, helhedsplan::platform::EditorHandle) {
    let (el, key) = host(name);
    let handle = mount_plan(&el, &key, plan);
    tick().await;
    // A plan with content opens on the overview; say so rather than assume it.
    let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
    if trimmed_text(&heading) != "Overblik" {
        open_section(&el, "Overblik").await;
    }
    (el, handle)
}

#[wasm_bindgen_test]
async fn the_chart_has_one_axis_per_life_area_of_the_plans_goals() {
    let plan = sample_plan("mor-med-angst");
    let catalogue = Catalogue::default_adult();
    let expected = expected_areas(&plan, &catalogue);
    assert!(expected.len() >= 3, "the sample uses several life areas");
    let (el, _handle) = mounted("la-axes", plan).await;

    let svg = chart(&el)
        .query_selector("svg.hp-la-svg")
        .unwrap()
        .expect("the chart's SVG");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let name = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(
        name.contains(&format!("{} livsområder", expected.len())),
        "{name}"
    );

    let axes = all(&svg, ".hp-la-axis");
    assert_eq!(axes.len(), expected.len());
    let codes: Vec<String> = axes
        .iter()
        .map(|a| a.get_attribute("data-area").unwrap_or_default())
        .collect();
    assert_eq!(codes, expected);
    // Each axis is named with the catalogue's Danish label.
    for (axis, code) in axes.iter().zip(&expected) {
        let name = trimmed_text(&axis.query_selector(".hp-la-name").unwrap().unwrap());
        let words: String = label_of(&catalogue, code).split_whitespace().collect();
        let shown: String = name.split_whitespace().collect();
        assert!(shown.starts_with(&words), "{shown:?} vs {words:?}");
    }
    // Two voices now, no earlier date yet.
    assert_eq!(all(&svg, ".hp-la-now").len(), 2);
    assert_eq!(all(&svg, ".hp-la-then").len(), 0);
}

#[wasm_bindgen_test]
async fn the_table_shows_each_areas_latest_citizen_and_professional_rating() {
    let plan = sample_plan("mor-med-angst");
    let catalogue = Catalogue::default_adult();
    let expected: Vec<(String, Vec<String>)> = expected_areas(&plan, &catalogue)
        .iter()
        .map(|code| {
            (
                label_of(&catalogue, code),
                VOICES
                    .iter()
                    .map(|p| expected_figure(&plan, code, *p, None))
                    .collect(),
            )
        })
        .collect();
    // The two voices differ somewhere in this sample, so a mix-up would show.
    assert!(expected.iter().any(|(_, v)| v[0] != v[1]));
    let (el, _handle) = mounted("la-table", plan).await;
    show_table(&el).await;

    let headers: Vec<String> = all(&chart(&el), ".hp-la-table thead th")
        .iter()
        .map(text)
        .collect();
    assert_eq!(headers, ["Livsområde", "Borger", "Fagperson"]);
    let caption = chart(&el)
        .query_selector(".hp-la-table caption")
        .unwrap()
        .expect("the table has a caption");
    assert!(!trimmed_text(&caption).is_empty());
    assert_eq!(table_rows(&el), expected);
}

#[wasm_bindgen_test]
async fn choosing_an_earlier_date_adds_its_figures_under_the_latest() {
    let plan = sample_plan("mor-med-angst");
    let catalogue = Catalogue::default_adult();
    let areas = expected_areas(&plan, &catalogue);
    let mut dates: Vec<NaiveDate> = plan.ratings.iter().map(|r| r.date).collect();
    dates.sort();
    dates.dedup();
    let start = dates[0];
    let (el, _handle) = mounted("la-compare", plan.clone()).await;
    show_table(&el).await;
    let before = table_rows(&el);
    assert_eq!(header_count(&el), 3);

    let select = field_by_label(&chart(&el), "Sammenlign med");
    let options: Vec<String> = all(&select, "option").iter().map(text).collect();
    assert_eq!(options[0], "Ingen");
    assert_eq!(options[1], "Start (2. september 2025)");
    assert!(earlier_cells(&el).is_empty());
    choose(&select, &start.to_string());
    tick().await;

    // Under each latest figure, the figure on the chosen date.
    assert_eq!(header_count(&el), 3);
    assert_eq!(table_rows(&el), before, "the latest figures stay");
    let expected: Vec<String> = areas
        .iter()
        .flat_map(|code| {
            VOICES.map(|p| {
                let then = expected_figure(&plan, code, p, Some(start));
                let then = if then == "Ingen vurdering" {
                    "ingen vurdering".to_string()
                } else {
                    then
                };
                format!("Før:\u{a0}{then}")
            })
        })
        .collect();
    assert_eq!(earlier_cells(&el), expected);
    // The sample's start differs from now somewhere, so the comparison shows a change.
    assert!(areas.iter().any(|code| VOICES.iter().any(|p| {
        expected_figure(&plan, code, *p, Some(start)) != expected_figure(&plan, code, *p, None)
    })));
    // The earlier values are drawn too, and the table says which date they are from.
    let svg = chart(&el).query_selector("svg").unwrap().unwrap();
    assert_eq!(all(&svg, ".hp-la-then").len(), 2);
    let caption = trimmed_text(
        &chart(&el)
            .query_selector(".hp-la-table caption")
            .unwrap()
            .unwrap(),
    );
    assert!(caption.contains("2. september 2025"), "{caption}");

    // "Ingen" takes the comparison away again.
    choose(&select, "");
    tick().await;
    assert!(earlier_cells(&el).is_empty());
    assert_eq!(table_rows(&el), before);
    assert_eq!(all(&svg, ".hp-la-then").len(), 0);
}

/// A `keydown` as the browser sends it.
fn press(target: &Element, key: &str) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &JsValue::TRUE).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let event =
        js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"keydown".into(), &init)).unwrap();
    target
        .dispatch_event(event.unchecked_ref::<web_sys::Event>())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_arrow_keys_go_through_the_areas_and_say_their_figures() {
    let plan = sample_plan("mor-med-angst");
    let catalogue = Catalogue::default_adult();
    let areas = expected_areas(&plan, &catalogue);
    let (el, _handle) = mounted("la-keys", plan.clone()).await;

    let figure: HtmlElement = chart(&el)
        .query_selector("figure")
        .unwrap()
        .expect("a figure around the chart")
        .unchecked_into();
    assert_eq!(figure.get_attribute("tabindex").as_deref(), Some("0"));
    let readout_id = figure.get_attribute("aria-describedby").unwrap();
    let readout = chart(&el)
        .query_selector(&format!("#{readout_id}"))
        .unwrap()
        .expect("the readout the figure points at");
    assert_eq!(
        readout.get_attribute("aria-live").as_deref(),
        Some("polite")
    );

    figure.focus().unwrap();
    tick().await;
    let says = |i: usize| {
        let code = &areas[i];
        let figure = |p| expected_figure(&plan, code, p, None).replace("Ingen", "ingen");
        format!(
            "{}. Borgeren: {}. Fagpersonen: {}.",
            label_of(&catalogue, code),
            figure(Perspective::Citizen),
            figure(Perspective::Professional)
        )
    };
    assert_eq!(
        trimmed_text(&readout),
        says(0),
        "focus starts at the first area"
    );
    press(&figure, "ArrowRight");
    tick().await;
    assert_eq!(trimmed_text(&readout), says(1));
    let selected = all(&chart(&el), ".hp-la-axis-selected");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        selected[0].get_attribute("data-area").as_deref(),
        Some(areas[1].as_str())
    );
    press(&figure, "ArrowLeft");
    press(&figure, "ArrowLeft");
    tick().await;
    assert_eq!(
        trimmed_text(&readout),
        says(areas.len() - 1),
        "wraps around"
    );
    press(&figure, "Home");
    tick().await;
    assert_eq!(trimmed_text(&readout), says(0));
}

#[wasm_bindgen_test]
async fn a_new_rating_moves_the_chart_at_once() {
    let mut plan = Plan::new("Prøveplan");
    let actor = helhedsplan::model::Actor::new(helhedsplan::model::Role::Citizen, "Sara");
    let mut goal = Goal::new(
        GoalLevel::Goal,
        "Jeg tager bussen",
        &actor,
        chrono::Utc::now(),
    );
    goal.life_area = Some("mobilitet".into());
    let goal_id = goal.id;
    plan.goals.push(goal);
    let (el, handle) = mounted("la-live", plan).await;

    // No rating yet: a friendly empty state that points to Mål.
    let empty = chart(&el)
        .query_selector(".hp-la-empty")
        .unwrap()
        .expect("the empty state");
    assert!(
        trimmed_text(&empty).starts_with("Der er ingen vurderinger endnu."),
        "{}",
        trimmed_text(&empty)
    );
    assert!(chart(&el).query_selector("svg").unwrap().is_none());

    handle
        .state()
        .edit(Edit::AddRating {
            rating: Rating {
                id: RatingId::new(),
                goal: goal_id,
                date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                value: 1,
                perspective: Perspective::Citizen,
                rated_by: actor.clone(),
                comment: String::new(),
            },
            position: None,
        })
        .expect("the rating is added");
    tick().await;
    assert!(chart(&el).query_selector(".hp-la-empty").unwrap().is_none());
    show_table(&el).await;
    assert_eq!(
        table_rows(&el),
        [(
            "Mobilitet".to_string(),
            vec!["+1".to_string(), "Ingen vurdering".to_string()]
        )]
    );
    // One rating date: nothing earlier to compare with, so no control for it.
    assert!(all(&chart(&el), "select").is_empty());
}

#[wasm_bindgen_test]
async fn the_empty_state_leads_to_the_goals() {
    let mut plan = Plan::new("Prøveplan");
    let actor = helhedsplan::model::Actor::new(helhedsplan::model::Role::Citizen, "Sara");
    plan.goals.push(Goal::new(
        GoalLevel::Goal,
        "Jeg vil have et arbejde",
        &actor,
        chrono::Utc::now(),
    ));
    let (el, _handle) = mounted("la-empty", plan).await;
    let empty = chart(&el)
        .query_selector(".hp-la-empty")
        .unwrap()
        .expect("the empty state");
    assert!(
        trimmed_text(&empty).starts_with("Der er ingen mål med et livsområde endnu."),
        "{}",
        trimmed_text(&empty)
    );
    button_by_text(&empty, "Gå til Mål").click();
    tick().await;
    let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
    assert_eq!(trimmed_text(&heading), "Mål");
}
