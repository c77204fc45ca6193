//! Where the listed projects are: an SVG drawn on the page (no map tiles, no scripts from
//! elsewhere). Each country with projects is a circle at its place on a plain world grid
//! (equirectangular: longitude across, latitude down), sized by its number of projects and
//! linking to the list of that country's projects.

use leptos::prelude::*;

use crate::i18n::{fill, plural_form, tr, use_i18n};
use crate::model::project_view::{CountryCount, ProjectQuery};
use crate::model::vocab::{COUNTRIES, find};
use crate::routes;

const WIDTH: f32 = 720.0;
const HEIGHT: f32 = 300.0;
/// The map shows latitudes from 60° N to 40° S: where the Forum's partners are.
const NORTH: f32 = 60.0;
const SOUTH: f32 = -40.0;

/// Approximate centres (latitude, longitude) of the countries projects name.
const PLACES: &[(&str, f32, f32)] = &[
    ("VN", 16.0, 107.8),
    ("TH", 15.0, 101.0),
    ("IN", 21.0, 78.0),
    ("ID", -2.5, 118.0),
    ("MY", 3.5, 102.0),
    ("PH", 12.5, 122.5),
    ("SG", 1.35, 103.8),
    ("KH", 12.5, 105.0),
    ("MM", 20.0, 96.0),
    ("LA", 19.0, 102.5),
    ("BD", 23.7, 90.3),
    ("NP", 28.2, 84.0),
    ("LK", 7.8, 80.7),
    ("MN", 46.8, 103.0),
    ("CN", 35.0, 104.0),
    ("KR", 36.5, 127.8),
    ("TW", 23.7, 121.0),
    ("AE", 24.0, 54.0),
    ("SA", 24.0, 45.0),
    ("QA", 25.3, 51.2),
    ("KW", 29.3, 47.6),
    ("OM", 21.0, 57.0),
    ("TR", 39.0, 35.0),
    ("US", 39.0, -98.0),
    ("CA", 56.0, -106.0),
    ("GB", 54.0, -2.0),
    ("FR", 46.5, 2.5),
    ("DE", 51.0, 10.0),
    ("IT", 42.8, 12.5),
    ("ES", 40.2, -3.7),
    ("RU", 56.0, 60.0),
    ("AU", -25.0, 134.0),
    ("BR", -10.0, -52.0),
    ("MX", 23.0, -102.0),
    ("KE", 0.2, 37.9),
    ("NG", 9.1, 8.7),
    ("EG", 26.8, 30.8),
    ("UZ", 41.4, 64.6),
    ("KZ", 48.0, 67.0),
    ("JP", 36.2, 138.3),
];

/// Where `country` is drawn, if the map knows it.
fn point(country: &str) -> Option<(f32, f32)> {
    let &(_, lat, lon) = PLACES.iter().find(|(c, _, _)| *c == country)?;
    let x = (lon + 180.0) / 360.0 * WIDTH;
    let y = (NORTH - lat.clamp(SOUTH, NORTH)) / (NORTH - SOUTH) * HEIGHT;
    Some((x, y))
}

/// A circle's radius: its area grows with the number of projects.
fn radius(projects: u32) -> f32 {
    6.0 + 5.0 * (projects as f32).sqrt()
}

#[component]
pub fn ProjectMap(countries: Vec<CountryCount>, query: ProjectQuery) -> impl IntoView {
    let i18n = use_i18n();
    let ja = move || i18n.locale() == crate::model::Locale::Ja;
    let grid = (1..12)
        .map(|i| {
            let x = i as f32 * WIDTH / 12.0;
            view! { <line x1=x y1="0" x2=x y2=HEIGHT class="map-grid" /> }
        })
        .collect_view();
    let equator = point_y(0.0);
    let points = countries
        .into_iter()
        .filter_map(|c| {
            let (x, y) = point(&c.country)?;
            let term = find(COUNTRIES, &c.country)?;
            let href = routes::projects(&ProjectQuery {
                country: c.country.clone(),
                page: 1,
                ..query.clone()
            });
            let name = move || if ja() { term.ja } else { term.en };
            let label = move || {
                let template = i18n.t().project().projects_map_point;
                fill(
                    &fill(plural_form(template, c.projects == 1), name()),
                    c.projects,
                )
            };
            Some(view! {
                <a href=href aria-label=label>
                    <circle cx=x cy=y r=radius(c.projects) class="map-point" />
                    <text x=x y=y class="map-count" aria-hidden="true">
                        {c.projects}
                    </text>
                    <title>{label}</title>
                </a>
            })
        })
        .collect_view();
    view! {
        <figure class="project-map">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="group"
                aria-labelledby="project-map-caption"
            >
                <rect width=WIDTH height=HEIGHT class="map-sea" />
                {grid}
                <line x1="0" y1=equator x2=WIDTH y2=equator class="map-equator" />
                {points}
            </svg>
            <figcaption id="project-map-caption">
                <strong>{tr(|m| m.project().projects_map)}</strong>
                " "
                <span class="muted small">{tr(|m| m.project().projects_map_hint)}</span>
            </figcaption>
        </figure>
    }
}

fn point_y(lat: f32) -> f32 {
    (NORTH - lat) / (NORTH - SOUTH) * HEIGHT
}
