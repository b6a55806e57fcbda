// libFuzzer target: see FuzzTargets.h (fuzz::scheduleXml).
#include "FuzzerMain.h"

FUZZ_TARGET(fuzz::scheduleXml)
