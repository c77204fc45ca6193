//! The demo's digest: last year's symposium, published, its discussion to be started in the
//! outbound category. (Last month's delegation meeting has none yet: staff write it.)

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::db::entity::{category, digest, event, user};
use super::markdown::render;
use crate::model::AppError;

const SUMMARY: (&str, &str) = (
    "第11回シンポジウムでは「アジアにおける日本式医療拠点の展開」をテーマに、厚生労働省、WHO西太平洋地域事務局、会員医療機関から約140名が参加しました。\n\n\
## 基調講演\n\n日本の医療の国際展開は、機器の輸出から**人材育成と運営まで含めた拠点づくり**へ移っていること、相手国政府との早い段階からの協議が成否を分けることが示されました。\n\n\
## パネル: ベトナムでの病院開設\n\nさくら総合病院とHoa Sen Hospitalが、開設許可の取得に18か月を要した経緯と、看護師の日本での研修を組み合わせた育成計画を紹介しました。\n\n\
## 外国人患者受入れの実務\n\n尾張みなと病院から、医療通訳の手配、前払い金の扱い、帰国後のフォローアップの実例が共有されました。",
    "The 11th symposium, on Japanese-style medical centres across Asia, brought together about 140 participants from the Ministry of Health, Labour and Welfare, the WHO Western Pacific office and member institutions.\n\n\
## Keynote\n\nJapanese medicine abroad has moved from exporting equipment to **building centres, including training and operations**; early talks with the partner government decide whether a project succeeds.\n\n\
## Panel: opening a hospital in Vietnam\n\nSakura General Hospital and Hoa Sen Hospital told how the licence took 18 months, and how they combined it with training nurses in Japan.\n\n\
## Receiving international patients in practice\n\nOwari Minato Hospital shared examples of arranging medical interpreters, handling deposits and following patients up after they return home.",
);

const KEY_POINTS: (&str, &str) = (
    "相手国政府との協議は構想段階から始める\n開設許可には1年半程度を見込む\n現地スタッフの日本での研修を計画に組み込む\n外国人患者の受入れは通訳と支払いの取り決めから",
    "Start talks with the partner government while the project is still an idea\nExpect about a year and a half for a licence\nBuild training of local staff in Japan into the plan\nReceiving international patients starts with interpreters and payment terms",
);

const MATERIALS: &str = "基調講演スライド / Keynote slides | https://www.medical-excellence-japan.org/\n\
パネル記録 / Panel transcript | https://www.medical-excellence-japan.org/en/";

/// Publishes the digest of last year's symposium (if the demo events are there).
pub async fn seed_digests(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<(), AppError> {
    let Some(symposium) = event::Entity::find()
        .filter(event::Column::TitleEn.eq("11th MEJ Forum Symposium"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let staff = user::Entity::find()
        .filter(user::Column::Email.eq("staff@example.jp"))
        .one(db)
        .await?
        .ok_or(AppError::Internal)?;
    let outbound = category::Entity::find()
        .filter(category::Column::NameEn.eq("Outbound"))
        .one(db)
        .await?;
    let written = symposium.ends_at + Duration::days(30);
    digest::ActiveModel {
        event_id: Set(symposium.id),
        summary_ja: Set(SUMMARY.0.into()),
        summary_en: Set(SUMMARY.1.into()),
        summary_ja_html: Set(render(SUMMARY.0)),
        summary_en_html: Set(render(SUMMARY.1)),
        key_points_ja: Set(KEY_POINTS.0.into()),
        key_points_en: Set(KEY_POINTS.1.into()),
        materials: Set(MATERIALS.into()),
        category_id: Set(outbound.map(|c| c.id)),
        thread_id: Set(None),
        published_at: Set(Some(written.min(now))),
        updated_by: Set(staff.id),
        created_at: Set(written.min(now)),
        updated_at: Set(written.min(now)),
    }
    .insert(db)
    .await?;
    Ok(())
}
