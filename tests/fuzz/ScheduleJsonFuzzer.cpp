// libFuzzer target: see FuzzTargets.h (fuzz::scheduleJson).
#include "FuzzerMain.h"

FUZZ_TARGET(fuzz::scheduleJson)
