//! The life-area chart's data: latest citizen and professional ratings per life area,
//! as of now or an earlier date, on the Danish samples and on crafted plans.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use chrono::NaiveDate;
use helhedsplan::format::{import_json, samples};
use helhedsplan::model::life_areas::*;
use helhedsplan::model::*;
use model_support::fixtures::{at, date, jonas, mette};

fn sample(name: &str) -> Plan {
    import_json(samples::get(name).unwrap()).unwrap()
}

/// The goal whose title starts with `title`.
fn goal_id(plan: &Plan, title: &str) -> GoalId {
    plan.goals
        .iter()
        .find(|g| g.title.starts_with(title))
        .unwrap_or_else(|| panic!("no goal {title:?}"))
        .id
}

fn area<'a>(areas: &'a [AreaRatings], code: &str) -> &'a AreaRatings {
    areas
        .iter()
        .find(|a| a.code == code)
        .unwrap_or_else(|| panic!("no area {code}"))
}

/// (mean, rated goals) of one voice, for short assertions.
fn figure(area: &AreaRatings, perspective: Perspective) -> Option<(f64, usize)> {
    area.voice(perspective).map(|v| (v.mean(), v.rated_goals()))
}

fn codes(areas: &[AreaRatings]) -> Vec<&str> {
    areas.iter().map(|a| a.code.as_str()).collect()
}

// --- a small plan builder --------------------------------------------------------

fn plan_with(goals: &[(&str, Option<&str>)]) -> (Plan, Vec<GoalId>) {
    let mut plan = Plan::new("Prøveplan");
    let ids = goals
        .iter()
        .map(|(title, area)| {
            let mut g = Goal::new(GoalLevel::Goal, *title, &mette(), at(2, 10));
            g.life_area = area.map(str::to_string);
            let id = g.id;
            plan.goals.push(g);
            id
        })
        .collect();
    (plan, ids)
}

fn rate(plan: &mut Plan, goal: GoalId, on: NaiveDate, value: i8, perspective: Perspective) {
    plan.ratings.push(Rating {
        id: RatingId::new(),
        goal,
        date: on,
        value,
        perspective,
        rated_by: match perspective {
            Perspective::Citizen => mette(),
            Perspective::Professional => jonas(),
        },
        comment: String::new(),
    });
}

use Perspective::{Citizen, Professional};

// --- the samples ---------------------------------------------------------------------

#[test]
fn mor_med_angst_has_one_axis_per_used_area_in_catalogue_order() {
    let plan = sample("mor-med-angst");
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(
        codes(&areas),
        [
            "mentale_funktioner",
            "mobilitet",
            "praktiske_opgaver",
            "arbejde_uddannelse",
            "oekonomi_bolig"
        ]
    );
    // Three goals work on work/education; only "Jeg er i gang med arbejde …" is rated.
    let work = area(&areas, "arbejde_uddannelse");
    assert_eq!(work.goals.len(), 3);
    assert_eq!(figure(work, Citizen), Some((-1.0, 1)));
    assert_eq!(figure(work, Professional), Some((-1.0, 1)));
    assert_eq!(
        work.citizen.as_ref().unwrap().values[0].goal,
        goal_id(&plan, "Jeg er i gang med arbejde")
    );
}

#[test]
fn mor_med_angst_shows_the_latest_rating_of_each_voice() {
    let plan = sample("mor-med-angst");
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    // "Jeg kan klare min angst i hverdagen": citizen −1 then 0, professional −2 then −1.
    let anxiety = area(&areas, "mentale_funktioner");
    assert_eq!(figure(anxiety, Citizen), Some((0.0, 1)));
    assert_eq!(figure(anxiety, Professional), Some((-1.0, 1)));
    assert_eq!(
        anxiety.citizen.as_ref().unwrap().latest_date(),
        date(2025, 11, 25)
    );
    // The bus: citizen +1, professional 0 – the citizen sees more progress.
    let bus = area(&areas, "mobilitet");
    assert_eq!(figure(bus, Citizen), Some((1.0, 1)));
    assert_eq!(figure(bus, Professional), Some((0.0, 1)));
}

#[test]
fn areas_whose_goals_have_no_rating_are_listed_without_figures() {
    let plan = sample("mor-med-angst");
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    for code in ["praktiske_opgaver", "oekonomi_bolig"] {
        let a = area(&areas, code);
        assert!(!a.is_rated(), "{code}");
        assert_eq!(a.citizen, None);
        assert_eq!(a.professional, None);
        assert_eq!(a.goals.len(), 1);
    }
    assert!(any_rated(&areas));
}

#[test]
fn as_of_the_start_shows_the_first_ratings() {
    let plan = sample("mor-med-angst");
    let dates = rating_dates(&plan);
    assert_eq!(dates, [date(2025, 9, 2), date(2025, 11, 25)]);
    assert_eq!(comparison_dates(&plan), [date(2025, 9, 2)]);

    let start = life_area_ratings(&plan, &Catalogue::default_adult(), Some(dates[0]));
    // Same axes as now: the goals decide the axes, the date only the figures.
    assert_eq!(
        codes(&start),
        codes(&life_area_ratings(&plan, &Catalogue::default_adult(), None))
    );
    let anxiety = area(&start, "mentale_funktioner");
    assert_eq!(figure(anxiety, Citizen), Some((-1.0, 1)));
    assert_eq!(figure(anxiety, Professional), Some((-2.0, 1)));
    // The bus was first rated later.
    assert!(!area(&start, "mobilitet").is_rated());
    // As of the newest date, the chart is the same as now.
    assert_eq!(
        life_area_ratings(&plan, &Catalogue::default_adult(), Some(dates[1])),
        life_area_ratings(&plan, &Catalogue::default_adult(), None)
    );
    // Before the first rating nothing is rated.
    let before = life_area_ratings(&plan, &Catalogue::default_adult(), Some(date(2025, 9, 1)));
    assert!(!any_rated(&before));
    assert_eq!(before.len(), 5);
}

/// Every sample against a plain reading of its data: sort each goal's ratings of one
/// voice by date (stable, so the later recorded wins a tie) and take the last.
#[test]
fn every_sample_agrees_with_a_plain_reading_of_its_ratings() {
    for (name, _) in samples::list() {
        let plan = sample(name);
        let catalogue = if *name == "familie-med-barn" {
            Catalogue::children()
        } else {
            Catalogue::default_adult()
        };
        let mut as_ofs = vec![None];
        as_ofs.extend(comparison_dates(&plan).into_iter().map(Some));
        for as_of in as_ofs {
            let areas = life_area_ratings(&plan, &catalogue, as_of);
            // Catalogue order, and every code is a catalogue code in these samples.
            let ranks: Vec<usize> = areas
                .iter()
                .map(|a| {
                    catalogue
                        .life_areas
                        .iter()
                        .position(|c| c.code == a.code)
                        .unwrap_or_else(|| panic!("{name}: {} not in catalogue", a.code))
                })
                .collect();
            assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{name}: order");
            for goal in &plan.goals {
                let Some(code) = goal.life_area.as_deref() else {
                    continue;
                };
                if goal.status == GoalStatus::Cancelled {
                    continue;
                }
                let a = area(&areas, code);
                assert!(a.goals.contains(&goal.id));
                for perspective in [Citizen, Professional] {
                    let mut own: Vec<&Rating> = plan
                        .ratings
                        .iter()
                        .filter(|r| r.goal == goal.id && r.perspective == perspective)
                        .filter(|r| as_of.is_none_or(|d| r.date <= d))
                        .collect();
                    own.sort_by_key(|r| r.date);
                    let expected = own.last().map(|r| r.value);
                    let shown = a
                        .voice(perspective)
                        .and_then(|v| v.values.iter().find(|v| v.goal == goal.id))
                        .map(|v| v.value);
                    assert_eq!(shown, expected, "{name} {as_of:?} {perspective:?} {code}");
                    assert_eq!(
                        latest_rating(&plan, goal.id, perspective, as_of).map(|r| r.value),
                        expected
                    );
                }
            }
        }
    }
}

// --- crafted plans -------------------------------------------------------------------

#[test]
fn citizen_and_professional_ratings_are_never_mixed() {
    let (mut plan, ids) = plan_with(&[("Angst", Some("mentale_funktioner"))]);
    rate(&mut plan, ids[0], date(2026, 1, 10), 2, Citizen);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(figure(&areas[0], Citizen), Some((2.0, 1)));
    assert_eq!(
        areas[0].professional, None,
        "no professional figure from a citizen rating"
    );

    // A newer professional rating does not replace the citizen's.
    rate(&mut plan, ids[0], date(2026, 2, 10), -2, Professional);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(figure(&areas[0], Citizen), Some((2.0, 1)));
    assert_eq!(figure(&areas[0], Professional), Some((-2.0, 1)));
    assert_eq!(
        latest_rating(&plan, ids[0], Citizen, None).unwrap().date,
        date(2026, 1, 10)
    );

    // Only professional ratings: no citizen figure, and no mean across voices anywhere.
    let (mut plan, ids) = plan_with(&[("Bus", Some("mobilitet"))]);
    rate(&mut plan, ids[0], date(2026, 1, 10), -1, Professional);
    rate(&mut plan, ids[0], date(2026, 1, 10), 1, Professional);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(areas[0].citizen, None);
    assert_eq!(
        figure(&areas[0], Professional),
        Some((1.0, 1)),
        "same date: the later recorded wins"
    );
}

#[test]
fn several_goals_in_one_area_give_the_mean_of_each_goals_latest_rating() {
    let (mut plan, ids) = plan_with(&[
        ("Praktik", Some("arbejde_uddannelse")),
        ("Danskprøve", Some("arbejde_uddannelse")),
        ("FGU", Some("arbejde_uddannelse")),
    ]);
    // Goal 1 is rated often; only its latest (+1) counts, once.
    rate(&mut plan, ids[0], date(2026, 1, 1), -2, Citizen);
    rate(&mut plan, ids[0], date(2026, 2, 1), -1, Citizen);
    rate(&mut plan, ids[0], date(2026, 3, 1), 1, Citizen);
    rate(&mut plan, ids[1], date(2026, 1, 1), -2, Citizen);
    // Goal 3 is not rated by the citizen: it is not counted as 0.
    rate(&mut plan, ids[2], date(2026, 1, 1), 2, Professional);

    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(areas.len(), 1);
    let work = &areas[0];
    assert_eq!(work.goals, ids);
    assert_eq!(figure(work, Citizen), Some((-0.5, 2)));
    assert_eq!(figure(work, Professional), Some((2.0, 1)));
    let citizen = work.citizen.as_ref().unwrap();
    assert_eq!(
        citizen
            .values
            .iter()
            .map(|v| (v.goal, v.value, v.date))
            .collect::<Vec<_>>(),
        [
            (ids[0], 1, date(2026, 3, 1)),
            (ids[1], -2, date(2026, 1, 1))
        ]
    );
    assert_eq!(citizen.latest_date(), date(2026, 3, 1));

    // As of February: goal 1 was at −1 then.
    let feb = life_area_ratings(&plan, &Catalogue::default_adult(), Some(date(2026, 2, 15)));
    assert_eq!(figure(&feb[0], Citizen), Some((-1.5, 2)));
    assert_eq!(
        comparison_dates(&plan),
        [date(2026, 1, 1), date(2026, 2, 1)]
    );
}

#[test]
fn ratings_recorded_out_of_date_order_still_give_the_latest_date() {
    let (mut plan, ids) = plan_with(&[("Angst", Some("mentale_funktioner"))]);
    rate(&mut plan, ids[0], date(2026, 5, 1), 1, Citizen);
    // Entered afterwards, about an earlier meeting.
    rate(&mut plan, ids[0], date(2026, 3, 1), -2, Citizen);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(figure(&areas[0], Citizen), Some((1.0, 1)));
    let march = life_area_ratings(&plan, &Catalogue::default_adult(), Some(date(2026, 4, 1)));
    assert_eq!(figure(&march[0], Citizen), Some((-2.0, 1)));
    assert_eq!(rating_dates(&plan), [date(2026, 3, 1), date(2026, 5, 1)]);
}

#[test]
fn catalogue_order_first_then_unknown_codes_in_plan_order() {
    let (plan, _) = plan_with(&[
        ("Egen kode", Some("kommunens_eget_omraade")),
        ("Arbejde", Some("arbejde_uddannelse")),
        ("Uden område", None),
        ("Tomt område", Some("  ")),
        ("Anden kode", Some("andet")),
        ("Angst", Some("mentale_funktioner")),
        ("Mere arbejde", Some("arbejde_uddannelse")),
    ]);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(
        codes(&areas),
        [
            "mentale_funktioner",
            "arbejde_uddannelse",
            "kommunens_eget_omraade",
            "andet"
        ]
    );
    assert_eq!(area(&areas, "arbejde_uddannelse").goals.len(), 2);
    assert!(!any_rated(&areas));
}

#[test]
fn cancelled_goals_and_goals_without_an_area_stay_off_the_chart() {
    let (mut plan, ids) = plan_with(&[
        ("Aktivt", Some("mobilitet")),
        ("Opgivet", Some("mobilitet")),
        ("Kun opgivet", Some("egenomsorg")),
        ("Uden område", None),
    ]);
    plan.goals[1].status = GoalStatus::Cancelled;
    plan.goals[2].status = GoalStatus::Cancelled;
    rate(&mut plan, ids[0], date(2026, 4, 1), 0, Citizen);
    rate(&mut plan, ids[1], date(2026, 1, 1), -2, Citizen);
    rate(&mut plan, ids[2], date(2026, 2, 1), 2, Citizen);
    rate(&mut plan, ids[3], date(2026, 3, 1), 1, Citizen);

    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(codes(&areas), ["mobilitet"]);
    assert_eq!(areas[0].goals, [ids[0]]);
    assert_eq!(figure(&areas[0], Citizen), Some((0.0, 1)));
    // Only the counted goal's date can be compared with (and it is the newest).
    assert_eq!(rating_dates(&plan), [date(2026, 4, 1)]);
    assert!(comparison_dates(&plan).is_empty());
    assert_eq!(
        rated_goals_off_chart(&plan),
        1,
        "the rated goal without an area"
    );
}

#[test]
fn an_empty_plan_has_no_axes_and_nothing_to_compare() {
    let plan = Plan::new("");
    assert!(life_area_ratings(&plan, &Catalogue::default_adult(), None).is_empty());
    assert!(rating_dates(&plan).is_empty());
    assert!(comparison_dates(&plan).is_empty());
    assert_eq!(rated_goals_off_chart(&plan), 0);
}

#[test]
fn a_rating_of_a_goal_that_is_gone_is_ignored() {
    let (mut plan, ids) = plan_with(&[("Angst", Some("mentale_funktioner"))]);
    rate(&mut plan, GoalId::new(), date(2026, 1, 1), 2, Citizen);
    let areas = life_area_ratings(&plan, &Catalogue::default_adult(), None);
    assert_eq!(areas[0].goals, ids);
    assert!(!any_rated(&areas));
    assert!(rating_dates(&plan).is_empty());
}
