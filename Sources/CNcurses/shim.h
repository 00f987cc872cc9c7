#ifndef CASEMARK_CNCURSES_SHIM_H
#define CASEMARK_CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, without which curses.h hides the wide-character API. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 refuses C globals and cannot import the attribute macros: expose them as functions. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline attr_t cn_A_BOLD(void) { return A_BOLD; }
static inline attr_t cn_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cn_A_DIM(void) { return A_DIM; }
static inline attr_t cn_A_NORMAL(void) { return A_NORMAL; }
static inline FILE *cn_fdopen_out(void) { return fdopen(1, "w"); }
static inline FILE *cn_fdopen_in(void) { return fdopen(0, "r"); }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/* Whether the terminal can address the cursor (TERM=dumb cannot: it would draw one garbled line). */
static inline int cn_can_move_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Writes one cell: a grapheme (base character and combining marks, NUL-terminated) with its
   attributes and colour pair. Swift never has to build a cchar_t. */
static inline int cn_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}
#endif
