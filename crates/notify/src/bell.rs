//! In-app notifications: stored in the transaction of what causes them,
//! pushed to the account's live connections (`notification` event on its own
//! topic) after the commit, listed and marked read through the API.

use bus::{Bus, Notification, NotificationKind, ServerEvent, user_topic};
use store::notifications::NewNotification;
use store::{StoreError, Write};

/// Store one notification for `user_id` in the caller's transaction; give
/// the result to [`announce`] once that commits.
pub async fn tell(
    w: &mut Write,
    user_id: i64,
    kind: NotificationKind,
    title: &str,
    body: &str,
    link: Option<&str>,
) -> Result<Notification, StoreError> {
    let row = w
        .add_notification(&NewNotification {
            user_id,
            kind: kind.as_str(),
            title,
            body,
            link,
        })
        .await?;
    typed(row)
}

/// Push a committed notification to its account's open pages.
pub fn announce(bus: &Bus, user_id: i64, notification: Notification) {
    bus.publish(
        &user_topic(user_id),
        &ServerEvent::Notification { notification },
    );
}

/// A stored row as the API shows it.
pub fn typed(row: store::notifications::Notification) -> Result<Notification, StoreError> {
    Ok(Notification {
        kind: NotificationKind::parse(&row.kind)
            .ok_or_else(|| StoreError::Corrupt(format!("notification kind {:?}", row.kind)))?,
        id: row.id,
        title: row.title,
        body: row.body,
        link: row.link,
        created_at: row.created_at,
        read_at: row.read_at,
    })
}
