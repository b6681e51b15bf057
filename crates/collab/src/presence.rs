//! What a client may put in its presence (awareness) states. Presence is
//! fanned out to every member of the room, so the server decides what it
//! holds: a few ids per connection, a bounded size, JSON objects only, and the
//! member's own name and id stamped over whatever the client claims (a guest
//! cannot show up as the interviewer).

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::Peer;
use crate::protocol::ProtocolError;

/// Presence client ids one connection may introduce: its document's client
/// id, and one more for a client that regenerates it (Yjs does on a clash).
pub(crate) const IDS_PER_CONNECTION: usize = 2;

/// Check one presence state and stamp `peer`'s identity on it.
pub(crate) fn stamp(json: &str, peer: &Peer, max: usize) -> Result<Arc<str>, ProtocolError> {
    if json.len() > max {
        return Err(ProtocolError::Policy(format!(
            "a presence state is larger than {max} bytes"
        )));
    }
    let mut value: Value = serde_json::from_str(json)
        .map_err(|_| ProtocolError::Malformed("a presence state is not JSON".into()))?;
    match &mut value {
        // Leaving: the state is removed.
        Value::Null => return Ok(Arc::from("null")),
        Value::Object(fields) => {
            let user = fields
                .entry("user")
                .or_insert_with(|| Value::Object(Map::new()));
            if !user.is_object() {
                *user = Value::Object(Map::new());
            }
            if let Value::Object(user) = user {
                user.insert("name".into(), peer.name.clone().into());
                user.insert("member".into(), peer.member.clone().into());
            }
        }
        _ => {
            return Err(ProtocolError::Malformed(
                "a presence state must be a JSON object or null".into(),
            ));
        }
    }
    Ok(Arc::from(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peer() -> Peer {
        Peer {
            member: "g:abc".into(),
            name: "Grace".into(),
            writable: true,
            staff: false,
        }
    }

    #[test]
    fn the_member_is_stamped_over_what_the_client_claims() {
        let got = stamp(
            r##"{"user":{"name":"Interviewer","member":"u:1","color":"#fff"},"cursor":{"anchor":1}}"##,
            &peer(),
            4096,
        )
        .unwrap();
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["user"]["name"], "Grace");
        assert_eq!(v["user"]["member"], "g:abc");
        assert_eq!(v["user"]["color"], "#fff");
        assert_eq!(v["cursor"]["anchor"], 1);
        let v: Value =
            serde_json::from_str(&stamp(r#"{"user":"x"}"#, &peer(), 4096).unwrap()).unwrap();
        assert_eq!(v["user"]["name"], "Grace");
        assert_eq!(&*stamp("null", &peer(), 4096).unwrap(), "null");
    }

    #[test]
    fn large_and_non_json_states_are_refused() {
        let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(5000));
        assert!(matches!(
            stamp(&big, &peer(), 4096),
            Err(ProtocolError::Policy(_))
        ));
        for bad in ["not json", "{\"a\":", "42", "\"s\"", "[1]"] {
            assert!(
                matches!(stamp(bad, &peer(), 4096), Err(ProtocolError::Malformed(_))),
                "{bad}"
            );
        }
    }
}
