//! A case's page: what it needs and the condition; the institutions' answers side by side
//! (the submitter chooses one that can accept); a matched institution's own answer form; the
//! submitter's information and withdrawal; the history.

use leptos::prelude::*;

use crate::api::referral::{
    AddReferralInfo, AnswerReferral, ChooseReferralAnswer, WithdrawReferral, get_referral,
};
use crate::i18n::{fill, format_date, format_date_time, joined, term_label, tr, use_i18n};
use crate::model::referral::{AnswerStatus, may_be_chosen};
use crate::model::referral_view::{AnswerView, ReferralView, StepView};
use crate::model::vocab::{COUNTRIES, LANGUAGES, SPECIALTIES};
use crate::model::{Field, ReferralId};
use crate::routes;
use crate::ui::action_button::ActionButton;
use crate::ui::auth::RequireUser;
use crate::ui::badges::RecognitionBadges;
use crate::ui::facts::{Fact, Facts};
use crate::ui::feedback::{ActionError, Loaded};
use crate::ui::form::{Field, SelectField, action_error, choices, count_successes};
use crate::ui::layout::title_text;
use crate::ui::reason_form::ReasonForm;
use leptos_meta::Title;

#[component]
pub fn ReferralPage(id: ReferralId) -> impl IntoView {
    let changed = RwSignal::new(0u32);
    let case = Resource::new(move || (id, changed.get()), |(id, _)| get_referral(id));
    view! {
        <RequireUser let:_user>
            <Loaded resource=case view=move |case| view! { <Case case changed /> } />
        </RequireUser>
        <p>
            <a href=routes::REFERRALS>{tr(|m| m.referral().referral_to_list)}</a>
        </p>
    }
}

#[component]
fn Case(case: ReferralView, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().referral();
    let ReferralView {
        summary: s,
        text,
        earliest,
        latest,
        accompanied,
        answers,
        own_answer,
        history,
        rights,
    } = case;
    let id = s.id;
    let title = move || fill(t().referral_case, id);
    let period = move || {
        let locale = i18n.locale();
        let day = |d: Option<chrono::NaiveDate>| {
            d.and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|d| format_date(d.and_utc().timestamp(), locale))
        };
        match (day(earliest), day(latest)) {
            (None, None) => t().referral_unspecified.to_string(),
            (from, to) => format!("{}〜{}", from.unwrap_or_default(), to.unwrap_or_default()),
        }
    };
    let facts: Vec<Fact> = {
        let (specialty, country, languages) = (s.specialty.clone(), s.country.clone(), s.languages);
        vec![
            (
                |m| m.referral().referral_specialty,
                Box::new(move || term_label(SPECIALTIES, &specialty, i18n.locale())),
            ),
            (
                |m| m.referral().referral_country,
                Box::new(move || term_label(COUNTRIES, &country, i18n.locale())),
            ),
            (
                |m| m.referral().referral_languages,
                Box::new(move || {
                    let locale = i18n.locale();
                    let names = languages.iter().map(|l| term_label(LANGUAGES, l, locale));
                    joined(names, locale)
                }),
            ),
            (|m| m.referral().referral_period, Box::new(period)),
            (
                |m| m.referral().referral_accompanied,
                Box::new(move || {
                    if accompanied {
                        t().referral_accompanied_yes
                    } else {
                        t().referral_accompanied_no
                    }
                    .to_string()
                }),
            ),
        ]
    };
    view! {
        <Title text=title_text(title) />
        <h1>{title}</h1>
        <p class="cluster">
            <span class="badge">{move || t().status(s.status)}</span>
            <span class="badge">{move || t().urgency(s.urgency)}</span>
        </p>
        <Facts facts />
        <section class="stack" aria-labelledby="referral-summary-heading">
            <h2 id="referral-summary-heading">{tr(|m| m.referral().referral_summary)}</h2>
            <p class="reason">{text}</p>
        </section>
        {own_answer
            .filter(|_| rights.answer)
            .map(|answer| view! { <AnswerPanel id answer changed /> })}
        {(!answers.is_empty()).then(|| view! { <Answers answers choose=rights.decide changed /> })}
        {rights.decide.then(|| view! { <SubmitterPanel id changed /> })}
        <History steps=history />
    }
}

/// The answers side by side: the submitter compares them and chooses one that can accept.
#[component]
fn Answers(answers: Vec<AnswerView>, choose: bool, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().referral();
    let pick = ServerAction::<ChooseReferralAnswer>::new();
    view! {
        <section class="stack" aria-labelledby="referral-answers-heading">
            <h2 id="referral-answers-heading">{tr(|m| m.referral().referral_answers)}</h2>
            {choose
                .then(|| {
                    view! { <p class="muted">{tr(|m| m.referral().referral_answers_lead)}</p> }
                })}
            <ul class="card-grid">
                {answers
                    .into_iter()
                    .map(|a| {
                        let name = a.organization.clone();
                        let label = Signal::derive(move || {
                            format!("{} — {}", t().referral_choose, name.get(i18n.locale()))
                        });
                        let may_choose = choose && may_be_chosen(a.status);
                        let earliest = a.earliest;
                        view! {
                            <li class="card stack">
                                <h3 class="card-title">
                                    <a href=routes::organization_profile(
                                        a.organization_id,
                                    )>{move || a.organization.get(i18n.locale()).to_string()}</a>
                                </h3>
                                <p class="cluster">
                                    <span class="badge">{move || t().answer(a.status)}</span>
                                    {a
                                        .chosen
                                        .then(|| {
                                            view! {
                                                <span class="badge badge-ok">
                                                    {move || t().referral_chosen}
                                                </span>
                                            }
                                        })}
                                    <RecognitionBadges jih=a.jih amtac=false />
                                </p>
                                {earliest
                                    .map(|d| {
                                        let at = d
                                            .and_hms_opt(12, 0, 0)
                                            .map(|d| d.and_utc().timestamp())
                                            .unwrap_or_default();
                                        view! {
                                            <p>
                                                {move || fill(
                                                    t().referral_answer_earliest_shown,
                                                    format_date(at, i18n.locale()),
                                                )}
                                            </p>
                                        }
                                    })}
                                {(!a.note.is_empty())
                                    .then(|| view! { <p class="reason">{a.note.clone()}</p> })}
                                {may_choose
                                    .then(|| {
                                        view! {
                                            <ActionButton
                                                action=pick
                                                fields=vec![("choice[answer]", a.id.to_string())]
                                                text=|m| m.referral().referral_choose
                                                label=label
                                                class="btn btn-primary"
                                                changed
                                            />
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// A matched institution's answer form, showing its answer so far.
#[component]
fn AnswerPanel(id: ReferralId, answer: AnswerView, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let send = ServerAction::<AnswerReferral>::new();
    let errors = action_error(send);
    count_successes(send, changed);
    let statuses = Signal::derive(move || {
        let answers = &AnswerStatus::GIVEN;
        choices(
            answers,
            |a| a.as_str(),
            |m, a| m.referral().answer(a),
            i18n.t(),
        )
    });
    let selected = match answer.status {
        AnswerStatus::Awaiting => AnswerStatus::CanAccept,
        other => other,
    };
    view! {
        <section class="stack card" aria-labelledby="referral-answer-heading">
            <h2 id="referral-answer-heading">{tr(|m| m.referral().referral_your_answer)}</h2>
            <ActionForm action=send attr:class="stack">
                <ActionError error=errors />
                <input type="hidden" name="form[referral]" value=id.to_string() />
                <SelectField
                    label=|m| m.referral().referral_answer_status
                    name="form[status]"
                    field=Field::Status
                    errors
                    options=statuses
                    selected=selected.as_str()
                    required=true
                />
                <Field
                    label=|m| m.referral().referral_answer_earliest
                    name="form[earliest]"
                    field=Field::Earliest
                    errors
                    input_type="date"
                    value=answer.earliest.map(|d| d.to_string()).unwrap_or_default()
                />
                <Field
                    label=|m| m.referral().referral_answer_note
                    name="form[note]"
                    field=Field::Note
                    errors
                    rows=3
                    value=answer.note
                />
                <p>
                    <button type="submit" class="btn btn-primary">
                        {tr(|m| m.referral().referral_answer_submit)}
                    </button>
                </p>
            </ActionForm>
        </section>
    }
}

/// The submitter's other steps: information an institution asked for, and withdrawing.
#[component]
fn SubmitterPanel(id: ReferralId, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let info = ServerAction::<AddReferralInfo>::new();
    let withdraw = ServerAction::<WithdrawReferral>::new();
    let text = |key: crate::ui::form::Text| Signal::derive(move || key(i18n.t()).to_string());
    view! {
        <section class="stack">
            <ReasonForm
                action=info
                fields=vec![("info[referral]", id.to_string())]
                reason_name="info[note]"
                summary=text(|m| m.referral().referral_info)
                label=|m| m.referral().referral_info_note
                submit=|m| m.referral().referral_info_submit
                id="referral-info".into()
                changed
                field=Field::Note
                class="btn-primary"
            />
            <ReasonForm
                action=withdraw
                fields=vec![("reason[referral]", id.to_string())]
                reason_name="reason[note]"
                summary=text(|m| m.referral().referral_withdraw)
                label=|m| m.referral().referral_withdraw_reason
                submit=|m| m.referral().referral_withdraw
                id="referral-withdraw".into()
                changed
                field=Field::Note
                optional=true
            />
        </section>
    }
}

/// Every step, oldest first.
#[component]
fn History(steps: Vec<StepView>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().referral();
    view! {
        <section class="stack" aria-labelledby="referral-history-heading">
            <h2 id="referral-history-heading">{tr(|m| m.referral().referral_history)}</h2>
            <ol class="plain-list stack">
                {steps
                    .into_iter()
                    .map(|s| {
                        let StepView { step, organization, answer, actor, note, at } = s;
                        view! {
                            <li>
                                <strong>{move || t().step(step)}</strong>
                                {organization
                                    .map(|o| {
                                        view! {
                                            " · "
                                            {move || o.get(i18n.locale()).to_string()}
                                        }
                                    })}
                                {answer
                                    .map(|a| {
                                        view! {
                                            " · "
                                            {move || t().answer(a)}
                                        }
                                    })}
                                <span class="muted small">
                                    " · " {move || actor.display(i18n.locale())} " · "
                                    {move || format_date_time(at.timestamp(), i18n.locale())}
                                </span>
                                {(!note.is_empty()).then(|| view! { <p class="reason">{note}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
