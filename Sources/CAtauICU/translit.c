#include "CAtauICU.h"
#include <unicode/utrans.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <string.h>

static void copy_context(uint16_t *dst, const UChar *src) {
    for (int i = 0; i < 16; i++) dst[i] = (uint16_t)src[i];
    dst[15] = 0;
}

static atau_translit *open_checked(const uint16_t *name, int32_t name_len, const uint16_t *rules,
                                   int32_t rules_len, int32_t reverse, atau_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    memset(status, 0, sizeof *status);
    UTransliterator *t = utrans_openU((const UChar *)name, name_len,
                                      reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      (const UChar *)rules, rules_len, &parse, &err);
    status->code = (int32_t)err;
    status->line = parse.line;
    status->offset = parse.offset;
    copy_context(status->pre, parse.preContext);
    copy_context(status->post, parse.postContext);
    if (U_FAILURE(err)) {
        if (t != NULL) utrans_close(t);
        return NULL;
    }
    return (atau_translit *)t;
}

atau_translit *atau_translit_open_rules(const uint16_t *name, int32_t name_len,
                                        const uint16_t *rules, int32_t rules_len,
                                        int32_t reverse, atau_status *status) {
    return open_checked(name, name_len, rules, rules_len, reverse, status);
}

atau_translit *atau_translit_open_id(const uint16_t *id, int32_t id_len, int32_t reverse,
                                     atau_status *status) {
    return open_checked(id, id_len, NULL, 0, reverse, status);
}

atau_translit *atau_translit_clone(const atau_translit *t, atau_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    memset(status, 0, sizeof *status);
    UTransliterator *copy = utrans_clone((const UTransliterator *)t, &err);
    status->code = (int32_t)err;
    if (U_FAILURE(err)) {
        if (copy != NULL) utrans_close(copy);
        return NULL;
    }
    return (atau_translit *)copy;
}

void atau_translit_close(atau_translit *t) {
    if (t != NULL) utrans_close((UTransliterator *)t);
}

int32_t atau_translit_run(const atau_translit *t, uint16_t *buf, int32_t len, int32_t cap,
                          atau_status *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t text_len = len;
    int32_t limit = len;
    status->code = 0;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buf, &text_len, cap, 0, &limit, &err);
    status->code = (int32_t)err;
    return text_len;
}

const char *atau_error_name(int32_t code) {
    return u_errorName((UErrorCode)code);
}

int32_t atau_buffer_overflow_code(void) {
    return (int32_t)U_BUFFER_OVERFLOW_ERROR;
}

void atau_icu_version(char *out, int32_t cap) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(out, text, (size_t)cap);
    if (cap > 0) out[cap - 1] = 0;
}
