#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast Swift cannot import: SQLite copies the bound text.
static inline void (*casemark_sqlite_transient(void))(void *) { return SQLITE_TRANSIENT; }
