//! Accepting an invitation: the invitee creates an account in the inviting organization.

use leptos::prelude::*;

use crate::api::invitation::{AcceptInvitation, get_invitation};
use crate::i18n::{fill, tr, use_i18n};
use crate::model::Field;
use crate::model::invitation::InvitationInfo;
use crate::model::{AppError, ConflictKind};
use crate::ui::auth::{enter_on_success, invalid_link, route_token};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{SelectField, action_error, locale_options};
use crate::ui::layout::PageTitle;
use crate::ui::person_fields::{NameFields, NewPasswordFields};

/// The invitation behind the route's link, loading.
pub type InvitationData = Resource<Result<InvitationInfo, AppError>>;

/// Starts loading the invitation in the route (`/invitations/:token`).
pub fn load_invitation() -> InvitationData {
    Resource::new(route_token(), |token| async move {
        get_invitation(token)
            .await
            .map_err(|e| invalid_link(e, ConflictKind::InvitationInvalid))
    })
}

#[component]
pub fn AcceptInvitationPage(data: InvitationData) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let token = route_token();
    let accept = ServerAction::<AcceptInvitation>::new();
    let errors = action_error(accept);
    enter_on_success(accept);
    view! {
        <PageTitle text=|m| m.invite_accept_title />
        <Loaded
            resource=data
            view={move |inv| {
                let org = inv.organization_name.get(i18n.locale()).to_string();
                view! {
                    <p class="page-lead">{move || fill(t().invite_accept_lead, &org)}</p>
                    <ActionForm action=accept attr:class="form">
                        <ActionError error=errors />
                        <input type="hidden" name="form[token]" value=token() />
                        <p>
                            <strong>{tr(|m| m.email)}": "</strong>
                            {inv.email.clone()}
                        </p>
                        <NameFields errors />
                        <SelectField
                            label=|m| m.preferred_language
                            name="form[locale]"
                            field=Field::Locale
                            errors
                            options=locale_options()
                            selected=i18n.locale().as_str()
                        />
                        <NewPasswordFields errors />
                        <div class="form-actions">
                            <button type="submit" class="btn btn-primary">
                                {tr(|m| m.invite_accept_submit)}
                            </button>
                        </div>
                    </ActionForm>
                }
            }}
        />
    }
}
