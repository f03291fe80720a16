// The system ICU headers, seen only by the C shim's .c files (never by Swift, whose
// Foundation bundles a different ICU).
#include <unicode/utrans.h>
#include <unicode/uclean.h>
