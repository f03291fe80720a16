// libFuzzer's driver entry (compiler-rt FuzzerDriver.cpp, FuzzerInterface.h): runs the fuzzing
// loop with the given callback, as libFuzzer's own `main` would.
#ifndef ATAU_FUZZ_DRIVER_H
#define ATAU_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
