//! Pages over HTTP: unknown addresses are 404 with the app's context, robots keep out of members'
//! pages, public pages describe themselves. (Members' pages are covered by the Playwright journeys:
//! rendering them here, many at once, showed a Leptos streaming hang; see the README.)

use axum::http::StatusCode;

use crate::common::*;

fn html(res: &Response) -> &str {
    res.body.as_str().unwrap_or_default()
}

/// An unknown address is 404, and the not-found page knows who is logged in; an organization
/// that does not exist says so.
async fn what_does_not_exist_says_so(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut member = app.login(MEMBER).await?;
    let res = member.get("/directory/9999").await?;
    assert!(
        html(&res).contains("We could not find what you were looking for."),
        "{}",
        html(&res)
    );
    let res = member.get("/no-such-page").await?;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let page = html(&res);
    assert!(
        page.contains("Log out") && !page.contains("href=\"/login\""),
        "the header of the not-found page shows the logged-in member"
    );
    Ok(())
}

/// Search engines may index the public pages only; each public page describes itself.
async fn robots_and_descriptions(backend: Backend) -> TestResult {
    let app = TestApp::new(backend).await?;
    let mut visitor = app.client();
    let robots = visitor.get("/robots.txt").await?;
    assert_eq!(robots.status, StatusCode::OK);
    let text = html(&robots);
    for members_only in ["/dashboard", "/directory", "/admin", "/invitations/"] {
        assert!(
            text.contains(&format!("Disallow: {members_only}\n")),
            "{members_only}"
        );
    }
    assert!(
        !text.contains("Disallow: /\n"),
        "public pages stay indexable"
    );
    for page in ["/", "/login", "/apply", "/password/forgot"] {
        let res = visitor.get(page).await?;
        assert!(
            html(&res).contains("<meta name=\"description\" content=\""),
            "{page} has a meta description"
        );
    }
    Ok(())
}

/// A name that closes the title and adds a tag appears on the server-rendered page as text only.
/// (Members' pages stream, so their `<title>` is set in the browser; `app::document_title`'s
/// unit test covers the server-rendered title.)
async fn names_are_text_in_server_rendered_pages(backend: Backend) -> TestResult {
    use app::server::db::entity::{organization, user};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = TestApp::new(backend).await?;
    let payload = r#"</title><meta http-equiv="refresh" content="0;url=https://evil.example/">"#;
    let org_id = user::Entity::find()
        .filter(user::Column::Email.eq(ORG_ADMIN))
        .one(&app.db)
        .await?
        .ok_or("no organization admin")?
        .organization_id;
    organization::Entity::update_many()
        .col_expr(organization::Column::NameJa, Expr::value(payload))
        .col_expr(organization::Column::NameEn, Expr::value(payload))
        .filter(organization::Column::Id.eq(org_id))
        .exec(&app.db)
        .await?;
    let mut member = app.login(MEMBER).await?;
    let res = member.get(&format!("/directory/{org_id}")).await?;
    let page = html(&res);
    assert!(
        page.contains("<h1>&lt;/title&gt;&lt;meta http-equiv="),
        "the name is on the page, escaped: {page}"
    );
    assert!(!page.contains(r#"<meta http-equiv="refresh""#), "{page}");
    Ok(())
}

on_both_backends!(
    what_does_not_exist_says_so,
    robots_and_descriptions,
    names_are_text_in_server_rendered_pages,
);
