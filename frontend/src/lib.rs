//! The browser entry point: hydrate the server-rendered page into the live app.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // `hydrate_lazy` waits for the lazily loaded route chunks before hydrating them.
    leptos::mount::hydrate_lazy(app::App);
}
