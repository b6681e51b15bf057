//! A write transaction across tables, for a domain action whose state change
//! and record of what happened must commit together (a room's change and its
//! timeline event, a run and its job). Dropping it without [`Write::commit`]
//! rolls everything back. Callers publish on the bus only after the commit.

use sqlx::AnyConnection;

use crate::{Store, StoreError};

pub struct Write {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    backend: crate::Backend,
}

impl Store {
    /// Begin a write (on SQLite it takes the write lock at once, so reads
    /// inside it see what it is about to change).
    pub async fn write(&self) -> Result<Write, StoreError> {
        Ok(Write {
            tx: self.begin_write().await?,
            backend: self.backend,
        })
    }
}

impl Write {
    pub async fn commit(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        Ok(())
    }

    pub(crate) fn backend(&self) -> crate::Backend {
        self.backend
    }

    pub(crate) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}
