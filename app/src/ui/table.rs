//! A data table with translated column headers.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::form::Text;

/// A scrollable table: `headers` become column headers, `children` the body rows.
#[component]
pub fn DataTable(headers: Vec<Text>, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr>
                        {headers
                            .into_iter()
                            .map(|h| view! { <th scope="col">{move || h(i18n.t())}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
