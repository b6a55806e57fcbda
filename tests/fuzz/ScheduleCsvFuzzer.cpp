// libFuzzer target: see FuzzTargets.h (fuzz::scheduleCsv).
#include "FuzzerMain.h"

FUZZ_TARGET(fuzz::scheduleCsv)
