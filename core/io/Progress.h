#pragma once

#include <QtGlobal>

#include <functional>

// Reports how far a long operation got (done of total, in any unit); the
// callback returns false when the user cancelled.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
