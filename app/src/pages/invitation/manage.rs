//! An organization admin's invitations, a section of the organization page.

use leptos::prelude::*;

use crate::api::invitation::{CreateInvitation, RevokeInvitation, list_invitations};
use crate::i18n::{fill, format_date, tr, use_i18n};
use crate::model::AppError;
use crate::model::Field;
use crate::model::invitation::InvitationSummary;
use crate::model::permissions::INVITABLE_ROLES;
use crate::ui::badges::RoleBadge;
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, SelectField, action_error};

/// The open invitations and the actions on them, created by the page outside any `<Suspense>`.
#[derive(Clone, Copy)]
pub struct InvitationsData {
    create: ServerAction<CreateInvitation>,
    revoke: ServerAction<RevokeInvitation>,
    open: Resource<Result<Vec<InvitationSummary>, AppError>>,
}

impl InvitationsData {
    pub fn load() -> Self {
        let create = ServerAction::<CreateInvitation>::new();
        let revoke = ServerAction::<RevokeInvitation>::new();
        let open = Resource::new(
            move || (create.version().get(), revoke.version().get()),
            |_| list_invitations(),
        );
        Self {
            create,
            revoke,
            open,
        }
    }
}

/// The organization admin's invitations: invite a colleague (the link is shown once, to copy),
/// and the open invitations with their expiry, each revocable.
#[component]
pub fn InvitationsSection(data: InvitationsData) -> impl IntoView {
    let i18n = use_i18n();
    let InvitationsData {
        create,
        revoke,
        open,
    } = data;
    let errors = action_error(create);
    let roles = Signal::derive(move || {
        INVITABLE_ROLES
            .iter()
            .map(|r| (r.as_str().to_string(), i18n.t().role(*r).to_string()))
            .collect()
    });
    view! {
        <section class="stack">
            <h2>{tr(|m| m.invite_section)}</h2>
            <ActionForm action=create attr:class="form">
                <ActionError error=errors />
                <Field
                    label=|m| m.invite_email
                    name="email"
                    field=Field::Email
                    errors
                    input_type="email"
                    required=true
                />
                <SelectField
                    label=|m| m.invite_role
                    name="role"
                    field=Field::Role
                    errors
                    options=roles
                    selected="member"
                />
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.invite_submit)}
                    </button>
                </div>
            </ActionForm>
            {move || {
                create
                    .value()
                    .get()
                    .and_then(Result::ok)
                    .and_then(|inv| inv.link)
                    .map(|link| view! { <CreatedLink link /> })
            }}
            <h3>{tr(|m| m.open_invitations)}</h3>
            <Loaded
                resource=open
                view={move |rows: Vec<InvitationSummary>| {
                    if rows.is_empty() {
                        return view! { <p class="empty-state">{tr(|m| m.no_invitations)}</p> }
                            .into_any();
                    }
                    view! {
                        <ul class="stack">
                            {rows
                                .into_iter()
                                .map(|invitation| view! { <OpenInvitation invitation revoke /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            />
        </section>
    }
}

/// An open invitation: to whom, as what, until when, with its revoke button.
#[component]
fn OpenInvitation(
    invitation: InvitationSummary,
    revoke: ServerAction<RevokeInvitation>,
) -> impl IntoView {
    let i18n = use_i18n();
    let inv = invitation;
    let email = inv.email.clone();
    let expired = inv.expires_at < crate::ui::clock::now_unix();
    view! {
        <li class="cluster">
            <span>{inv.email.clone()}</span>
            <RoleBadge role=inv.role />
            <span class="muted small">
                {tr(|m| m.col_expires)}": " {move || format_date(inv.expires_at, i18n.locale())}
            </span>
            {expired
                .then(|| {
                    view! { <span class="badge badge-suspended">{tr(|m| m.expired)}</span> }
                })}
            <ActionForm action=revoke>
                <input type="hidden" name="id" value=inv.id.to_string() />
                <button
                    type="submit"
                    class="btn btn-secondary btn-small"
                    aria-label=move || fill(i18n.t().revoke_invitation, &email)
                >
                    {tr(|m| m.revoke)}
                </button>
            </ActionForm>
        </li>
    }
}

/// The link of a new invitation, with a button that copies it (through the Clipboard API).
#[component]
fn CreatedLink(link: String) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = link.clone();
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&to_copy);
            copied.set(true);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &to_copy;
    };
    view! {
        <div class="alert alert-success" role="status">
            <p>{tr(|m| m.invite_created)}</p>
            <div class="copy-field">
                <label for="invite-link" class="visually-hidden">
                    {tr(|m| m.invite_link_label)}
                </label>
                <input id="invite-link" type="text" readonly value=link />
                <button type="button" class="btn btn-secondary btn-small" on:click=copy>
                    {tr(|m| m.copy_link)}
                </button>
            </div>
            {move || copied.get().then(|| view! { <p class="small">{tr(|m| m.copied)}</p> })}
        </div>
    }
}
