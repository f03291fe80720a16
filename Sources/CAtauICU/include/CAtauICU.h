// A small C API over ICU transliterators: plain types and opaque handles only, so that Swift
// modules importing Foundation never see the system ICU headers.
#ifndef CATAUICU_H
#define CATAUICU_H

#include <stdint.h>

/// An opaque compiled ICU transliterator. Not safe to use from two threads at once: clone it.
typedef struct atau_translit atau_translit;

/// The outcome of a call. `code` is an ICU `UErrorCode`: > 0 is a failure, <= 0 success or a
/// warning. For rule syntax errors `line` is ICU's line (0 when unknown), `offset` the UTF-16
/// offset into the rules, and `pre`/`post` up to 15 UTF-16 units of the rules around it.
typedef struct {
    int32_t code;
    int32_t line;
    int32_t offset;
    uint16_t pre[16];
    uint16_t post[16];
} atau_status;

/// Compiles `rules` (UTF-16) into a transliterator named `name`. `reverse` != 0 compiles the
/// reverse direction. Returns NULL and fills `status` on failure.
atau_translit *atau_translit_open_rules(const uint16_t *name, int32_t name_len,
                                        const uint16_t *rules, int32_t rules_len,
                                        int32_t reverse, atau_status *status);

/// Opens a stock ICU transform by ID (`Any-Latin; Latin-ASCII`). Returns NULL on failure.
atau_translit *atau_translit_open_id(const uint16_t *id, int32_t id_len, int32_t reverse,
                                     atau_status *status);

/// Clones a transliterator, for use on another thread. Returns NULL on failure.
atau_translit *atau_translit_clone(const atau_translit *t, atau_status *status);

/// Releases a transliterator. NULL is ignored.
void atau_translit_close(atau_translit *t);

/// Transliterates `buf[0..<len]` in place. Returns the length of the result. When the result
/// does not fit in `cap` units, `status->code` is U_BUFFER_OVERFLOW_ERROR and the return value
/// is the length needed: call again with a larger buffer holding the original text.
int32_t atau_translit_run(const atau_translit *t, uint16_t *buf, int32_t len, int32_t cap,
                          atau_status *status);

/// The symbolic name of an ICU error code (`U_MISSING_SEMICOLON`).
const char *atau_error_name(int32_t code);

/// The ICU error code for a buffer overflow, for callers that cannot see ICU's headers.
int32_t atau_buffer_overflow_code(void);

/// ICU's version, as "72.1".
void atau_icu_version(char *out, int32_t cap);

#endif
