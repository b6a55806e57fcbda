// libFuzzer target: see FuzzTargets.h (fuzz::participantsCsv).
#include "FuzzerMain.h"

FUZZ_TARGET(fuzz::participantsCsv)
