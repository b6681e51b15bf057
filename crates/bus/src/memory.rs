use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

use crate::Transport;

/// Events a slow subscriber may fall behind by before it starts losing them.
const CAPACITY: usize = 256;

/// One broadcast channel per topic with at least one subscriber.
#[derive(Default)]
pub(crate) struct Memory {
    topics: Mutex<HashMap<String, broadcast::Sender<Arc<str>>>>,
}

impl Transport for Memory {
    fn publish(&self, topic: &str, payload: Arc<str>) {
        let mut topics = self.topics.lock().unwrap();
        if let Some(tx) = topics.get(topic)
            && tx.send(payload).is_err()
        {
            // Nobody listens any more: forget the topic.
            topics.remove(topic);
        }
    }

    fn subscribe(&self, topic: &str) -> broadcast::Receiver<Arc<str>> {
        let mut topics = self.topics.lock().unwrap();
        topics
            .entry(topic.to_string())
            .or_insert_with(|| broadcast::channel(CAPACITY).0)
            .subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn delivers_to_subscribers_of_the_topic_only() {
        let bus = Memory::default();
        let mut a = bus.subscribe("a");
        let mut b = bus.subscribe("b");
        bus.publish("a", "one".into());
        assert_eq!(&*a.recv().await.unwrap(), "one");
        assert!(b.try_recv().is_err());
        drop(a);
        drop(b);
        bus.publish("a", "two".into());
        assert!(!bus.topics.lock().unwrap().contains_key("a"));
    }
}
