#pragma once

#include "FuzzTargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// The two libFuzzer entry points of one target: FUZZ_TARGET(fuzz::scheduleXml).
// Qt's SQL plugins and translations want an application object.
#define FUZZ_TARGET(function)                                                                       \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                    \
    {                                                                                               \
        static QCoreApplication app(*argc, *argv);                                                  \
        return 0;                                                                                   \
    }                                                                                               \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                         \
    {                                                                                               \
        (void)function(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));           \
        return 0;                                                                                   \
    }
