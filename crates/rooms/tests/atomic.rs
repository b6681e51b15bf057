//! A room action's change and its timeline event commit together, and the
//! room hears of it only after the commit: when the event cannot be written,
//! the change is not made and nothing is published. (Before the `rooms`
//! crate they were separate statements: the language changed, the replay
//! silently lost the event, and everyone was told.)

use bus::{Bus, room_topic};
use collab::{Collab, CollabConfig};
use rooms::{Caller, RoomError, RoomEventKind, Rooms, RoomsConfig};
use store::{Role, Store};

#[tokio::test]
async fn a_change_whose_event_cannot_be_written_is_not_made_or_published() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/rooms.db", dir.path().display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let bus = Bus::in_process();
    let collab = Collab::new(store.clone(), CollabConfig::default());
    let rooms = Rooms::new(
        store.clone(),
        bus.clone(),
        collab,
        RoomsConfig {
            languages: vec!["python".into(), "cpp".into()],
            max_members: 10,
            public_url: "http://127.0.0.1".into(),
            email: false,
            job_max_attempts: 3,
        },
    );
    let host = store
        .create_user("host@example.com", "Host", "not-a-hash", Role::Interviewer)
        .await
        .unwrap();
    let who = Caller::User(&host);
    rooms.create(&host, "room-1", None, None).await.unwrap();
    let mut heard = bus.subscribe(&room_topic("room-1"));

    // The timeline's table disappears under the store's feet.
    let raw = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rename = |from: &str, to: &str| format!("ALTER TABLE {from} RENAME TO {to}");
    sqlx::query(&rename("room_events", "room_events_away"))
        .execute(&raw)
        .await
        .unwrap();
    let err = rooms.set_language(&who, "room-1", "cpp").await.unwrap_err();
    assert!(matches!(err, RoomError::Store(_)), "{err:?}");
    let room = rooms.find(&who, "room-1").await.unwrap();
    assert_eq!(room.language, "python", "the change went without its event");
    assert!(
        heard.try_recv().is_err(),
        "the room heard of a change that did not happen"
    );
    let err = rooms.chat(&who, "room-1", "hello").await.unwrap_err();
    assert!(matches!(err, RoomError::Store(_)), "{err:?}");
    assert!(heard.try_recv().is_err());

    // With the table back, the change, its event and the news all happen.
    sqlx::query(&rename("room_events_away", "room_events"))
        .execute(&raw)
        .await
        .unwrap();
    rooms.set_language(&who, "room-1", "cpp").await.unwrap();
    assert_eq!(rooms.find(&who, "room-1").await.unwrap().language, "cpp");
    let kinds: Vec<_> = rooms
        .events(&who, "room-1")
        .await
        .unwrap()
        .iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, [RoomEventKind::Language]);
    let news = heard.try_recv().unwrap();
    assert!(news.contains(r#""type":"language_changed""#), "{news}");
}
