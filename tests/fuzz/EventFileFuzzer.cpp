// libFuzzer target: see FuzzTargets.h (fuzz::eventFile).
#include "FuzzerMain.h"

FUZZ_TARGET(fuzz::eventFile)
